package dev.backoffice.ledger.budget;

/**
 * The kind of change a {@link ControlRule} checks, so that commitments and actual postings can be
 * controlled differently (e.g. stop purchase orders at 100 %, only warn on invoices).
 */
public enum ControlTarget {
  /** Actual postings: {@code Ledger.post} and the commit of a reservation. */
  ACTUALS,
  /** Commitments: {@code Ledger.reserve} (pending entries) and {@link BudgetControl#commit} (orders, contracts). */
  COMMITMENTS
}
