package dev.backoffice.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.CoreArbitraries;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every date has exactly one fiscal year and one period, and a year's periods tile it without gaps. */
class FiscalCalendarProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    return CoreArbitraries.dates();
  }

  @Property
  void everyDateFallsInARegularYearStartingInTheChosenMonth(@ForAll("dates") LocalDate date, @ForAll Month start) {
    FiscalCalendar cal = FiscalCalendar.startingIn(start);

    FiscalYear year = cal.yearOf(date);
    AccountingPeriod period = cal.periodOf(date);

    assertThat(year.contains(date)).isTrue();
    assertThat(year.isRegular()).isTrue();
    assertThat(year.start().getMonth()).isEqualTo(start);
    assertThat(period).isEqualTo(AccountingPeriod.monthOf(date));
    assertThat(year.periods()).contains(period);
  }

  @Property
  void aYearsPeriodsTileItInOrder(
      @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = FiscalYear.MAX_MONTHS) int months) {
    LocalDate end = YearMonth.from(start).plusMonths(months - 1L).atEndOfMonth();
    FiscalYear year = FiscalYear.of(start, end);

    List<AccountingPeriod> periods = year.periods();

    assertThat(periods).hasSize(months);
    assertThat(periods.get(0).start()).isEqualTo(start);
    assertThat(periods.get(months - 1).end()).isEqualTo(end);
    for (int i = 1; i < months; i++) {
      assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
      assertThat(periods.get(i).isMonth()).isTrue();
    }
  }

  @Property
  void theDatesPeriodContainsIt(
      @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = FiscalYear.MAX_MONTHS) int months,
      @ForAll @IntRange(min = 0, max = 800) int offset) {
    FiscalYear year = FiscalYear.of(start, YearMonth.from(start).plusMonths(months - 1L).atEndOfMonth());
    LocalDate date = start.plusDays(offset % year.periods().stream().mapToLong(AccountingPeriod::lengthInDays).sum());

    assertThat(year.periodOf(date).contains(date)).isTrue();
    assertThat(year.contains(date)).isTrue();
  }

  @Property
  void yearsAfterAnExplicitFirstYearFollowEachOtherWithoutGaps(
      @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = FiscalYear.MAX_MONTHS) int months,
      @ForAll @IntRange(min = 0, max = 2000) int daysAfter) {
    FiscalYear first = FiscalYear.of(start, YearMonth.from(start).plusMonths(months - 1L).atEndOfMonth());
    FiscalCalendar cal = FiscalCalendar.of(first);
    LocalDate date = start.plusDays(daysAfter);

    FiscalYear year = cal.yearOf(date);

    assertThat(year.contains(date)).isTrue();
    if (!year.equals(first)) {
      assertThat(year.isRegular()).isTrue();
      FiscalYear before = cal.yearOf(year.start().minusDays(1));
      assertThat(before.end().plusDays(1)).isEqualTo(year.start());
    }
  }
}
