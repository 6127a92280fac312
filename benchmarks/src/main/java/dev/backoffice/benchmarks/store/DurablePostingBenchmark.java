package dev.backoffice.benchmarks.store;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.store.file.FileLedgerStore;
import dev.backoffice.ledger.store.file.FileStoreOptions;
import dev.backoffice.ledger.store.file.ImmutableFileStoreOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable posting throughput: {@code Ledger.post} on a {@link FileLedgerStore}, each call returning only after
 * its entry is synced to disk, with 1, 8 and 64 concurrent writers sharing syncs through group commit
 * (target ≥ 200,000 entries/s). Entries of 2–4 lines between 1,000 accounts are built beforehand; each
 * writer count gets a fresh store in a temporary directory. The score is entries per second over all writers.
 *
 * <p>The {@code writersNN} methods post one entry per call, so each call waits for a sync: their rate is
 * bounded by writers ÷ sync latency (about 0.25 ms for {@code fdatasync} on the measured machine). The
 * {@code batchNN} methods give {@value #BATCH} entries per {@code Ledger.postAll} call, one wait per batch,
 * as TigerBeetle clients do; their score is still entries (not calls) per second.
 *
 * <p>{@code writer}: {@code callers} (the default store: a waiting writer encodes, writes and syncs) or
 * {@code executor} (the store is given an executor, {@code FileStoreOptions.executor}, that writes records on a
 * second thread while the writers post; they wait only for the sync).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class DurablePostingBenchmark {
  private static final int POOL = 1 << 16;
  private static final int ACCOUNTS = 1000;
  /** Entries per {@code postAll} call in the {@code batchNN} methods. */
  static final int BATCH = 100;
  /** Entries per {@code postAll} call in {@code bigBatch01}: an importer's batch. */
  static final int BIG_BATCH = 1000;

  /** Who writes the records: the waiting writers, or a task on an executor given to the store. */
  @Param({"callers", "executor"})
  String writer;

  private ExecutorService storeWriter;
  private JournalEntry[] entries;
  private List<List<JournalEntry>> batches;
  private List<List<JournalEntry>> bigBatches;
  private Path dir;
  private FileLedgerStore store;
  private Ledger ledger;
  private final AtomicInteger next = new AtomicInteger();

  /** A new store with the chart, and a pool of entries (posted without ids, so the pool can repeat). */
  @Setup(Level.Trial)
  public void open() {
    entries = StoreFixture.entries(POOL, ACCOUNTS, 42);
    batches = new ArrayList<>();
    for (int i = 0; i + BATCH <= POOL; i += BATCH) {
      batches.add(List.of(entries).subList(i, i + BATCH));
    }
    bigBatches = new ArrayList<>();
    for (int i = 0; i + BIG_BATCH <= POOL; i += BIG_BATCH) {
      bigBatches.add(List.of(entries).subList(i, i + BIG_BATCH));
    }
    dir = StoreFixture.newDirectory("durable-posting");
    ImmutableFileStoreOptions.Builder options = FileStoreOptions.builder();
    if (writer.equals("executor")) {
      storeWriter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "store-writer");
        t.setDaemon(true);
        return t;
      });
      options.executor(storeWriter);
    }
    store = FileLedgerStore.open(dir, options.build());
    ledger = Ledger.builder().store(store).chart(StoreFixture.chart(ACCOUNTS)).clock(StoreFixture.CLOCK).build();
  }

  /** Closes and deletes the store. */
  @TearDown(Level.Trial)
  public void close() {
    ledger.close();
    if (storeWriter != null) {
      storeWriter.shutdown();
    }
    StoreFixture.delete(dir);
  }

  private PostedEntry postOne() {
    return ledger.post(entries[next.getAndIncrement() & (POOL - 1)]);
  }

  /** One writer: every post waits for its own sync. */
  @Benchmark
  @Threads(1)
  public PostedEntry writers01() {
    return postOne();
  }

  /** Eight writers sharing syncs. */
  @Benchmark
  @Threads(8)
  public PostedEntry writers08() {
    return postOne();
  }

  /** Sixty-four writers sharing syncs. */
  @Benchmark
  @Threads(64)
  public PostedEntry writers64() {
    return postOne();
  }

  private BatchResult postBatch() {
    return ledger.postAll(batches.get(Math.floorMod(next.getAndIncrement(), batches.size())));
  }

  /** One writer giving {@value #BATCH} entries per call: one sync per batch. */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(BATCH)
  public BatchResult batch01() {
    return postBatch();
  }

  /** One writer giving {@value #BIG_BATCH} entries per call, as an importer would: one sync per 1,000 entries. */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(BIG_BATCH)
  public BatchResult bigBatch01() {
    return ledger.postAll(bigBatches.get(Math.floorMod(next.getAndIncrement(), bigBatches.size())));
  }

  /** Eight writers giving {@value #BATCH} entries per call, sharing syncs. */
  @Benchmark
  @Threads(8)
  @OperationsPerInvocation(BATCH)
  public BatchResult batch08() {
    return postBatch();
  }

  /** Sixty-four writers giving {@value #BATCH} entries per call, sharing syncs. */
  @Benchmark
  @Threads(64)
  @OperationsPerInvocation(BATCH)
  public BatchResult batch64() {
    return postBatch();
  }
}
