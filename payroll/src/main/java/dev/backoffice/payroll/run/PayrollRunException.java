package dev.backoffice.payroll.run;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import java.util.List;

/** A payroll run with {@link FailurePolicy#FAIL_ALL} in which some employees failed; lists every one of them. */
public class PayrollRunException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  private final String runNumber;
  private final ImmutableList<RunFailure> failures;

  /**
   * Creates the failure of a run.
   *
   * @param runNumber the run's number
   * @param failures the employees that failed, at least one
   */
  public PayrollRunException(String runNumber, List<RunFailure> failures) {
    super("payroll run " + runNumber + " failed for " + failures.size() + " employee(s): " + failures);
    this.runNumber = runNumber;
    this.failures = ImmutableList.copyOf(failures);
  }

  /** The run's number. */
  public String runNumber() {
    return runNumber;
  }

  /** The employees that failed, in run order. */
  public ImmutableList<RunFailure> failures() {
    return failures;
  }
}
