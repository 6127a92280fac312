package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Rate;
import org.immutables.value.Value;

/**
 * The Employee Capital Plan (PPK) contribution rates of a participant: the employee's (basic 2 %, reduced to
 * 0.5 %–2 % for low pay, plus up to 2 % additional) and the employer's (basic 1.5 % plus up to 2.5 %
 * additional). The calculator checks the rates against the year's limits and names the employee when they
 * are out of range.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PpkRates {
  /** The employee's total rate, deducted from net pay. */
  public abstract Rate employeeRate();

  /** The employer's total rate; taxable revenue of the employee. */
  public abstract Rate employerRate();

  /** The employee's rate prepared for arithmetic, computed once. */
  @Value.Lazy
  Factor employeeFactor() {
    return new Factor(employeeRate(), "");
  }

  /** The employer's rate prepared for arithmetic, computed once. */
  @Value.Lazy
  Factor employerFactor() {
    return new Factor(employerRate(), "");
  }

  /**
   * The basic rates: employee 2 %, employer 1.5 %.
   *
   * @return the rates
   */
  public static PpkRates basic() {
    return of(Rate.ofPercent("2"), Rate.ofPercent("1.5"));
  }

  /**
   * Given rates.
   *
   * @param employeeRate the employee's total rate
   * @param employerRate the employer's total rate
   * @return the rates
   */
  public static PpkRates of(Rate employeeRate, Rate employerRate) {
    return ImmutablePpkRates.builder().employeeRate(employeeRate).employerRate(employerRate).build();
  }
}
