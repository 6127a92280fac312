package dev.backoffice.benchmarks.ledger;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Posting throughput of the in-memory ledger, single writer: entries of 2–4 lines between 1,000 accounts
 * (target ≥ 1,000,000 entries/s). Entries are built beforehand and posted round-robin from a pool: 4,096
 * entries (about 2.7 MB of objects: beyond a 512 KiB L2, mostly within L3 — near the engine's own cost, as
 * when an application posts what it just built), or 1,048,576 entries that come cold from memory (an import
 * of entries built long before). Each iteration starts from an empty ledger.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class PostingBenchmark {
  @Param({"1000"})
  int accounts;

  @Param({"4096", "1048576"})
  int pool;

  private ChartOfAccounts chart;
  private JournalEntry[] entries;
  private Ledger ledger;
  private int next;

  /** Builds the chart and a pool of entries. */
  @Setup(Level.Trial)
  public void entries() {
    chart = LedgerFixture.chart(accounts);
    entries = LedgerFixture.entries(pool, accounts, 42);
  }

  /** A fresh ledger per iteration, so the heap does not grow without bound. */
  @Setup(Level.Iteration)
  public void ledger() {
    ledger = Ledger.builder().chart(chart).clock(Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC)).build();
    next = 0;
  }

  /** Posts one entry. */
  @Benchmark
  public PostedEntry post() {
    JournalEntry e = entries[next];
    next = (next + 1) & (pool - 1);
    return ledger.post(e);
  }
}
