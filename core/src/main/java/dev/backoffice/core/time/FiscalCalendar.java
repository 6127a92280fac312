package dev.backoffice.core.time;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answers "which fiscal year and period is this date in". A calendar is a run of contiguous fiscal years,
 * given explicitly (e.g. a long first year) and continued after the last one by regular twelve-month
 * years. Immutable and thread-safe.
 *
 * <pre>{@code
 * FiscalCalendar cal = FiscalCalendar.calendarYears();                    // January–December
 * FiscalCalendar jul = FiscalCalendar.startingIn(Month.JULY);             // July–June
 * FiscalCalendar first = FiscalCalendar.of(FiscalYear.of(                 // a long first year
 *     LocalDate.of(2024, 7, 15), LocalDate.of(2025, 12, 31)));            // then calendar years
 * }</pre>
 */
public final class FiscalCalendar {
  private final ImmutableList<FiscalYear> explicit;
  private final @Nullable Month regularStart;

  private FiscalCalendar(ImmutableList<FiscalYear> explicit, @Nullable Month regularStart) {
    this.explicit = explicit;
    this.regularStart = regularStart;
  }

  /**
   * Fiscal years equal to calendar years, for any date.
   *
   * @return the calendar
   */
  public static FiscalCalendar calendarYears() {
    return new FiscalCalendar(ImmutableList.of(), Month.JANUARY);
  }

  /**
   * Twelve-month fiscal years starting every year in the given month, for any date.
   *
   * @param firstMonth the first month of every fiscal year
   * @return the calendar
   */
  public static FiscalCalendar startingIn(Month firstMonth) {
    return new FiscalCalendar(ImmutableList.of(), Checks.notNull(firstMonth, "firstMonth"));
  }

  /**
   * Explicit fiscal years, contiguous and in order, followed by regular twelve-month years. Dates before the
   * first year belong to no fiscal year.
   *
   * @param first the first fiscal year
   * @param more the following years, each starting the day after the previous ends
   * @return the calendar
   * @throws ValidationException if the years are not contiguous
   */
  public static FiscalCalendar of(FiscalYear first, FiscalYear... more) {
    List<FiscalYear> all = new ArrayList<>();
    all.add(Checks.notNull(first, "first"));
    for (FiscalYear y : more) {
      FiscalYear prev = all.get(all.size() - 1);
      Checks.check(y.start().equals(prev.end().plusDays(1)), "fiscal calendar", "years", y.id(),
          "must start the day after " + prev.id() + " ends");
      all.add(y);
    }
    FiscalYear last = all.get(all.size() - 1);
    return new FiscalCalendar(ImmutableList.copyOf(all), last.end().plusDays(1).getMonth());
  }

  /**
   * The fiscal year containing a date.
   *
   * @param date the date
   * @return its fiscal year
   * @throws NotFoundException if the date is before the first explicit fiscal year
   */
  public FiscalYear yearOf(LocalDate date) {
    Checks.notNull(date, "date");
    for (FiscalYear y : explicit) {
      if (y.contains(date)) {
        return y;
      }
    }
    if (!explicit.isEmpty() && date.isBefore(explicit.get(0).start())) {
      throw new NotFoundException("fiscal year", date.toString(),
          "date " + date + " is before the first fiscal year " + explicit.get(0).id());
    }
    Month startMonth = regularStart == null ? Month.JANUARY : regularStart;
    YearMonth ym = YearMonth.from(date);
    YearMonth first = YearMonth.of(ym.getMonthValue() >= startMonth.getValue() ? ym.getYear() : ym.getYear() - 1, startMonth);
    return FiscalYear.ofTwelveMonths(first);
  }

  /**
   * The accounting period containing a date.
   *
   * @param date the date
   * @return its period
   */
  public AccountingPeriod periodOf(LocalDate date) {
    return yearOf(date).periodOf(date);
  }

  /** The explicitly given fiscal years (empty for a regular calendar). */
  public ImmutableList<FiscalYear> explicitYears() {
    return explicit;
  }
}
