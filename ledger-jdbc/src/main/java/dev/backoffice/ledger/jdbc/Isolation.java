package dev.backoffice.ledger.jdbc;

import java.sql.Connection;

/**
 * The transaction isolation the store's transactions run at. Both are correct: every writing transaction
 * locks the ledger's head row, so writers are serialised either way; at {@link #SERIALIZABLE} the database
 * may also abort a transaction with a serialization failure, which the store retries.
 */
public enum Isolation {
  /** PostgreSQL's default. */
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
  /** What distributed engines (CockroachDB) run by default. */
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

  private final int jdbcLevel;

  Isolation(int jdbcLevel) {
    this.jdbcLevel = jdbcLevel;
  }

  /** The level as {@link Connection#setTransactionIsolation} takes it. */
  int jdbcLevel() {
    return jdbcLevel;
  }
}
