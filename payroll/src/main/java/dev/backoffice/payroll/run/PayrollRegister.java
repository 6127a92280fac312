package dev.backoffice.payroll.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipTotals;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The payroll register (lista płac) of a run: one payslip per employee sorted by employee id, the totals,
 * the totals per department, and the employees that failed. Reporting reads it as is.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollRegister {
  /** The name used for payslips without a department in {@link #totalsByDepartment()}. */
  public static final String NO_DEPARTMENT = "";

  /** The run's number. */
  public abstract String number();

  /** The tax year. */
  public abstract int year();

  /** The month. */
  public abstract int month();

  /** The payment date. */
  public abstract LocalDate paymentDate();

  /** The payslips, sorted by employee id. */
  public abstract ImmutableList<Payslip> payslips();

  /** The employees that failed, sorted by employee id; empty when the run is complete. */
  public abstract ImmutableList<RunFailure> failures();

  /** The totals of all payslips. */
  @Value.Derived
  public PayslipTotals totals() {
    return PayslipTotals.of(payslips());
  }

  /** The totals per department ({@link #NO_DEPARTMENT} for payslips without one), sorted by department. */
  @Value.Derived
  public ImmutableSortedMap<String, PayslipTotals> totalsByDepartment() {
    TreeMap<String, PayslipTotals.Accumulator> m = new TreeMap<>();
    for (Payslip p : payslips()) {
      m.computeIfAbsent(p.department().orElse(NO_DEPARTMENT), d -> new PayslipTotals.Accumulator()).add(p);
    }
    ImmutableSortedMap.Builder<String, PayslipTotals> out = ImmutableSortedMap.naturalOrder();
    m.forEach((d, a) -> out.put(d, a.totals()));
    return out.build();
  }

  static PayrollRegister of(PayrollRun run, Iterable<Payslip> payslips, Iterable<RunFailure> failures) {
    return ImmutablePayrollRegister.builder().number(run.number()).year(run.year()).month(run.month())
        .paymentDate(run.paymentDate()).addAllPayslips(payslips).addAllFailures(failures).build();
  }

  /** True when every employee of the run was paid. */
  public boolean isComplete() {
    return failures().isEmpty();
  }

  /**
   * An employee's payslip.
   *
   * @param employeeId the employee
   * @return the payslip, or empty when the employee is not in the register (or failed)
   */
  public Optional<Payslip> payslip(String employeeId) {
    for (Payslip p : payslips()) {
      if (p.employeeId().equals(employeeId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
