package dev.backoffice.ledger.jdbc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;

/**
 * How a {@link JdbcLedgerStore} uses its database.
 *
 * <pre>{@code
 * JdbcLedgerStore store = JdbcLedgerStore.open(dataSource, JdbcStoreOptions.builder().migrate(true).build());
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JdbcStoreOptions {
  /**
   * Whether opening the store creates or upgrades the schema (default false: the application's own Flyway
   * or its operators apply the scripts under {@value LedgerSchema#LOCATION}). Either way a schema newer
   * than this code knows is refused.
   */
  @Value.Default
  public boolean migrate() {
    return false;
  }

  /** The isolation of the store's transactions (default {@link Isolation#READ_COMMITTED}). */
  @Value.Default
  public Isolation isolation() {
    return Isolation.READ_COMMITTED;
  }

  /**
   * How many times a transaction aborted by a serialization failure or deadlock (SQLSTATE 40001, 40P01) is
   * run again before the failure reaches the caller (default 100), after a random back-off of up to 32 ms. At
   * SERIALIZABLE, PostgreSQL aborts every writer that waited for the ledger's head row while another writer
   * committed, so contended writers retry often there.
   */
  @Value.Default
  public int maxRetries() {
    return 100;
  }

  /** How many records a replay or a change-feed read fetches per round trip (default 1,000). */
  @Value.Default
  public int fetchSize() {
    return 1000;
  }

  /** The defaults. */
  public static JdbcStoreOptions defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static ImmutableJdbcStoreOptions.Builder builder() {
    return ImmutableJdbcStoreOptions.builder();
  }

  @Value.Check
  void check() {
    Checks.check(maxRetries() >= 0 && maxRetries() <= 1000, "jdbc store options", "maxRetries", maxRetries(),
        "must be between 0 and 1000");
    Checks.check(fetchSize() >= 1 && fetchSize() <= 1_000_000, "jdbc store options", "fetchSize", fetchSize(),
        "must be between 1 and 1,000,000");
  }
}
