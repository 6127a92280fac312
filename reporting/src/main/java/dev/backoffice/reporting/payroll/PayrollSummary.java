package dev.backoffice.reporting.payroll;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The monthly payroll summary: per employee (summed over the month's registers) and overall, what goes to
 * ZUS (social insurance, health, Labour Fund, FGŚP), to the tax office (PIT advances) and to the PPK
 * institution, what the employees are paid (net) and what it all costs the employer.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollSummary implements Report {
  /** The month. */
  public abstract YearMonth period();

  /** The registers summed. */
  public abstract ImmutableList<String> registers();

  /** Per employee, by id. */
  public abstract ImmutableList<PayrollRow> employees();

  /** The overall totals. */
  public abstract PayrollAmounts totals();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePayrollSummary.Builder builder() {
    return ImmutablePayrollSummary.builder();
  }
}
