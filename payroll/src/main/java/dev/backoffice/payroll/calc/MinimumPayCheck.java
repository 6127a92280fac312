package dev.backoffice.payroll.calc;

/**
 * What the calculator does when a regular payout is below the minimum wage (employment, pro rata by working
 * time) or the minimum hourly rate (mandate): attach a {@link PayrollWarning} to the payslip, or refuse the
 * payout with a {@link dev.backoffice.core.error.ValidationException}. The figures are the same either way.
 */
public enum MinimumPayCheck {
  /** Compute the payslip and attach a warning (the default). */
  WARN,
  /** Refuse the payout. */
  REJECT
}
