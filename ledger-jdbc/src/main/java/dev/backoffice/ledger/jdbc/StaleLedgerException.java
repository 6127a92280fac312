package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.error.LedgerStoreException;

/**
 * Another writer committed records to the ledger's database after this store last read it, so this store
 * wrote nothing (a ledger that has not seen those records could break a constraint or reuse an entry number).
 * Reopen the ledger on the database, which reads the new records, and repeat the operation; entries with
 * idempotency keys may be repeated safely.
 */
public class StaleLedgerException extends LedgerStoreException {
  private static final long serialVersionUID = 1L;

  private final long expectedSeq;
  private final long foundSeq;

  /**
   * Creates the failure.
   *
   * @param expectedSeq the head's sequence number as this store last saw it
   * @param foundSeq the head's sequence number in the database
   */
  public StaleLedgerException(long expectedSeq, long foundSeq) {
    super("another writer appended records " + (expectedSeq + 1) + ".." + foundSeq + " to this ledger's database since"
        + " this store last read it; nothing was written: reopen the ledger to catch up and repeat the operation");
    this.expectedSeq = expectedSeq;
    this.foundSeq = foundSeq;
  }

  /** The head's sequence number as this store last saw it. */
  public long expectedSeq() {
    return expectedSeq;
  }

  /** The head's sequence number found in the database. */
  public long foundSeq() {
    return foundSeq;
  }
}
