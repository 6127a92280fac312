package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.store.LedgerRecord;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link JdbcLedgerStore} joined, on one thread, to a database transaction the caller owns: see
 * {@link JdbcLedgerStore#joining}.
 */
final class CallerTransaction implements AutoCloseable {
  final Connection connection;
  private final JdbcLedgerStore store;
  /** True once the one change of this join began. */
  boolean used;
  /** The head's sequence number as the caller's transaction locked it. */
  long head;
  /** The records of the change, written at its end. */
  final List<LedgerRecord> records = new ArrayList<>();

  CallerTransaction(JdbcLedgerStore store, Connection connection) {
    this.store = store;
    this.connection = connection;
  }

  /** Unbinds the store from the caller's transaction on this thread (the transaction stays the caller's). */
  @Override
  public void close() {
    store.unbind(this);
  }
}
