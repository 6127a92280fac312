package dev.backoffice.ledger.jdbc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.event.LedgerListener;
import dev.backoffice.ledger.store.LedgerRecord;
import java.util.List;
import java.util.Optional;

/**
 * Drives a {@link LedgerListener} from the change feed ({@link JdbcLedgerStore#recordsAfter}): how an instance's
 * listener hears of changes other instances committed, or how an integration (outbox, CDC) consumes the ledger.
 * Each record becomes the call a ledger makes for its own change: an entry posted is {@code onPosted} (and
 * {@code onReversed} for a reversal), a reservation {@code onReserved}, a commit {@code onCommitted}, a void or an
 * expiry {@code onReleased} (with the entry as released), a period change {@code onPeriodChanged}, an account
 * saved {@code onAccountSaved}; other records (deleted accounts, budgets) call nothing. The caller keeps the last
 * sequence number handled and resumes after it, so delivery is at least once across restarts of the consumer.
 *
 * <pre>{@code
 * FeedDispatcher feed = FeedDispatcher.of(store);
 * long last = loadCheckpoint();
 * last = feed.poll(last, 1000, listener);   // call again, e.g. every second, on a thread the application owns
 * saveCheckpoint(last);
 * }</pre>
 */
public final class FeedDispatcher {
  private final JdbcLedgerStore store;

  private FeedDispatcher(JdbcLedgerStore store) {
    this.store = store;
  }

  /**
   * A dispatcher reading a store's feed.
   *
   * @param store the store; released and reversed entries are looked up in it
   * @return the dispatcher
   */
  public static FeedDispatcher of(JdbcLedgerStore store) {
    return new FeedDispatcher(Checks.notNull(store, "store"));
  }

  /**
   * Reads the records after {@code afterSeq} (at most {@code max}) and delivers them in order.
   *
   * @param afterSeq the last sequence number already handled (0 for the start)
   * @param max the most records to deliver, 1 to 100,000
   * @param listener the listener
   * @return the last sequence number delivered ({@code afterSeq} when there was nothing new)
   * @throws dev.backoffice.ledger.error.LedgerStoreException if the database failed; a listener's exception
   *     propagates and the records after the one it failed on are not delivered
   */
  public long poll(long afterSeq, int max, LedgerListener listener) {
    Checks.notNull(listener, "listener");
    ImmutableList<FeedRecord> records = store.recordsAfter(afterSeq, max);
    return records.isEmpty() ? afterSeq : deliver(records, listener);
  }

  /**
   * Delivers records, in order, to a listener.
   *
   * @param records records from the feed
   * @param listener the listener
   * @return the sequence number of the last record
   */
  public long deliver(List<FeedRecord> records, LedgerListener listener) {
    Checks.notNull(records, "records");
    Checks.notNull(listener, "listener");
    long last = 0;
    for (FeedRecord f : records) {
      deliver(f.record(), listener);
      last = f.seq();
    }
    return last;
  }

  private void deliver(LedgerRecord record, LedgerListener listener) {
    if (record instanceof LedgerRecord.EntryPosted r) {
      PostedEntry p = r.entry();
      listener.onPosted(p);
      Optional<EntryId> original = p.entry().reversalOf();
      if (original.isPresent()) {
        store.entry(original.get()).ifPresent(o -> listener.onReversed(o, p));
      }
    } else if (record instanceof LedgerRecord.EntryReserved r) {
      listener.onReserved(r.entry());
    } else if (record instanceof LedgerRecord.ReservationCommitted r) {
      listener.onCommitted(r.entry());
    } else if (record instanceof LedgerRecord.ReservationVoided r) {
      store.entry(r.id()).ifPresent(listener::onReleased);
    } else if (record instanceof LedgerRecord.ReservationExpired r) {
      store.entry(r.id()).ifPresent(listener::onReleased);
    } else if (record instanceof LedgerRecord.PeriodChanged r) {
      listener.onPeriodChanged(r.change());
    } else if (record instanceof LedgerRecord.AccountSaved r) {
      listener.onAccountSaved(r.account());
    }
  }
}
