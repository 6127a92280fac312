package dev.backoffice.benchmarks.budget;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The posts of {@link GuardedPostingBenchmark} ({@code invoices=fresh}) timed by the thread's CPU clock
 * instead of the wall clock: on a shared machine whose load exceeds its cores, JMH's wall clock measures the
 * scheduler, while the thread's CPU time still measures the code. Unguarded and guarded rounds alternate, so
 * both see the same machine; only the posting of each batch of fresh invoices is timed, not their building.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.backoffice.benchmarks.budget.GuardedPostingCpuTime}
 */
public final class GuardedPostingCpuTime {
  private static final int ROUNDS = 8;
  private static final int POSTS_PER_ROUND = 200_000;

  private GuardedPostingCpuTime() {}

  /**
   * Runs {@value #ROUNDS} rounds of {@value #POSTS_PER_ROUND} posts each, unguarded then guarded, the first
   * two warming up; prints each round and the median of the rest.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    GuardedPostingBenchmark[] benches = {setUp(false), setUp(true)};
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] perPost = new double[2][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < 2; k++) {
        GuardedPostingBenchmark b = benches[k];
        b.newLedger();
        Ledger ledger = b.ledger();
        long cpu = 0;
        for (int done = 0; done < POSTS_PER_ROUND; done += GuardedPostingBenchmark.BATCH) {
          b.nextBatch();
          long start = mx.getCurrentThreadCpuTime();
          for (JournalEntry e : b.batch()) {
            ledger.post(e);
          }
          cpu += mx.getCurrentThreadCpuTime() - start;
        }
        perPost[k][round] = cpu / (double) POSTS_PER_ROUND;
      }
      System.out.printf(Locale.ROOT, "round %d: unguarded %6.0f ns CPU/post, guarded %6.0f ns CPU/post, ratio %.2f%n",
          round, perPost[0][round], perPost[1][round], perPost[1][round] / perPost[0][round]);
    }
    double u = median(perPost[0]);
    double g = median(perPost[1]);
    System.out.printf(Locale.ROOT, "median of rounds 2-%d: unguarded %.0f ns, guarded %.0f ns, ratio %.2f%n",
        ROUNDS - 1, u, g, g / u);
  }

  private static GuardedPostingBenchmark setUp(boolean guarded) {
    GuardedPostingBenchmark b = new GuardedPostingBenchmark();
    b.guarded = guarded;
    b.invoices = "fresh";
    b.data();
    return b;
  }

  private static double median(double[] rounds) {
    double[] rest = java.util.Arrays.copyOfRange(rounds, 2, rounds.length);
    java.util.Arrays.sort(rest);
    return rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
  }
}
