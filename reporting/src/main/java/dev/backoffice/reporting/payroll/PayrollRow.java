package dev.backoffice.reporting.payroll;

import dev.backoffice.core.BackOfficeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One employee's row of a payroll report. */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollRow {
  /** The employee's id. */
  public abstract String employeeId();

  /** The employee's name, if known. */
  public abstract Optional<String> name();

  /** The department, if known. */
  public abstract Optional<String> department();

  /** The contract, in Polish ({@code "umowa o pracę"}). */
  public abstract String contract();

  /** The amounts. */
  public abstract PayrollAmounts amounts();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePayrollRow.Builder builder() {
    return ImmutablePayrollRow.builder();
  }
}
