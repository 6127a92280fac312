package dev.backoffice.ledger.budget;

/** The result of checking one budget line under one rule. */
public enum CheckOutcome {
  /** The change stays within the limit (budget plus tolerance), or does not increase consumption. */
  WITHIN_BUDGET,
  /** The change exceeds the limit under a {@link ControlAction#WARN} rule: it would pass with a warning. */
  WARNING,
  /** The change exceeds the limit under a {@link ControlAction#STOP} rule: it would be rejected. */
  STOP,
  /** The line is not controlled for this change (draft budget, no rule for the target, or an IGNORE rule). */
  NOT_CONTROLLED
}
