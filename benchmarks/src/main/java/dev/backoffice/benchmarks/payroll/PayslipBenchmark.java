package dev.backoffice.benchmarks.payroll;

import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.ComponentKind;
import dev.backoffice.payroll.calc.PayComponent;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PayoutHistory;
import dev.backoffice.payroll.calc.PayoutKind;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.YearToDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Payslips per second on one thread (target: at least 500,000 per core). Each call computes a full payslip
 * (every amount and the next year-to-date state); {@link #employmentPayslipWithLines()} also builds the
 * explaining lines, which a payslip builds only when first asked for.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PayslipBenchmark {
  private PayrollCalculator calc;
  private EmployeeTerms employment;
  private EmployeeTerms mandate;
  private MonthInput input;
  private MonthInput crossing;
  private YearToDate may;
  private YearToDate beforeCrossing;
  private Payout bonus;
  private PayoutHistory juneSoFar;

  /** Builds the inputs once. */
  @Setup
  public void setUp() {
    calc = PayrollCalculator.standard();
    employment = EmployeeTerms.builder().employeeId("E-1").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).ppk(PpkRates.basic()).build();
    mandate = EmployeeTerms.builder().employeeId("Z-1").contract(ContractType.MANDATE).taxReduction(TaxReduction.ONE_PAYER)
        .voluntarySickness(true).build();
    input = MonthInput.of(2025, 6, Monies.of("PLN", "8000.00"));
    crossing = MonthInput.of(2025, 11, Monies.of("PLN", "25000.00"));
    may = calc.calculateAssumingSamePay(employment, input.forMonth(5)).yearToDate();
    beforeCrossing = calc.calculateAssumingSamePay(employment, crossing.forMonth(10)).yearToDate();
    // five months paid in their own months and June's pay: the bonus is the second payout of June
    java.util.List<Payout> paid = new java.util.ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      paid.add(Payout.inMonthWorked(employment, input.forMonth(m)));
    }
    juneSoFar = PayoutHistory.of("E-1", calc.payAll(paid));
    bonus = Payout.builder().terms(employment).input(MonthInput.builder().year(2025).month(6)
        .addComponents(PayComponent.of(ComponentKind.BONUS, Monies.of("PLN", "2000.00"))).build())
        .paymentDate(java.time.LocalDate.of(2025, 6, 30)).kind(PayoutKind.BONUS).build();
  }

  /** A bonus paid as the second payout of June, with the year's six earlier payouts as history. */
  @Benchmark
  public PayoutResult secondPayoutOfTheMonth() {
    return calc.pay(bonus, juneSoFar);
  }

  /** A typical employment payslip (8,000 zł, PIT-2, PPK) in June. */
  @Benchmark
  public Payslip employmentPayslip() {
    return calc.calculate(employment, input, may);
  }

  /** The same payslip with its explaining lines built (what a payslip printout or the CLI's text format reads). */
  @Benchmark
  public Object employmentPayslipWithLines() {
    return calc.calculate(employment, input, may).lines();
  }

  /** A mandate payslip with voluntary sickness. */
  @Benchmark
  public Payslip mandatePayslip() {
    return calc.calculate(mandate, input, may);
  }

  /** The month that crosses the 30× cap, taxed at 32 %: the longest payslip. */
  @Benchmark
  public Payslip capCrossingPayslip() {
    return calc.calculate(employment, crossing, beforeCrossing);
  }
}
