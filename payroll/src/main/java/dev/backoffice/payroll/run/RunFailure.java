package dev.backoffice.payroll.run;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/** An employee whose payslip could not be calculated in a run, with the error. */
@Value.Immutable
@BackOfficeStyle
public abstract class RunFailure {
  /** The employee's identifier. */
  public abstract String employeeId();

  /** The field at fault, when the error is a validation error naming one. */
  public abstract Optional<String> field();

  /** The complete error message. */
  public abstract String message();

  /** The error itself, for diagnosis (not part of equality). */
  @Value.Auxiliary
  public abstract BackOfficeException error();

  /**
   * The failure of an employee.
   *
   * @param employeeId the employee
   * @param error the error raised
   * @return the failure
   */
  public static RunFailure of(String employeeId, BackOfficeException error) {
    ImmutableRunFailure.Builder b = ImmutableRunFailure.builder().employeeId(employeeId).error(error)
        .message(String.valueOf(error.getMessage()));
    if (error instanceof ValidationException && !((ValidationException) error).field().isEmpty()) {
      b.field(((ValidationException) error).field());
    }
    return b.build();
  }

  /** {@code "E-17: employee E-17: month = '13' is invalid: must be 1 to 12"}. */
  @Override
  public String toString() {
    return employeeId() + ": " + message();
  }
}
