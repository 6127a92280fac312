package dev.backoffice.ledger.budget;

/**
 * Which budget and consumption a rule compares.
 */
public enum ControlScope {
  /**
   * The whole fiscal year: annual budget against everything consumed in the year, whatever the period of
   * the posting.
   */
  ANNUAL,
  /**
   * Year to date, month by month (ERPNext "accumulated monthly"): for the period of the posting and every
   * later period of the year, the budget accumulated from the start of the year through that period
   * against what is consumed through it. Budget not used in earlier months stays available; budget of later
   * months is not.
   */
  MONTHLY_ACCUMULATED
}
