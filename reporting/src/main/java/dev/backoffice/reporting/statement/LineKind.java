package dev.backoffice.reporting.statement;

/** How a statement line gets its amount. */
public enum LineKind {
  /** The sum of its child lines, except the "of which" ones. */
  SUM,
  /** Accounts are mapped to it. */
  LEAF,
  /** A "w tym" (of which) line: accounts are mapped to it, but it is part of its parent, not added to it. */
  OF_WHICH,
  /** A formula of other lines ({@code C = A − B}). */
  FORMULA
}
