package dev.backoffice.benchmarks.payroll;

import dev.backoffice.benchmarks.CpuClock;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * CPU time per operation of the payroll benchmarks, measured with the thread's CPU clock instead of the wall
 * clock: on a shared machine whose load exceeds its cores, JMH's wall-clock throughput measures the
 * scheduler, while the thread's CPU time still measures the code. Run after JMH when the machine is busy:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.backoffice.benchmarks.payroll.PayrollCpuTime}.
 */
public final class PayrollCpuTime {
  private PayrollCpuTime() {}

  /**
   * Measures each benchmark in five rounds of one CPU-second (three for the annual run), the first two warming up, and
   * prints the best round.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PayslipBenchmark p = new PayslipBenchmark();
    p.setUp();
    measure("employmentPayslip", p::employmentPayslip, 1_000_000_000L, 1000);
    measure("employmentPayslipWithLines", p::employmentPayslipWithLines, 1_000_000_000L, 1000);
    measure("mandatePayslip", p::mandatePayslip, 1_000_000_000L, 1000);
    measure("capCrossingPayslip", p::capCrossingPayslip, 1_000_000_000L, 1000);
    AnnualRunBenchmark a = new AnnualRunBenchmark();
    a.setUp();
    measure("annualRunOf10000Employees", a::annualRunOf10000Employees, 3_000_000_000L, 1);
  }

  private static void measure(String name, Supplier<Object> op, long cpuNanosPerRound, int batch) {
    double best = CpuClock.nanosPerOperation(op, cpuNanosPerRound, batch);
    System.out.printf(Locale.ROOT, "%-28s %12.0f ns CPU/op  %12.1f ops per CPU-second%n", name, best, 1e9 / best);
  }
}
