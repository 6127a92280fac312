package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.error.LedgerStoreException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Reads SQLSTATEs: which failures are worth a retry, and a message that names what failed. */
final class SqlFailures {
  private SqlFailures() {}

  /** A serialization failure or deadlock: the transaction may succeed when run again. */
  static boolean retryable(SQLException e) {
    String state = stateOf(e);
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** A unique-constraint violation (another writer inserted the same key first). */
  static boolean uniqueViolation(SQLException e) {
    return "23505".equals(stateOf(e));
  }

  /** The first SQLSTATE in the chain of causes and next exceptions. */
  static @Nullable String stateOf(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    Throwable c = e.getCause();
    return c instanceof SQLException ? stateOf((SQLException) c) : null;
  }

  /**
   * The store failure for a database failure during {@code doing}, its message naming the class of failure
   * (connection, authentication, missing database) and the SQLSTATE.
   */
  static LedgerStoreException wrap(String doing, SQLException e) {
    String state = stateOf(e);
    String what;
    if (state == null) {
      what = "database error";
    } else if (state.startsWith("08")) {
      what = "cannot reach the database";
    } else if ("28P01".equals(state) || "28000".equals(state)) {
      what = "the database refused the user or password";
    } else if ("3D000".equals(state)) {
      what = "the database does not exist";
    } else if ("57P01".equals(state) || "57P02".equals(state) || "57P03".equals(state)) {
      what = "the database server is shutting down or starting";
    } else if (retryable(e)) {
      what = "serialization failures persisted after the retries";
    } else {
      what = "database error";
    }
    return new LedgerStoreException(doing + " failed: " + what + " (SQLSTATE " + state + "): " + e.getMessage(), e);
  }
}
