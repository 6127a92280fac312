package dev.backoffice.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import dev.backoffice.ledger.jdbc.JdbcStoreOptions;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.file.RecordBytes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Posting into PostgreSQL (an embedded server from Maven Central, default durability: fsync on, synchronous
 * commit): {@code Ledger.post} on a {@link JdbcLedgerStore}, one entry per database transaction, with 1, 8 and
 * 64 writers (concurrent writers share a commit through the store's group commit); {@code Ledger.postAll} of
 * 100 and 1,000 entries per transaction; and, in the same run, the floor: a plain JDBC batch insert of the
 * same rows (a record row, an entry row and the line rows per entry) into tables shaped like the store's,
 * with no ledger logic, no head row and no totals. Scores are entries per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class JdbcPostingBenchmark {
  private static final int POOL = 1 << 16;
  private static final int ACCOUNTS = 1000;
  static final int BATCH = 100;
  static final int BIG_BATCH = 1000;

  private EmbeddedPostgres server;
  private HikariDataSource pool;
  private JdbcLedgerStore store;
  private Ledger ledger;
  private JournalEntry[] entries;
  private List<List<JournalEntry>> batches;
  private List<List<JournalEntry>> bigBatches;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLong floorIds = new AtomicLong();

  /** Starts the server, creates the schema and the floor's tables, opens the ledger with its chart. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    try {
      server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(server.getPostgresDatabase());
    config.setMaximumPoolSize(80);
    pool = new HikariDataSource(config);
    store = JdbcLedgerStore.open(pool, JdbcStoreOptions.builder().migrate(true).build());
    ledger = Ledger.builder().store(store).chart(StoreFixture.chart(ACCOUNTS)).clock(StoreFixture.CLOCK).build();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE floor_record (LIKE ledger_record INCLUDING ALL)");
      s.execute("CREATE TABLE floor_entry (LIKE ledger_entry INCLUDING ALL)");
      s.execute("CREATE TABLE floor_line (LIKE ledger_line INCLUDING ALL)");
    }
    entries = StoreFixture.entries(POOL, ACCOUNTS, 42);
    batches = slices(BATCH);
    bigBatches = slices(BIG_BATCH);
  }

  private List<List<JournalEntry>> slices(int size) {
    List<List<JournalEntry>> out = new ArrayList<>();
    for (int i = 0; i + size <= POOL; i += size) {
      out.add(List.of(entries).subList(i, i + size));
    }
    return out;
  }

  /** Closes the ledger, the pool and the server. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    ledger.close();
    pool.close();
    server.close();
  }

  private PostedEntry postOne() {
    return ledger.post(entries[next.getAndIncrement() & (POOL - 1)]);
  }

  /** One writer, one entry per transaction. */
  @Benchmark
  @Threads(1)
  public PostedEntry post01() {
    return postOne();
  }

  /** Eight writers, one entry per call. */
  @Benchmark
  @Threads(8)
  public PostedEntry post08() {
    return postOne();
  }

  /** Sixty-four writers, one entry per call. */
  @Benchmark
  @Threads(64)
  public PostedEntry post64() {
    return postOne();
  }

  /** {@value #BATCH} entries per {@code postAll}, one transaction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public BatchResult postAll100() {
    return ledger.postAll(batches.get(Math.floorMod(next.getAndIncrement(), batches.size())));
  }

  /** {@value #BIG_BATCH} entries per {@code postAll}, one transaction. */
  @Benchmark
  @OperationsPerInvocation(BIG_BATCH)
  public BatchResult postAll1000() {
    return ledger.postAll(bigBatches.get(Math.floorMod(next.getAndIncrement(), bigBatches.size())));
  }

  /** The floor for {@code postAll100}: the same rows by plain batch inserts, one transaction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int floor100() throws SQLException {
    return floor(batches.get(Math.floorMod(next.getAndIncrement(), batches.size())));
  }

  /** The floor for {@code postAll1000}. */
  @Benchmark
  @OperationsPerInvocation(BIG_BATCH)
  public int floor1000() throws SQLException {
    return floor(bigBatches.get(Math.floorMod(next.getAndIncrement(), bigBatches.size())));
  }

  private int floor(List<JournalEntry> batch) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement rec = c.prepareStatement(
              "INSERT INTO floor_record (seq, kind, entry_id, recorded_at, body) VALUES (?, ?, ?, ?, ?)");
          PreparedStatement entry = c.prepareStatement("INSERT INTO floor_entry (entry_id, idempotency_key, status,"
              + " journal_seq, entry_date, reversal_of, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement line = c.prepareStatement("INSERT INTO floor_line (entry_id, line_no, account, currency,"
              + " side, amount_minor, entry_date) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (JournalEntry e : batch) {
          long id = floorIds.incrementAndGet();
          String entryId = "F" + id;
          PostedEntry p = PostedEntry.of(dev.backoffice.ledger.entry.EntryId.of(entryId), id, StoreFixture.CLOCK.instant(),
              e, dev.backoffice.ledger.entry.EntryStatus.POSTED, java.util.Optional.empty(), List.of());
          rec.setLong(1, id);
          rec.setInt(2, 1);
          rec.setString(3, entryId);
          rec.setTimestamp(4, Timestamp.from(p.recordedAt()));
          rec.setBytes(5, RecordBytes.encode(new LedgerRecord.EntryPosted(p)));
          rec.addBatch();
          entry.setString(1, entryId);
          entry.setString(2, null);
          entry.setString(3, "POSTED");
          entry.setLong(4, id);
          entry.setDate(5, Date.valueOf(e.date()));
          entry.setString(6, null);
          entry.setLong(7, id);
          entry.addBatch();
          int n = 1;
          for (JournalLine l : e.lines()) {
            line.setString(1, entryId);
            line.setInt(2, n++);
            line.setString(3, l.account());
            line.setString(4, l.amount().getCurrencyUnit().getCode());
            line.setString(5, l.side() == Side.DEBIT ? "D" : "C");
            line.setLong(6, l.amount().getAmountMinorLong());
            line.setDate(7, Date.valueOf(e.date()));
            line.addBatch();
          }
        }
        rec.executeBatch();
        entry.executeBatch();
        line.executeBatch();
      }
      c.commit();
    }
    return batch.size();
  }
}
