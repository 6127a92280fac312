package dev.backoffice.benchmarks.io;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.io.BalanceRow;
import dev.backoffice.ledger.io.JournalBalances;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.ledger.io.JournalSummary;
import dev.backoffice.ledger.io.ParsedJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Journal parsing throughput on a generated journal ({@link JournalGenerator}, seed 7): the balance path in one
 * thread and in two parts, and the entry reader whole and streamed. Besides the operations per second, JMH
 * reports the secondary rates {@code bytes} (bytes per second: divide by 10⁶ for MB/s) and {@code transactions}
 * (transactions per second).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JournalParsingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class JournalParsingBenchmark {
  /** The number of transactions of the journal (100,000 ≈ 21 MB). */
  @Param({"100000"})
  public int transactions;

  private Path file;
  private long bytes;
  private ExecutorService pool;

  /** Bytes and transactions read, reported by JMH as rates per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** Bytes read. */
    public long bytes;
    /** Transactions read. */
    public long transactions;
  }

  /**
   * Writes the journal.
   *
   * @throws IOException when it cannot
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    file = Files.createTempFile("journal-bench", ".ledger");
    JournalGenerator.generate(file, transactions, 7);
    bytes = Files.size(file);
    pool = Executors.newFixedThreadPool(1);
  }

  /**
   * Deletes the journal.
   *
   * @throws IOException when it cannot
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    pool.shutdownNow();
    Files.deleteIfExists(file);
  }

  private void count(Volume v) {
    v.bytes += bytes;
    v.transactions += transactions;
  }

  /**
   * Balances through the fast path, in the benchmark thread.
   *
   * @param v the volume counters
   * @return the rows
   */
  @Benchmark
  public ImmutableList<BalanceRow> balances(Volume v) {
    count(v);
    return JournalBalances.of(file);
  }

  /**
   * Balances through the fast path, the file cut in two parts (the second on a pool thread).
   *
   * @param v the volume counters
   * @return the rows
   */
  @Benchmark
  public ImmutableList<BalanceRow> balancesTwoParts(Volume v) {
    count(v);
    return JournalBalances.of(file, null, pool, 2);
  }

  /**
   * Every transaction as a {@code JournalTransaction}, held in memory.
   *
   * @param v the volume counters
   * @return the journal
   */
  @Benchmark
  public ParsedJournal readEntries(Volume v) {
    count(v);
    return JournalReader.read(file);
  }

  /**
   * Every transaction as a {@code JournalTransaction}, handed over one at a time.
   *
   * @param v the volume counters
   * @return the summary
   */
  @Benchmark
  public JournalSummary streamEntries(Volume v) {
    count(v);
    return JournalReader.stream(file, t -> { });
  }
}
