package dev.backoffice.payroll.calc;

/**
 * When the employer's PPK contribution becomes the employee's taxable revenue (art. 11 ust. 1 ustawy o PIT:
 * revenue arises when it is paid, here when the employer transfers the contribution to the fund).
 */
public enum PpkRevenueTiming {
  /**
   * Taxed with the pay it is computed from, in the same payout: the simplification most payers use and the
   * default.
   */
  WITH_PAY,
  /**
   * Taxed when it is paid to the fund, which art. 28 ust. 2 ustawy o PPK sets by the 15th of the month after
   * the pay: the employer contributions of the payouts of one payment month become revenue of the first payout
   * of the next payment month of the same contract. Only {@link PayrollCalculator#pay} offers it.
   */
  WHEN_PAID_TO_FUND
}
