package dev.backoffice.ledger.store;

import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.PostedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The default store: records in memory, lost when the process ends. Thread-safe. A second ledger opened
 * on the same store (after the first is discarded) replays its records, which tests use to check that
 * replay rebuilds the same state.
 *
 * <p>A posted entry, by far the most common record, is kept without its {@link LedgerRecord.EntryPosted}
 * wrapper (16 bytes less per entry for a ledger of millions) and wrapped again, equal, on replay.
 */
public final class InMemoryLedgerStore implements LedgerStore {
  /** The records, except that an {@code EntryPosted} is held as its {@link PostedEntry}. */
  private final List<Object> records = new ArrayList<>();

  /** An empty store. */
  public InMemoryLedgerStore() {}

  @Override
  public synchronized long append(LedgerRecord record) {
    Checks.notNull(record, "record");
    records.add(record instanceof LedgerRecord.EntryPosted ? ((LedgerRecord.EntryPosted) record).entry() : record);
    return records.size();
  }

  @Override
  public void awaitDurable(long ticket) {
    // memory is as durable as it gets
  }

  @Override
  public void replay(Consumer<LedgerRecord> sink) {
    List<Object> copy;
    synchronized (this) {
      copy = new ArrayList<>(records);
    }
    for (Object o : copy) {
      sink.accept(o instanceof PostedEntry ? new LedgerRecord.EntryPosted((PostedEntry) o) : (LedgerRecord) o);
    }
  }

  /** The number of records appended. */
  public synchronized int size() {
    return records.size();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
