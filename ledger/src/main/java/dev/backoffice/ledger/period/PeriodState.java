package dev.backoffice.ledger.period;

/** The state of an accounting period. */
public enum PeriodState {
  /** Accepts every entry. */
  OPEN,
  /** Accepts only adjusting entries (zapisy korygujące), e.g. while the month's reports are prepared. */
  SOFT_CLOSED,
  /** Accepts nothing (zamknięcie okresu); reopening needs a reason. */
  CLOSED
}
