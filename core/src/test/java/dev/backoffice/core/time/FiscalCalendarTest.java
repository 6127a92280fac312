package dev.backoffice.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

  @Test
  void calendarYearsPlaceEveryDateInItsCalendarYearAndMonth() {
    FiscalCalendar cal = FiscalCalendar.calendarYears();

    assertThat(cal.yearOf(LocalDate.of(2025, 3, 15))).isEqualTo(FiscalYear.calendar(2025));
    assertThat(cal.yearOf(LocalDate.of(2024, 12, 31))).isEqualTo(FiscalYear.calendar(2024));
    assertThat(cal.periodOf(LocalDate.of(2025, 3, 15))).isEqualTo(AccountingPeriod.ofMonth(YearMonth.of(2025, 3)));
    assertThat(cal.explicitYears()).isEmpty();
  }

  @Test
  void julyYearsRunJulyToJune() {
    FiscalCalendar jul = FiscalCalendar.startingIn(Month.JULY);

    assertThat(jul.yearOf(LocalDate.of(2025, 6, 30))).isEqualTo(FiscalYear.ofTwelveMonths(YearMonth.of(2024, 7)));
    assertThat(jul.yearOf(LocalDate.of(2025, 7, 1))).isEqualTo(FiscalYear.ofTwelveMonths(YearMonth.of(2025, 7)));
    assertThat(jul.yearOf(LocalDate.of(2025, 1, 1)).id()).isEqualTo("2024-07-01..2025-06-30");
    assertThat(jul.periodOf(LocalDate.of(2025, 1, 1)).id()).isEqualTo("2025-01");
  }

  @Test
  void anExplicitLongFirstYearIsFollowedByRegularYears() {
    FiscalYear first = FiscalYear.of(LocalDate.of(2024, 7, 15), LocalDate.of(2025, 12, 31));
    FiscalCalendar cal = FiscalCalendar.of(first);

    assertThat(cal.yearOf(LocalDate.of(2024, 7, 15))).isEqualTo(first);
    assertThat(cal.yearOf(LocalDate.of(2025, 12, 31))).isEqualTo(first);
    assertThat(cal.yearOf(LocalDate.of(2026, 5, 5))).isEqualTo(FiscalYear.calendar(2026));
    assertThat(cal.periodOf(LocalDate.of(2024, 7, 20)).id()).isEqualTo("2024-07-15..2024-07-31");
    assertThat(cal.explicitYears()).containsExactly(first);
  }

  @Test
  void explicitYearsMayChangeTheFiscalYearStart() {
    // a calendar-year company switches to July years: a six-month bridge year, then July–June
    FiscalCalendar cal = FiscalCalendar.of(
        FiscalYear.calendar(2024),
        FiscalYear.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));

    assertThat(cal.yearOf(LocalDate.of(2025, 3, 1)).id()).isEqualTo("2025-01-01..2025-06-30");
    assertThat(cal.yearOf(LocalDate.of(2025, 7, 1))).isEqualTo(FiscalYear.ofTwelveMonths(YearMonth.of(2025, 7)));
    assertThat(cal.yearOf(LocalDate.of(2027, 6, 30))).isEqualTo(FiscalYear.ofTwelveMonths(YearMonth.of(2026, 7)));
  }

  @Test
  void aDateBeforeTheFirstYearBelongsToNoYear() {
    FiscalCalendar cal = FiscalCalendar.of(FiscalYear.of(LocalDate.of(2024, 7, 15), LocalDate.of(2025, 12, 31)));

    assertThatThrownBy(() -> cal.yearOf(LocalDate.of(2024, 7, 14)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("fiscal year");
          assertThat(e.id()).isEqualTo("2024-07-14");
        })
        .hasMessage("date 2024-07-14 is before the first fiscal year 2024-07-15..2025-12-31");
    assertThatThrownBy(() -> cal.periodOf(LocalDate.of(2020, 1, 1))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void rejectsYearsWithAGapOrAnOverlap() {
    assertThatThrownBy(() -> FiscalCalendar.of(FiscalYear.calendar(2024), FiscalYear.calendar(2026)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("fiscal calendar");
          assertThat(e.field()).isEqualTo("years");
          assertThat(e.value()).hasValue("2026");
          assertThat(e.rule()).isEqualTo("must start the day after 2024 ends");
        });
    assertThatThrownBy(() -> FiscalCalendar.of(FiscalYear.calendar(2024), FiscalYear.calendar(2024)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> FiscalCalendar.startingIn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("firstMonth must not be null");
  }
}
