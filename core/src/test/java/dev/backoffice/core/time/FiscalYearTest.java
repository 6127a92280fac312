package dev.backoffice.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

  @Test
  void aCalendarYearHasTwelveMonthlyPeriods() {
    FiscalYear y2025 = FiscalYear.calendar(2025);

    assertThat(y2025.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(y2025.end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(y2025.id()).isEqualTo("2025");
    assertThat(y2025).hasToString("2025");
    assertThat(y2025.isCalendarYear()).isTrue();
    assertThat(y2025.isRegular()).isTrue();
    assertThat(y2025.periods()).hasSize(12).allMatch(AccountingPeriod::isMonth);
    assertThat(y2025.periods().get(1).id()).isEqualTo("2025-02");
    assertThat(y2025.periodOf(LocalDate.of(2025, 2, 14))).isEqualTo(AccountingPeriod.ofMonth(YearMonth.of(2025, 2)));
  }

  @Test
  void aJulyToJuneYearSpansTwoCalendarYears() {
    FiscalYear fy = FiscalYear.ofTwelveMonths(YearMonth.of(2024, 7));

    assertThat(fy.start()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(fy.end()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(fy.id()).isEqualTo("2024-07-01..2025-06-30");
    assertThat(fy.isCalendarYear()).isFalse();
    assertThat(fy.isRegular()).isTrue();
    assertThat(fy.periods()).extracting(AccountingPeriod::id)
        .containsExactly("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
    assertThat(fy.periodOf(LocalDate.of(2025, 3, 31)).id()).isEqualTo("2025-03");
    assertThat(fy.next()).isEqualTo(FiscalYear.ofTwelveMonths(YearMonth.of(2025, 7)));
  }

  @Test
  void aLongFirstYearStartsWithAClippedMonth() {
    // a company registered on 15 July 2024 may close its first books with those of 2025 (18 months)
    FiscalYear first = FiscalYear.of(LocalDate.of(2024, 7, 15), LocalDate.of(2025, 12, 31));

    assertThat(first.isRegular()).isFalse();
    assertThat(first.isCalendarYear()).isFalse();
    assertThat(first.id()).isEqualTo("2024-07-15..2025-12-31");
    assertThat(first.periods()).hasSize(18);
    assertThat(first.periods().get(0).id()).isEqualTo("2024-07-15..2024-07-31");
    assertThat(first.periods().get(17).id()).isEqualTo("2025-12");
    assertThat(first.periodOf(LocalDate.of(2024, 7, 20))).isEqualTo(first.periods().get(0));
    assertThat(first.periodOf(LocalDate.of(2024, 7, 15)).start()).isEqualTo(LocalDate.of(2024, 7, 15));
    assertThat(first.periodOf(LocalDate.of(2025, 12, 31)).id()).isEqualTo("2025-12");
    assertThat(first.next()).isEqualTo(FiscalYear.calendar(2026));
  }

  @Test
  void aShortYearIsAllowed() {
    FiscalYear shortYear = FiscalYear.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));

    assertThat(shortYear.periods()).extracting(AccountingPeriod::id).containsExactly("2025-10", "2025-11", "2025-12");
    assertThat(shortYear.isRegular()).isFalse();
  }

  @Test
  void aYearOfTwentyFourMonthsIsTheLongestAccepted() {
    FiscalYear longest = FiscalYear.of(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 12, 31));
    assertThat(longest.periods()).hasSize(FiscalYear.MAX_MONTHS);

    assertThatThrownBy(() -> FiscalYear.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 31)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("fiscal year");
          assertThat(e.field()).isEqualTo("end");
          assertThat(e.value()).hasValue("2026-01-31");
          assertThat(e.rule()).isEqualTo("must be at most 24 months after start 2024-01-01 (is 25)");
        })
        .hasMessage("fiscal year: end = '2026-01-31' is invalid: must be at most 24 months after start 2024-01-01 (is 25)");
  }

  @Test
  void rejectsAnEndThatIsNotAMonthEndOrBeforeTheStart() {
    assertThatThrownBy(() -> FiscalYear.of(LocalDate.of(2024, 7, 15), LocalDate.of(2025, 6, 15)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("end");
          assertThat(e.rule()).isEqualTo("must be the last day of a month");
        });
    assertThatThrownBy(() -> FiscalYear.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).startsWith("must not be before start"));
    assertThatThrownBy(() -> FiscalYear.of(null, LocalDate.of(2025, 6, 30)))
        .isInstanceOf(NullPointerException.class).hasMessage("start must not be null");
  }

  @Test
  void aDateOutsideTheYearHasNoPeriod() {
    assertThatThrownBy(() -> FiscalYear.calendar(2025).periodOf(LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("accounting period");
          assertThat(e.id()).isEqualTo("2026-01-01");
        })
        .hasMessage("date 2026-01-01 is outside fiscal year 2025");
  }

  @Test
  void yearsAreOrderedAndEqualByTheirBounds() {
    assertThat(FiscalYear.calendar(2024)).isLessThan(FiscalYear.calendar(2025));
    assertThat(FiscalYear.ofTwelveMonths(YearMonth.of(2025, 1))).isEqualTo(FiscalYear.calendar(2025))
        .hasSameHashCodeAs(FiscalYear.calendar(2025));
    assertThat(FiscalYear.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(FiscalYear.calendar(2025));
  }
}
