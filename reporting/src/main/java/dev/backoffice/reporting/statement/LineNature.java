package dev.backoffice.reporting.statement;

/**
 * Which balances a line shows as positive: assets and costs show debit balances (Wn) as positive, equity,
 * liabilities and revenue show credit balances (Ma) as positive.
 */
public enum LineNature {
  /** Debit balances positive (aktywa, koszty). */
  DEBIT,
  /** Credit balances positive (pasywa, przychody). */
  CREDIT
}
