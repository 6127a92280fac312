package dev.backoffice.ledger.settlement;

/**
 * A band of days past the due date (przedział wiekowania): not yet due, 1–30, 31–60, 61–90, 91–180 and over 180
 * days overdue.
 */
public enum AgingBucket {
  /** Due today or later. */
  NOT_DUE("not-due", Integer.MIN_VALUE, 0),
  /** 1 to 30 days overdue. */
  DAYS_1_30("1-30", 1, 30),
  /** 31 to 60 days overdue. */
  DAYS_31_60("31-60", 31, 60),
  /** 61 to 90 days overdue. */
  DAYS_61_90("61-90", 61, 90),
  /** 91 to 180 days overdue. */
  DAYS_91_180("91-180", 91, 180),
  /** More than 180 days overdue. */
  OVER_180(">180", 181, Integer.MAX_VALUE);

  private final String label;
  private final int first;
  private final int last;

  AgingBucket(String label, int first, int last) {
    this.label = label;
    this.first = first;
    this.last = last;
  }

  /** The label used in reports and the CSV ({@code not-due}, {@code 1-30}, …, {@code >180}). */
  public String label() {
    return label;
  }

  /**
   * The bucket of a number of days past due.
   *
   * @param daysOverdue days after the due date (zero or negative: not due)
   * @return the bucket
   */
  public static AgingBucket of(long daysOverdue) {
    for (AgingBucket b : values()) {
      if (daysOverdue >= b.first && daysOverdue <= b.last) {
        return b;
      }
    }
    return OVER_180;
  }
}
