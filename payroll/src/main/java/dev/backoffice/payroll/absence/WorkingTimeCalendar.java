package dev.backoffice.payroll.absence;

import com.google.common.collect.ImmutableSortedSet;
import dev.backoffice.core.error.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The Polish working-time calendar: public holidays (dni ustawowo wolne od pracy) and the working time of a
 * period (wymiar czasu pracy) for the basic system of 8 hours a day and 40 hours in an average five-day week.
 *
 * <ul>
 *   <li>Holidays: art. 1 pkt 1 ustawy z 18 stycznia 1951 r. o dniach wolnych od pracy — 1 and 6 January,
 *       Easter Sunday and Monday, 1 and 3 May, Pentecost Sunday, Corpus Christi, 15 August, 1 and 11 November,
 *       24 December (from 2025, ustawa z 6 grudnia 2024 r.), 25 and 26 December.
 *   <li>Working time: art. 130 § 1–2 Kodeksu pracy — 8 hours for each Monday to Friday of the period, less 8
 *       hours for each holiday that falls on a day other than Sunday (also on a Saturday).
 *   <li>The coefficient of the equivalent for unused leave: § 19 rozporządzenia MPiPS z 8 stycznia 1997 r.
 *       (Dz.U. 1997 nr 2 poz. 14) — the days of the year less Sundays, holidays and the free days of the
 *       five-day week, divided by 12; that is the year's working time in days divided by 12.
 * </ul>
 *
 * <p>Stateless and thread-safe. Years before 2011 (when 6 January became a holiday) are rejected.
 */
public final class WorkingTimeCalendar {
  /** The first year this calendar knows. */
  public static final int FIRST_YEAR = 2011;
  private static final WorkingTimeCalendar POLISH = new WorkingTimeCalendar();
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  /** The source of the holiday list. */
  public static final String HOLIDAY_SOURCE = "art. 1 pkt 1 ustawy z 18 stycznia 1951 r. o dniach wolnych od pracy"
      + " (Wigilia od 2025 r.: ustawa z 6 grudnia 2024 r.)";
  /** The source of the working time of a period. */
  public static final String WORKING_TIME_SOURCE = "art. 130 § 1 i 2 Kodeksu pracy: 8 godzin za każdy dzień od poniedziałku"
      + " do piątku, mniej 8 godzin za każde święto przypadające w innym dniu niż niedziela";

  private WorkingTimeCalendar() {}

  /**
   * The Polish calendar.
   *
   * @return the calendar (shared, immutable)
   */
  public static WorkingTimeCalendar polish() {
    return POLISH;
  }

  /**
   * The public holidays of a year, in date order.
   *
   * @param year the year, {@value #FIRST_YEAR} or later
   * @return the holidays
   * @throws dev.backoffice.core.error.ValidationException for a year before {@value #FIRST_YEAR}
   */
  public ImmutableSortedSet<LocalDate> holidays(int year) {
    checkYear(year);
    LocalDate easter = easterSunday(year);
    ImmutableSortedSet.Builder<LocalDate> b = ImmutableSortedSet.naturalOrder();
    b.add(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.JANUARY, 6), easter, easter.plusDays(1),
        LocalDate.of(year, Month.MAY, 1), LocalDate.of(year, Month.MAY, 3), easter.plusDays(49), easter.plusDays(60),
        LocalDate.of(year, Month.AUGUST, 15), LocalDate.of(year, Month.NOVEMBER, 1), LocalDate.of(year, Month.NOVEMBER, 11),
        LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26));
    if (year >= 2025) {
      b.add(LocalDate.of(year, Month.DECEMBER, 24));
    }
    return b.build();
  }

  /**
   * Whether a day is a public holiday.
   *
   * @param day the day
   * @return true on a holiday
   */
  public boolean isHoliday(LocalDate day) {
    return holidays(day.getYear()).contains(day);
  }

  /**
   * Whether a day is a working day of the basic system: Monday to Friday and not a holiday.
   *
   * @param day the day
   * @return true on a working day
   */
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /**
   * The full-time working time of a period in days (art. 130 § 1–2 KP): Mondays to Fridays less the holidays
   * on days other than Sunday. A holiday on a Saturday lowers it too (the employer gives another day off).
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the working days
   */
  public int workingDays(LocalDate from, LocalDate to) {
    Checks.check(!to.isBefore(from), "to", to, "must not be before from (" + from + ")");
    checkYear(from.getYear());
    checkYear(to.getYear());
    int days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      DayOfWeek w = d.getDayOfWeek();
      if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      for (LocalDate h : holidays(y)) {
        if (!h.isBefore(from) && !h.isAfter(to) && h.getDayOfWeek() != DayOfWeek.SUNDAY) {
          days--;
        }
      }
    }
    return days;
  }

  /**
   * The full-time working days of a month.
   *
   * @param month the month
   * @return the working days
   */
  public int workingDays(YearMonth month) {
    return workingDays(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * The working hours of a month for a working-time fraction (etat): 8 × working days × fraction.
   *
   * @param month the month
   * @param fte the working-time fraction, above 0 and at most 1 (1 = full time)
   * @return the hours, exact
   */
  public BigDecimal workingHours(YearMonth month, BigDecimal fte) {
    checkFte(fte);
    return HOURS_PER_DAY.multiply(BigDecimal.valueOf(workingDays(month))).multiply(fte).stripTrailingZeros();
  }

  /**
   * The working hours of a period for a working-time fraction, e.g. the hours of a leave from its first to its
   * last day: 8 × working days × fraction.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param fte the working-time fraction, above 0 and at most 1
   * @return the hours, exact
   */
  public BigDecimal workingHours(LocalDate from, LocalDate to, BigDecimal fte) {
    checkFte(fte);
    return HOURS_PER_DAY.multiply(BigDecimal.valueOf(workingDays(from, to))).multiply(fte).stripTrailingZeros();
  }

  /**
   * The coefficient that turns a monthly base into the equivalent for one day of unused leave (współczynnik
   * urlopowy, § 19 rozporządzenia z 8 stycznia 1997 r.): the year's working days divided by 12, reduced in
   * proportion to the working-time fraction, rounded to two decimals half up (2025: 249 / 12 = 20.75 — 24
   * December became a holiday; 2024 and 2026: 251 / 12 = 20.92).
   *
   * @param year the year
   * @param fte the working-time fraction, above 0 and at most 1
   * @return the coefficient
   */
  public BigDecimal leaveCoefficient(int year, BigDecimal fte) {
    checkFte(fte);
    int days = workingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    return BigDecimal.valueOf(days).multiply(fte).divide(TWELVE, 2, RoundingMode.HALF_UP);
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static void checkYear(int year) {
    Checks.check(year >= FIRST_YEAR && year <= 9999, "year", year, "must be " + FIRST_YEAR + " to 9999 (the calendar knows"
        + " the holidays since 6 January became one)");
  }

  static void checkFte(BigDecimal fte) {
    Checks.notNull(fte, "fte");
    Checks.check(fte.signum() > 0 && fte.compareTo(BigDecimal.ONE) <= 0, "fte", fte.toPlainString(),
        "must be above 0 and at most 1 (a working-time fraction such as 0.5)");
  }

  /** {@code "WorkingTimeCalendar[PL]"}. */
  @Override
  public String toString() {
    return "WorkingTimeCalendar[PL]";
  }
}
