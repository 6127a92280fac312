package dev.backoffice.ledger.jdbc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.store.LedgerRecord;
import org.immutables.value.Value;

/**
 * One record of the change feed: a ledger record with its global sequence number. Numbers start at 1, have
 * no gaps and follow commit order, so a consumer that remembers the last number it handled resumes with
 * {@link JdbcLedgerStore#recordsAfter} after a restart and misses nothing.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class FeedRecord {
  /** The record's sequence number in the database (1, 2, …). */
  @Value.Parameter
  public abstract long seq();

  /** The record. */
  @Value.Parameter
  public abstract LedgerRecord record();

  /**
   * A feed record.
   *
   * @param seq its sequence number, at least 1
   * @param record the record
   * @return the value
   */
  public static FeedRecord of(long seq, LedgerRecord record) {
    return ImmutableFeedRecord.of(seq, record);
  }

  @Value.Check
  void check() {
    Checks.check(seq() >= 1, "feed record", "seq", seq(), "must be at least 1");
  }
}
