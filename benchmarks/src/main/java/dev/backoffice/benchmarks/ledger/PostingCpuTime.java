package dev.backoffice.benchmarks.ledger;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

/**
 * The posts of {@link PostingBenchmark} ({@code accounts=1000}, {@code pool=4096}) timed by the thread's CPU
 * clock instead of the wall clock: on a shared machine whose load exceeds its cores, JMH's wall clock measures
 * the scheduler, while the thread's CPU time still measures the code. Each round posts {@value #POSTS} entries
 * round-robin from the pool into a fresh ledger; prints each round and the median of the rounds after two of
 * warm-up, as entries per CPU second, and the bytes the posting thread allocated per entry. To compare two
 * builds, run it from each jar in turn.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.backoffice.benchmarks.ledger.PostingCpuTime [rounds]}
 */
public final class PostingCpuTime {
  private static final int POSTS = 1 << 20;
  private static final int POOL = 4096;

  private PostingCpuTime() {}

  /**
   * Runs the rounds (default 8).
   *
   * @param args optionally the number of rounds
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    ChartOfAccounts chart = LedgerFixture.chart(1000);
    JournalEntry[] entries = LedgerFixture.entries(POOL, 1000, 42);
    Clock clock = Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
    long self = Thread.currentThread().getId();
    double[] perSecond = new double[rounds];
    int sink = 0;
    for (int round = 0; round < rounds; round++) {
      Ledger ledger = Ledger.builder().chart(chart).clock(clock).build();
      long bytes = alloc.getThreadAllocatedBytes(self);
      long start = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < POSTS; i++) {
        sink += (int) ledger.post(entries[i & (POOL - 1)]).sequence() & 1;
      }
      long cpu = mx.getCurrentThreadCpuTime() - start;
      bytes = alloc.getThreadAllocatedBytes(self) - bytes;
      perSecond[round] = POSTS / (cpu / 1e9);
      System.out.printf(Locale.ROOT, "round %d: %,.0f entries per CPU second, %.0f bytes allocated per entry%n",
          round, perSecond[round], bytes / (double) POSTS);
    }
    double[] rest = Arrays.copyOfRange(perSecond, Math.min(2, rounds - 1), rounds);
    Arrays.sort(rest);
    double median = rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
    System.out.printf(Locale.ROOT, "median after warm-up: %,.0f entries per CPU second (%d)%n", median, sink & 1);
  }
}
