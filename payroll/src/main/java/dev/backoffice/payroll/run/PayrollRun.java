package dev.backoffice.payroll.run;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.payroll.calc.ImmutableMonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.YearToDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A payroll run (lista płac) of one month for many employees. {@link #calculate(PayrollCalculator)} turns it
 * into a {@link PayrollRegister}: payslips sorted by employee id (deterministic whatever the input order),
 * totals, and — with {@link FailurePolicy#CONTINUE} — the employees whose data failed, each with its error,
 * while everyone else is paid. With {@link FailurePolicy#FAIL_ALL} any failure fails the run.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollRun {
  /** The run's number, e.g. {@code "LP/2025/01"}; the document number when posted. */
  public abstract String number();

  /** The tax year. */
  public abstract int year();

  /** The month, 1–12. */
  public abstract int month();

  /** The day the pay is paid; the date of the register and of its journal entries. */
  public abstract LocalDate paymentDate();

  /** The employees. */
  public abstract ImmutableList<RunEntry> entries();

  /** What a bad employee does to the run; default {@link FailurePolicy#CONTINUE}. */
  @Value.Default
  public FailurePolicy failurePolicy() {
    return FailurePolicy.CONTINUE;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePayrollRun.Builder builder() {
    return ImmutablePayrollRun.builder();
  }

  /** The month of the run. */
  public YearMonth period() {
    return YearMonth.of(year(), month());
  }

  /**
   * Calculates every employee's payslip.
   *
   * @param calculator the calculator
   * @return the register
   * @throws PayrollRunException with {@link FailurePolicy#FAIL_ALL}, listing every employee that failed
   */
  public PayrollRegister calculate(PayrollCalculator calculator) {
    Checks.notNull(calculator, "calculator");
    List<RunEntry> sorted = new ArrayList<>(entries());
    sorted.sort(Comparator.comparing(RunEntry::employeeId));
    List<Payslip> payslips = new ArrayList<>(sorted.size());
    List<RunFailure> failures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RunEntry e : sorted) {
      String id = e.employeeId();
      try {
        if (!seen.add(id)) {
          throw new ValidationException(e.terms().subject(), "employeeId", id, "must appear once in payroll run " + number());
        }
        if (e.input().year() != year() || e.input().month() != month()) {
          throw new ValidationException(e.terms().subject(), "input.period", e.input().year() + "-" + e.input().month(),
              "must be the run's month " + period());
        }
        YearToDate ytd = e.yearToDate().orElseGet(() -> YearToDate.empty(year()));
        payslips.add(calculator.calculate(e.terms(), e.input().paymentDate().isPresent() ? e.input()
            : ImmutableMonthInput.copyOf(e.input()).withPaymentDate(paymentDate()), ytd));
      } catch (BackOfficeException ex) {
        failures.add(RunFailure.of(id, ex));
      }
    }
    if (!failures.isEmpty() && failurePolicy() == FailurePolicy.FAIL_ALL) {
      throw new PayrollRunException(number(), failures);
    }
    return PayrollRegister.of(this, payslips, failures);
  }

  @Value.Check
  void check() {
    String s = "payroll run " + number();
    Checks.check(!number().isBlank() && number().length() <= 100, "payroll run", "number", number(), "must be non-blank, at most 100 characters");
    Checks.check(month() >= 1 && month() <= 12, s, "month", month(), "must be 1 to 12");
    if (paymentDate().isBefore(LocalDate.of(year(), month(), 1))) {
      throw new ValidationException(s, "paymentDate", paymentDate(), "must not be before the month paid");
    }
  }
}
