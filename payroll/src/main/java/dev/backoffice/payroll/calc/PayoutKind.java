package dev.backoffice.payroll.calc;

/**
 * What a payout pays: the regular pay of the period worked, or something paid beside it. Only the regular pay
 * is checked against the minimum wage and the minimum hourly rate (a bonus or a correction alone is not the
 * month's pay).
 */
public enum PayoutKind {
  /** The regular pay of the period worked (lista płac podstawowa). */
  PAY,
  /** A bonus or award paid on its own list (lista dodatkowa). */
  BONUS,
  /** A correction or back pay of an earlier period (lista korygująca, wyrównanie). */
  CORRECTION
}
