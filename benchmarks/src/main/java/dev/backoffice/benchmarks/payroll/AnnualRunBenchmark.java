package dev.backoffice.benchmarks.payroll;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.YearToDate;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.PayrollRun;
import dev.backoffice.payroll.run.RunEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole year of payroll for 10,000 employees: twelve monthly runs, each carrying every employee's
 * year-to-date state from the previous month's register (120,000 payslips, registers and totals).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnualRunBenchmark {
  private static final int EMPLOYEES = 10_000;
  private PayrollCalculator calc;
  private List<EmployeeTerms> terms;
  private List<Money> gross;

  /** Builds 10,000 employees: 70 % employment, 20 % mandate, 10 % specific-task, pay 4,666–34,666 zł. */
  @Setup
  public void setUp() {
    calc = PayrollCalculator.standard();
    terms = new ArrayList<>(EMPLOYEES);
    gross = new ArrayList<>(EMPLOYEES);
    for (int i = 0; i < EMPLOYEES; i++) {
      ContractType c = i % 10 < 7 ? ContractType.EMPLOYMENT : i % 10 < 9 ? ContractType.MANDATE : ContractType.SPECIFIC_TASK;
      var b = EmployeeTerms.builder().employeeId(String.format("E-%05d", i)).department("D" + (i % 20)).contract(c)
          .taxReduction(i % 3 == 0 ? TaxReduction.NONE : TaxReduction.ONE_PAYER).accidentRate(Rate.ofPercent("1.67"));
      if (c != ContractType.SPECIFIC_TASK && i % 4 == 0) {
        b.ppk(PpkRates.basic());
      }
      terms.add(b.build());
      gross.add(Money.ofMinor(Monies.PLN, 466_600L + (i * 7_919L % 3_000_000L)));
    }
  }

  /** Twelve runs of 10,000 employees with year-to-date chaining. */
  @Benchmark
  public PayrollRegister annualRunOf10000Employees() {
    Map<String, YearToDate> ytd = new HashMap<>(EMPLOYEES * 2);
    PayrollRegister last = null;
    for (int m = 1; m <= 12; m++) {
      var run = PayrollRun.builder().number("LP/2025/" + m).year(2025).month(m).paymentDate(LocalDate.of(2025, m, 28));
      for (int i = 0; i < EMPLOYEES; i++) {
        EmployeeTerms t = terms.get(i);
        YearToDate y = ytd.get(t.employeeId());
        MonthInput in = MonthInput.of(2025, m, gross.get(i));
        run.addEntries(y == null ? RunEntry.of(t, in) : RunEntry.of(t, in, y));
      }
      last = run.build().calculate(calc);
      for (Payslip p : last.payslips()) {
        ytd.put(p.employeeId(), p.yearToDate());
      }
    }
    return last;
  }
}
