package dev.backoffice.reporting.payroll;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The payroll register (lista płac) as a report: one row per payslip with every amount of the payslip, and
 * the totals. Checks: in every row and in the totals, net = gross − employee social contributions − health
 * − tax − employee PPK, and employer cost = gross + employer contributions + employer PPK; and the totals
 * equal the sums of the rows.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollRegisterReport implements Report {
  /** The register's number (e.g. {@code "LP/01/2025"}). */
  public abstract String number();

  /** The month paid for. */
  public abstract YearMonth period();

  /** The payment date. */
  public abstract LocalDate paymentDate();

  /** The rows, by employee id. */
  public abstract ImmutableList<PayrollRow> rows();

  /** The sums of the rows (the register's own totals). */
  public abstract PayrollAmounts totals();

  /** The employees whose pay could not be calculated, with the reason, if the run continued past them. */
  public abstract ImmutableList<String> failures();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePayrollRegisterReport.Builder builder() {
    return ImmutablePayrollRegisterReport.builder();
  }
}
