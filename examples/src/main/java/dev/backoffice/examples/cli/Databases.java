package dev.backoffice.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import dev.backoffice.ledger.jdbc.JdbcStoreOptions;
import java.time.Clock;

/**
 * The command line's database ledger: a small HikariCP pool on a {@code jdbc:postgresql:} URL (user and
 * password may be in it, {@code ?user=…&password=…}) and the ledger on it.
 */
final class Databases {
  private Databases() {}

  /**
   * A pool on the URL. Nothing is connected yet: the first use reports an unreachable server, a refused
   * password or a missing database as a one-line {@link dev.backoffice.ledger.error.LedgerStoreException}.
   *
   * @throws BackOfficeException if the URL is not a PostgreSQL JDBC URL
   */
  static HikariDataSource pool(String url) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new BackOfficeException("--jdbc '" + url + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://HOST[:PORT]/DATABASE"
          + "[?user=…&password=…])");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setDriverClassName("org.postgresql.Driver");
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(-1); // connect on first use, where the store names what failed
    config.setConnectionTimeout(10_000);
    config.setPoolName("backoffice-cli");
    return new HikariDataSource(config);
  }

  /** The ledger on the database, the schema created or migrated when {@code migrate}. */
  static Ledger ledger(HikariDataSource pool, boolean migrate) {
    JdbcLedgerStore store = JdbcLedgerStore.open(pool, JdbcStoreOptions.builder().migrate(migrate).build());
    try {
      return Ledger.builder().store(store).clock(Clock.systemUTC()).build();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
