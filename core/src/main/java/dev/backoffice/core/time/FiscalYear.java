package dev.backoffice.core.time;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal year (rok obrotowy, art. 3 ust. 1 pkt 9 ustawy o rachunkowości): the calendar year or another
 * run of twelve consecutive full months. The first year of a business (or the one after a change of fiscal
 * year) may be shorter or longer, but never over 24 months. The year is split into monthly
 * {@link AccountingPeriod}s, the first and last clipped to the year's bounds.
 *
 * <p>Its {@link #id()} is {@code "2025"} when it is a calendar year and {@code "2024-07-01..2025-06-30"}
 * otherwise.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Serializable {
  private static final long serialVersionUID = 1L;
  /** The longest fiscal year the library accepts, in months. */
  public static final int MAX_MONTHS = 24;

  private final LocalDate start;
  private final LocalDate end;
  private final ImmutableList<AccountingPeriod> periods;

  private FiscalYear(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
    ImmutableList.Builder<AccountingPeriod> b = ImmutableList.builder();
    for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
      LocalDate s = m.atDay(1).isBefore(start) ? start : m.atDay(1);
      LocalDate e = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
      b.add(AccountingPeriod.of(s, e));
    }
    this.periods = b.build();
  }

  /**
   * The calendar year as a fiscal year.
   *
   * @param year the year
   * @return January 1 to December 31
   */
  public static FiscalYear calendar(int year) {
    return new FiscalYear(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Twelve full months starting with the given month.
   *
   * @param firstMonth the first month
   * @return the fiscal year
   */
  public static FiscalYear ofTwelveMonths(YearMonth firstMonth) {
    Checks.notNull(firstMonth, "firstMonth");
    return new FiscalYear(firstMonth.atDay(1), firstMonth.plusMonths(11).atEndOfMonth());
  }

  /**
   * A fiscal year of arbitrary bounds: a shortened or lengthened first year.
   *
   * @param start the first day
   * @param endInclusive the last day: the last day of a month, at most 24 months after the start's month
   * @return the fiscal year
   * @throws ValidationException if the end is before the start, not a month end, or too far
   */
  public static FiscalYear of(LocalDate start, LocalDate endInclusive) {
    Checks.notNull(start, "start");
    Checks.notNull(endInclusive, "end");
    Checks.check(!endInclusive.isBefore(start), "fiscal year", "end", endInclusive, "must not be before start " + start);
    Checks.check(endInclusive.equals(YearMonth.from(endInclusive).atEndOfMonth()), "fiscal year", "end", endInclusive,
        "must be the last day of a month");
    long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(endInclusive)) + 1;
    Checks.check(months <= MAX_MONTHS, "fiscal year", "end", endInclusive,
        "must be at most " + MAX_MONTHS + " months after start " + start + " (is " + months + ")");
    return new FiscalYear(start, endInclusive);
  }

  /** The first day. */
  public LocalDate start() {
    return start;
  }

  /** The last day (inclusive). */
  public LocalDate end() {
    return end;
  }

  /** {@code "2025"} for a calendar year, {@code "start..end"} otherwise. */
  public String id() {
    return isCalendarYear() ? String.valueOf(start.getYear()) : start + ".." + end;
  }

  /** True when the year runs January 1 to December 31. */
  public boolean isCalendarYear() {
    return start.getMonthValue() == 1 && start.getDayOfMonth() == 1 && end.equals(start.withMonth(12).withDayOfMonth(31));
  }

  /** True when the year is twelve full months (not a shortened or lengthened year). */
  public boolean isRegular() {
    return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).plusMonths(11).atEndOfMonth());
  }

  /** The monthly periods of the year, in order; the first and last may be partial months. */
  public ImmutableList<AccountingPeriod> periods() {
    return periods;
  }

  /**
   * True when the date lies in the year.
   *
   * @param date the date
   * @return whether the year contains it
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * The period containing a date.
   *
   * @param date a date in this year
   * @return its period
   * @throws NotFoundException if the date is outside the year
   */
  public AccountingPeriod periodOf(LocalDate date) {
    Checks.notNull(date, "date");
    if (!contains(date)) {
      throw new NotFoundException("accounting period", date.toString(), "date " + date + " is outside fiscal year " + id());
    }
    int idx = (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
    return periods.get(idx);
  }

  /** The twelve-month fiscal year that follows this one. */
  public FiscalYear next() {
    return ofTwelveMonths(YearMonth.from(end).plusMonths(1));
  }

  @Override
  public int compareTo(FiscalYear o) {
    return start.compareTo(o.start);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FiscalYear && ((FiscalYear) o).start.equals(start) && ((FiscalYear) o).end.equals(end);
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
