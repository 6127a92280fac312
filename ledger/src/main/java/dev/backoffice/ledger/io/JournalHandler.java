package dev.backoffice.ledger.io;

/**
 * Receives the transactions of a journal one at a time, in file order, so that a file of any size can be read
 * in constant memory ({@link JournalReader#stream}). An exception thrown by the handler stops the reading and
 * reaches the caller unchanged.
 */
@FunctionalInterface
public interface JournalHandler {
  /**
   * Called for each transaction, after it was checked and resolved.
   *
   * @param transaction the transaction, with the line it starts on
   */
  void transaction(JournalTransaction transaction);
}
