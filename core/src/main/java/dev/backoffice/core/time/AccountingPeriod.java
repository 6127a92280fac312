package dev.backoffice.core.time;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * An accounting period (okres sprawozdawczy): a closed range of days, by default a calendar month, in
 * which entries are booked and which is opened and closed as a unit. Its {@link #id()} is
 * {@code "2025-01"} for a month and {@code "2025-01-01..2025-03-31"} otherwise.
 *
 * <p>Periods are ordered by start date.
 */
public final class AccountingPeriod implements Comparable<AccountingPeriod>, Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate start;
  private final LocalDate end;

  private AccountingPeriod(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The period of one calendar month.
   *
   * @param month the month
   * @return the period from its first to its last day
   */
  public static AccountingPeriod ofMonth(YearMonth month) {
    Checks.notNull(month, "month");
    return new AccountingPeriod(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * The calendar month containing a date.
   *
   * @param date any day of the month
   * @return the month's period
   */
  public static AccountingPeriod monthOf(LocalDate date) {
    return ofMonth(YearMonth.from(Checks.notNull(date, "date")));
  }

  /**
   * A period of arbitrary days (a quarter, a shortened first month).
   *
   * @param start the first day
   * @param endInclusive the last day, not before the first
   * @return the period
   * @throws ValidationException if the end is before the start
   */
  public static AccountingPeriod of(LocalDate start, LocalDate endInclusive) {
    Checks.notNull(start, "start");
    Checks.notNull(endInclusive, "end");
    Checks.check(!endInclusive.isBefore(start), "end", endInclusive, "must not be before start " + start);
    return new AccountingPeriod(start, endInclusive);
  }

  /**
   * Parses an {@link #id()}: {@code "2025-01"} or {@code "2025-01-01..2025-03-31"}.
   *
   * @param id the identifier
   * @return the period
   */
  public static AccountingPeriod parse(String id) {
    Checks.notNull(id, "period");
    try {
      int dots = id.indexOf("..");
      if (dots > 0) {
        return of(LocalDate.parse(id.substring(0, dots)), LocalDate.parse(id.substring(dots + 2)));
      }
      return ofMonth(YearMonth.parse(id));
    } catch (java.time.format.DateTimeParseException e) {
      throw new ValidationException("period", id, "must be YYYY-MM or YYYY-MM-DD..YYYY-MM-DD");
    }
  }

  /** The first day. */
  public LocalDate start() {
    return start;
  }

  /** The last day (inclusive). */
  public LocalDate end() {
    return end;
  }

  /** True when the period is exactly one calendar month. */
  public boolean isMonth() {
    return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
  }

  /** {@code "2025-01"} for a month, {@code "start..end"} otherwise. */
  public String id() {
    return isMonth() ? YearMonth.from(start).toString() : start + ".." + end;
  }

  /** The number of days in the period. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * True when the date lies in the period (both ends included).
   *
   * @param date the date
   * @return whether the period contains it
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * The month period that follows this one when this is a month; the period of equal length otherwise.
   *
   * @return the next period
   */
  public AccountingPeriod next() {
    if (isMonth()) {
      return ofMonth(YearMonth.from(start).plusMonths(1));
    }
    return of(end.plusDays(1), end.plusDays(lengthInDays()));
  }

  @Override
  public int compareTo(AccountingPeriod o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AccountingPeriod && ((AccountingPeriod) o).start.equals(start)
        && ((AccountingPeriod) o).end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /** The {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
