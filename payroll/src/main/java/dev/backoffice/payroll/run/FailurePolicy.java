package dev.backoffice.payroll.run;

/** What a payroll run does when one employee's data is bad. */
public enum FailurePolicy {
  /** Calculate everyone else; the register lists the employees that failed and why. */
  CONTINUE,
  /** Fail the whole run with a {@link PayrollRunException} listing every failed employee; no register. */
  FAIL_ALL
}
