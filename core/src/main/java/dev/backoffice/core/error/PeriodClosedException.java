package dev.backoffice.core.error;

import java.time.LocalDate;

/**
 * A posting or change falls in an accounting period that does not accept it: closed periods accept
 * nothing, soft-closed periods only privileged adjusting entries.
 */
public class PeriodClosedException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String periodId;
  private final String periodState;
  private final LocalDate date;

  /**
   * Creates the failure.
   *
   * @param subject what was rejected ({@code "entry E-1"})
   * @param periodId the period's identifier ({@code "2025-01"})
   * @param periodState the period's state ({@code "CLOSED"}, {@code "SOFT_CLOSED"})
   * @param date the date that falls into the period
   */
  public PeriodClosedException(String subject, String periodId, String periodState, LocalDate date) {
    super(subject + ": date " + date + " falls in period " + periodId + " which is " + periodState);
    this.subject = subject;
    this.periodId = periodId;
    this.periodState = periodState;
    this.date = date;
  }

  /** What was rejected. */
  public String subject() {
    return subject;
  }

  /** The identifier of the period that refused the date. */
  public String periodId() {
    return periodId;
  }

  /** The state of that period when the request was refused. */
  public String periodState() {
    return periodState;
  }

  /** The date that falls into the period. */
  public LocalDate date() {
    return date;
  }
}
