package dev.backoffice.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Times an operation by the calling thread's CPU clock instead of the wall clock: on a shared, loaded machine
 * the CPU time of the benchmark thread still measures the work the code does (not GC threads, not waiting for
 * a core). The companions of the JMH benchmarks ({@code PayrollCpuTime}, {@code ReportingCpuTime}) use it.
 */
public final class CpuClock {
  private CpuClock() {}

  /**
   * The best CPU time per operation over five rounds, the first two of which warm up.
   *
   * @param op the operation; its result is consumed so that it cannot be optimised away
   * @param cpuNanosPerRound how much CPU time each round runs for at least
   * @param batch operations between two readings of the clock (reading it costs about a microsecond)
   * @return nanoseconds of CPU per operation
   */
  public static double nanosPerOperation(Supplier<Object> op, long cpuNanosPerRound, int batch) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    int sink = 0;
    for (int round = 0; round < 5; round++) {
      long start = mx.getCurrentThreadCpuTime();
      long n = 0;
      long used;
      do {
        for (int i = 0; i < batch; i++) {
          sink += System.identityHashCode(op.get()) & 1;
        }
        n += batch;
        used = mx.getCurrentThreadCpuTime() - start;
      } while (used < cpuNanosPerRound);
      if (round >= 2) {
        best = Math.min(best, used / (double) n);
      }
    }
    return sink < 0 ? -best : best; // sink is never negative; using it keeps the results alive
  }
}
