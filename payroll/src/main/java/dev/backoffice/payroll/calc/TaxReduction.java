package dev.backoffice.payroll.calc;

/**
 * Whether and how the employee asked the payer to reduce monthly tax advances by part of the annual
 * tax-reducing amount (oświadczenie PIT-2, art. 32 ust. 3 of the PIT act). The reduction applies in every
 * month, also in months taxed at 32 %.
 */
public enum TaxReduction {
  /** No PIT-2 filed: no monthly reduction. */
  NONE,
  /** PIT-2 filed with this payer only: 1/12 of 3,600 zł = 300 zł a month. */
  ONE_PAYER,
  /** PIT-2 split between two payers: 1/24, i.e. 150 zł a month. */
  TWO_PAYERS,
  /** PIT-2 split between three payers: 1/36, i.e. 100 zł a month. */
  THREE_PAYERS
}
