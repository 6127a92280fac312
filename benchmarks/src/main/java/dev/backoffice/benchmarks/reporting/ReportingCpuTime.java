package dev.backoffice.benchmarks.reporting;

import dev.backoffice.benchmarks.CpuClock;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * CPU time per operation of {@link TrialBalanceBenchmark} and {@link JpkKrBenchmark}, measured with the
 * thread's CPU clock: on the shared 2-core machine, often loaded many times over, JMH's wall-clock times
 * measure the scheduler as much as the code, while the thread's CPU time measures the code. Run after JMH:
 * {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.backoffice.benchmarks.reporting.ReportingCpuTime}.
 */
public final class ReportingCpuTime {
  private ReportingCpuTime() {}

  /**
   * Measures each operation in five rounds (the first two warm up) and prints the best round.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    TrialBalanceBenchmark tb = new TrialBalanceBenchmark();
    tb.fill();
    measure("trialBalanceFromIndexes", tb::trialBalanceFromIndexes, 2_000_000_000L);
    measure("syntheticTrialBalanceFromIndexes", tb::syntheticTrialBalanceFromIndexes, 2_000_000_000L);
    measure("trialBalanceCheckedAgainstTheJournal", tb::trialBalanceCheckedAgainstTheJournal, 4_000_000_000L);
    measure("balanceSheet", tb::balanceSheet, 2_000_000_000L);
    JpkKrBenchmark jpk = new JpkKrBenchmark();
    jpk.reports = tb.reports;
    for (String schema : new String[] {"KR", "KR_PD"}) {
      jpk.schema = schema;
      measure("jpkExportYear " + schema, jpk::exportYear, 1L);
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap used after the runs: %d MB of %d MB%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
  }

  private static void measure(String name, Supplier<Object> op, long cpuNanosPerRound) {
    double best = CpuClock.nanosPerOperation(op, cpuNanosPerRound, 1);
    System.out.printf(Locale.ROOT, "%-40s %10.2f ms CPU/op%n", name, best / 1e6);
  }
}
