package dev.backoffice.ledger.budget;

/**
 * What happens when a change would take a budget line past its limit (ERPNext's Stop/Warn/Ignore, SAP's
 * error/warning availability-control messages, Oracle's absolute/advisory control).
 */
public enum ControlAction {
  /** Reject the whole entry or commitment with a {@link BudgetExceededException}; nothing is changed. */
  STOP,
  /** Accept it, and attach a {@link dev.backoffice.ledger.entry.PostingWarning} for the caller and listeners. */
  WARN,
  /** Accept it silently: the line is tracked and reported, not controlled. */
  IGNORE
}
