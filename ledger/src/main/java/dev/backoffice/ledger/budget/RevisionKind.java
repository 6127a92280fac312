package dev.backoffice.ledger.budget;

/** What a {@link BudgetRevision} did. */
public enum RevisionKind {
  /** Budget added to a line and period (zwiększenie). */
  SUPPLEMENT,
  /** Budget taken from a line and period (zmniejszenie). */
  REDUCTION,
  /** Budget moved from one line or period of a budget to another (przeniesienie); the total is unchanged. */
  TRANSFER,
  /** Unused budget moved from a line of one fiscal year's budget to the same line of the next year's. */
  CARRY_FORWARD
}
