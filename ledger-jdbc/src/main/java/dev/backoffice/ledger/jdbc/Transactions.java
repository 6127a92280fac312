package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.error.LedgerStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in a database transaction at the store's isolation, again from the start when the database
 * aborts it with a serialization failure or deadlock, at most {@code maxRetries} more times.
 */
final class Transactions {
  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  /** Work in one transaction; it may run more than once, so it must not change anything outside it. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final Isolation isolation;
  private final int maxRetries;

  Transactions(DataSource dataSource, Isolation isolation, int maxRetries) {
    this.dataSource = dataSource;
    this.isolation = isolation;
    this.maxRetries = maxRetries;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs the work in a transaction on a new connection and commits.
   *
   * @throws dev.backoffice.ledger.error.LedgerStoreException naming {@code doing} if it failed for good
   */
  <T> T inTransaction(String doing, Work<T> work) {
    return run(doing, work, isolation.jdbcLevel());
  }

  /**
   * Runs read-only work in one snapshot of the database (REPEATABLE READ, whatever the store's isolation), again
   * from the start when the database aborts it.
   */
  <T> T inSnapshot(String doing, Work<T> work) {
    return run(doing, work, Connection.TRANSACTION_REPEATABLE_READ);
  }

  /** Runs the work at an isolation level, again when the database aborts it (see {@link #inTransaction}). */
  private <T> T run(String doing, Work<T> work, int level) {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        try {
          begin(c, level);
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(c, e);
          throw e;
        }
      } catch (SQLException e) {
        if (SqlFailures.retryable(e) && attempt < maxRetries) {
          LOG.debug("{}: serialization failure (attempt {}), running again", doing, attempt + 1, e);
          backOff(attempt);
          continue;
        }
        throw SqlFailures.wrap(doing, e);
      }
    }
  }

  /**
   * Sleeps before attempt {@code attempt + 1}: a random time up to 1, 2, 4 … 32 ms, so that writers that
   * collided do not collide again in step.
   */
  static void backOff(int attempt) {
    long boundMicros = 1000L << Math.min(attempt, 5);
    try {
      TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(boundMicros));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerStoreException("interrupted while waiting to retry a database transaction", e);
    }
  }

  /** Runs the work inside the caller's transaction on the caller's connection: no commit, no retry. */
  <T> T inCallersTransaction(String doing, Connection c, Work<T> work) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw SqlFailures.wrap(doing, e);
    }
  }

  void begin(Connection c) throws SQLException {
    begin(c, isolation.jdbcLevel());
  }

  private static void begin(Connection c, int level) throws SQLException {
    c.setAutoCommit(false);
    if (c.getTransactionIsolation() != level) {
      c.setTransactionIsolation(level);
    }
  }

  static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }
}
