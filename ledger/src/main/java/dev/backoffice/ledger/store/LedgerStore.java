package dev.backoffice.ledger.store;

import java.util.function.Consumer;

/**
 * Where a ledger keeps its log of {@link LedgerRecord}s (SPI). A durable file store, a JDBC store or the
 * {@link InMemoryLedgerStore} implement it; the ledger rebuilds its indexes from {@link #replay} on open.
 *
 * <p>Contract: the ledger calls {@link #append} from one thread at a time, in order, while it holds its
 * write lock, and calls {@link #awaitDurable} after releasing it (so a store can batch concurrent writers
 * into one sync: group commit). A record is acknowledged to the ledger's caller only after
 * {@code awaitDurable} returns for its ticket. An implementation that fails must throw
 * {@link dev.backoffice.ledger.error.LedgerStoreException}.
 */
public interface LedgerStore extends AutoCloseable {
  /**
   * Appends a record.
   *
   * @param record the record
   * @return a ticket for {@link #awaitDurable}; tickets increase with every append
   */
  long append(LedgerRecord record);

  /**
   * Appends a record that may belong to an all-or-nothing group: the records of one ledger operation that
   * writes several (opening several accounts, a year-end close), appended one after another. Every record of
   * a group but the last is appended with {@code groupContinues} true; after a crash the store must show
   * either the whole group or none of it. The ledger acknowledges a group only after {@link #awaitDurable}
   * returned for the last record's ticket. The default appends the record and ignores the mark, which suits
   * a store that cannot lose a suffix of its log (the in-memory store).
   *
   * @param record the record
   * @param groupContinues true when the next record appended belongs to the same group
   * @return a ticket for {@link #awaitDurable}
   */
  default long append(LedgerRecord record, boolean groupContinues) {
    return append(record);
  }

  /**
   * Blocks until the record with this ticket and all before it are durable. The in-memory store returns at
   * once.
   *
   * @param ticket a ticket from {@link #append}
   */
  void awaitDurable(long ticket);

  /**
   * Called by the ledger under its write lock before it checks a change. A store shared by several ledgers
   * (several processes on one database) feeds the sink the records other writers committed since this
   * ledger last read, oldest first, for the ledger to apply before it checks; it may hold a lock (a database
   * row lock) from here until the change's records are durable, so that no other writer commits in between.
   * Every call is followed by one call of {@link #endWrite}. The default does nothing: the ledger is the
   * store's only writer.
   *
   * @param missed receives the records other writers committed
   */
  default void beginWrite(Consumer<LedgerRecord> missed) {
    // a store with one writer has nothing to catch up
  }

  /**
   * Called by the ledger after it released its write lock, once for every {@link #beginWrite}: returns when
   * the change's records (up to {@code ticket}) are durable, and lets a shared store release what
   * {@code beginWrite} held. The default waits for the ticket, if any.
   *
   * @param ticket the change's last ticket, or 0 when it appended nothing
   */
  default void endWrite(long ticket) {
    if (ticket > 0) {
      awaitDurable(ticket);
    }
  }

  /**
   * True while the change being written goes into a transaction the caller owns (a database transaction the
   * caller commits or rolls back later): the ledger then appends its records without applying them to memory,
   * and they reach memory through {@link #beginWrite}/{@link #catchUp} once the caller committed; after a
   * rollback they are nowhere. Asked under the write lock, after {@link #beginWrite}. The default is false.
   *
   * @return whether the ledger must leave memory unchanged for the current change
   */
  default boolean defersApply() {
    return false;
  }

  /**
   * Feeds the sink the records other writers committed since this ledger last read, for a reader that wants
   * to see them ({@code Ledger.refresh}); called under the ledger's write lock. The default does nothing.
   *
   * @param missed receives the records other writers committed
   */
  default void catchUp(Consumer<LedgerRecord> missed) {
    // a store with one writer has nothing to catch up
  }

  /**
   * Feeds every record, oldest first, to the sink.
   *
   * @param sink receives the records
   */
  void replay(Consumer<LedgerRecord> sink);

  /** Releases files and locks; the in-memory store does nothing. */
  @Override
  void close();
}
