package dev.backoffice.reporting.common;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;

/**
 * A range of dates a report column covers, both ends included, with the label the column shows: a month
 * ({@code "2025-01"}), a quarter ({@code "2025-Q1"}), a year ({@code "2025"}) or any range.
 *
 * <pre>{@code
 * ReportPeriod.monthsOf(FiscalYear.calendar(2025));   // twelve columns, 2025-01 … 2025-12
 * ReportPeriod.quartersOf(FiscalYear.calendar(2025)); // 2025-Q1 … 2025-Q4
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class ReportPeriod {
  /** The first day. */
  @Value.Parameter
  public abstract LocalDate from();

  /** The last day (inclusive). */
  @Value.Parameter
  public abstract LocalDate to();

  /** The column label. */
  @Value.Parameter
  public abstract String label();

  /**
   * A range with an explicit label.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param label the column label, not blank
   * @return the period
   * @throws dev.backoffice.core.error.ValidationException if {@code to} is before {@code from} or the label blank
   */
  public static ReportPeriod of(LocalDate from, LocalDate to, String label) {
    return ImmutableReportPeriod.of(from, to, label);
  }

  /**
   * A range labelled by what it is: {@code "2025-01"} for a whole month, {@code "2025"} for a whole calendar
   * year, else {@code "2025-01-01..2025-03-31"}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the period
   */
  public static ReportPeriod of(LocalDate from, LocalDate to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return of(from, to, defaultLabel(from, to));
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return the period, labelled {@code "2025-01"}
   */
  public static ReportPeriod month(YearMonth month) {
    Checks.notNull(month, "month");
    return of(month.atDay(1), month.atEndOfMonth(), month.toString());
  }

  /**
   * The months (accounting periods) of a fiscal year, one period each.
   *
   * @param year the fiscal year
   * @return its monthly periods, labelled by month
   */
  public static ImmutableList<ReportPeriod> monthsOf(FiscalYear year) {
    Checks.notNull(year, "year");
    ImmutableList.Builder<ReportPeriod> out = ImmutableList.builder();
    for (AccountingPeriod p : year.periods()) {
      out.add(of(p.start(), p.end(), YearMonth.from(p.start()).toString()));
    }
    return out.build();
  }

  /**
   * The quarters of a fiscal year: its monthly periods in threes (a last, shorter quarter for a year whose
   * length is not a multiple of three months), labelled {@code "<year id>-Q1"} ….
   *
   * @param year the fiscal year
   * @return the quarters
   */
  public static ImmutableList<ReportPeriod> quartersOf(FiscalYear year) {
    Checks.notNull(year, "year");
    List<AccountingPeriod> months = year.periods();
    ImmutableList.Builder<ReportPeriod> out = ImmutableList.builder();
    for (int i = 0, q = 1; i < months.size(); i += 3, q++) {
      AccountingPeriod last = months.get(Math.min(i + 2, months.size() - 1));
      out.add(of(months.get(i).start(), last.end(), year.id() + "-Q" + q));
    }
    return out.build();
  }

  /**
   * The whole fiscal year.
   *
   * @param year the fiscal year
   * @return the period labelled with the year's id
   */
  public static ReportPeriod yearOf(FiscalYear year) {
    Checks.notNull(year, "year");
    return of(year.start(), year.end(), year.id());
  }

  /**
   * The same range one year earlier, for a comparative column: a range ending on the last day of a month
   * ends on the last day of that month a year before (so February 29 and 28 map onto each other).
   *
   * @return the earlier period, labelled by what it is
   */
  public ReportPeriod previousYear() {
    LocalDate f = from().minusYears(1);
    LocalDate t = to().minusYears(1);
    if (to().equals(YearMonth.from(to()).atEndOfMonth())) {
      t = YearMonth.from(t).atEndOfMonth();
    }
    return of(f, t);
  }

  /**
   * True when the date lies in the range.
   *
   * @param date the date
   * @return whether it is between from and to, inclusive
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  private static String defaultLabel(LocalDate from, LocalDate to) {
    YearMonth m = YearMonth.from(from);
    if (from.equals(m.atDay(1)) && to.equals(m.atEndOfMonth())) {
      return m.toString();
    }
    if (from.getDayOfYear() == 1 && to.getYear() == from.getYear() && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
      return String.valueOf(from.getYear());
    }
    return from + ".." + to;
  }

  @Value.Check
  void check() {
    Checks.check(!to().isBefore(from()), "report period", "to", to(), "must not be before from " + from());
    Checks.check(!label().isBlank(), "report period", "label", label(), "must not be blank");
  }

  @Override
  public String toString() {
    return label();
  }
}
