package dev.backoffice.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import dev.backoffice.ledger.jdbc.JdbcStoreOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a ledger on a PostgreSQL database of {@code entries} posted entries (2–4 lines over 1,000 accounts and 365
 * days, posted through the ledger in batches of 1,000 during setup, which takes minutes for a million): the ledger
 * reads the database's summary (accounts, periods, open reservations, day totals, the journal's size) instead of
 * replaying the journal. Target: under 1 s at 1,000,000 entries (issue 17). Single-shot: each measurement opens a
 * new store and ledger on the same database and closes them.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JdbcOpenBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class JdbcOpenBenchmark {
  private static final int ACCOUNTS = 1000;
  private static final int BATCH = 1000;

  @Param({"1000000"})
  int entries;

  private EmbeddedPostgres server;
  private HikariDataSource pool;

  /** Starts the server and posts the entries through a ledger, in batches. */
  @Setup(Level.Trial)
  public void fill() {
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(server.getPostgresDatabase());
    config.setMaximumPoolSize(8);
    pool = new HikariDataSource(config);
    JournalEntry[] pool64k = StoreFixture.entries(1 << 16, ACCOUNTS, 42);
    try (JdbcLedgerStore store = JdbcLedgerStore.open(pool, JdbcStoreOptions.builder().migrate(true).build());
        Ledger ledger = Ledger.builder().store(store).chart(StoreFixture.chart(ACCOUNTS)).clock(StoreFixture.CLOCK)
            .build()) {
      for (int done = 0; done < entries; done += BATCH) {
        int from = done & ((1 << 16) - 1);
        ledger.postAll(Arrays.asList(pool64k).subList(from, Math.min(from + BATCH, 1 << 16)));
      }
    }
  }

  /** Closes the pool and the server. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    pool.close();
    server.close();
  }

  /** Opens a store and a ledger on the filled database and returns how many entries the ledger says it holds. */
  @Benchmark
  public long open() {
    try (JdbcLedgerStore store = JdbcLedgerStore.open(pool);
        Ledger ledger = Ledger.builder().store(store).clock(StoreFixture.CLOCK).build()) {
      return ledger.postedCount();
    }
  }
}
