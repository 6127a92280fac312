package dev.backoffice.ledger.store;

import dev.backoffice.core.error.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The default store: records in memory, lost when the process ends. Thread-safe. A second ledger opened
 * on the same store (after the first is discarded) replays its records, which tests use to check that
 * replay rebuilds the same state.
 */
public final class InMemoryLedgerStore implements LedgerStore {
  private final List<LedgerRecord> records = new ArrayList<>();

  /** An empty store. */
  public InMemoryLedgerStore() {}

  @Override
  public synchronized long append(LedgerRecord record) {
    records.add(Checks.notNull(record, "record"));
    return records.size();
  }

  @Override
  public void awaitDurable(long ticket) {
    // memory is as durable as it gets
  }

  @Override
  public void replay(Consumer<LedgerRecord> sink) {
    List<LedgerRecord> copy;
    synchronized (this) {
      copy = new ArrayList<>(records);
    }
    copy.forEach(sink);
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
