package dev.backoffice.ledger.budget;

/**
 * Where a budget stands in its life cycle. Only an approved budget (first {@link #APPROVED}, then
 * {@link #REVISED} once a revision has changed it) controls postings; a {@link #DRAFT} is tracked for
 * reporting only.
 */
public enum BudgetVersion {
  /** Being prepared: its figures are reported against actuals but nothing is checked against it. */
  DRAFT,
  /** Approved as planned: it controls postings. */
  APPROVED,
  /** Approved and since changed by at least one {@link BudgetRevision}: it controls postings. */
  REVISED;

  /** True for the versions that control postings ({@link #APPROVED} and {@link #REVISED}). */
  public boolean controls() {
    return this != DRAFT;
  }
}
