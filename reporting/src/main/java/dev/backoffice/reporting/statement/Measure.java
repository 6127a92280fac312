package dev.backoffice.reporting.statement;

/**
 * Which figure of an account a mapping rule takes. In the balance sheet an account's closing balance equals
 * its opening balance of the fiscal year plus its movement since; mapping the two parts separately puts,
 * for example, last year's undistributed result (860 at the start of the year) under "Zysk (strata) z lat
 * ubiegłych" and this year's under "Zysk (strata) netto". Income statements use {@link #BALANCE} only: there
 * it is the turnover of the column's period.
 */
public enum Measure {
  /** The balance at the column's date (income statement: the net turnover of the column's period). */
  BALANCE,
  /** The balance at the start of the fiscal year containing the column's date (bilans otwarcia). */
  OPENING,
  /** The change from the start of the fiscal year to the column's date. */
  MOVEMENT
}
