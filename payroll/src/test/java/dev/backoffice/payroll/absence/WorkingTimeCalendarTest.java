package dev.backoffice.payroll.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Holidays and working time checked against dates and counts written out by hand from the statutes. */
class WorkingTimeCalendarTest {
  private final WorkingTimeCalendar cal = WorkingTimeCalendar.polish();

  @Test
  void easterDatesOfKnownYears() {
    assertThat(WorkingTimeCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(WorkingTimeCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(WorkingTimeCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
  }

  @Test
  void holidaysOf2025IncludeChristmasEveButNot2024() {
    // art. 1 pkt 1 ustawy o dniach wolnych od pracy; 24 December from 2025
    assertThat(cal.holidays(2025)).hasSize(14).contains(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 6, 8), LocalDate.of(2025, 6, 19));
    assertThat(cal.holidays(2024)).hasSize(13).doesNotContain(LocalDate.of(2024, 12, 24)).contains(LocalDate.of(2024, 5, 30));
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 12, 23))).isTrue();
  }

  @Test
  void workingDaysOfMonths() {
    // March 2025: 1st is a Saturday, 21 Mondays-to-Fridays, no holiday → 21 days, 168 h
    assertThat(cal.workingDays(YearMonth.of(2025, 3))).isEqualTo(21);
    assertThat(cal.workingHours(YearMonth.of(2025, 3), BigDecimal.ONE)).isEqualByComparingTo("168");
    // May 2025: 22 weekdays less 1 May (Thursday) and 3 May (Saturday: lowers the time too, art. 130 § 2) → 20
    assertThat(cal.workingDays(YearMonth.of(2025, 5))).isEqualTo(20);
    // December 2025: 23 weekdays less 24, 25, 26 December → 20; half time 80 h
    assertThat(cal.workingHours(YearMonth.of(2025, 12), new BigDecimal("0.5"))).isEqualByComparingTo("80");
  }

  @Test
  void hoursOfALeave() {
    // 22–31 December 2025: 22, 23, 29, 30, 31 are working days (24–26 holidays) → 5 × 8 = 40 h; half time 20 h
    assertThat(cal.workingHours(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31), BigDecimal.ONE)).isEqualByComparingTo("40");
    assertThat(cal.workingHours(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31), new BigDecimal("0.5"))).isEqualByComparingTo("20");
  }

  @Test
  void leaveCoefficientsOf2024To2026() {
    // 2025: 261 weekdays − 12 holidays on days other than Sunday (incl. 3 May and 1 Nov on Saturdays, 24 Dec) = 249
    // → 249 / 12 = 20.75; 2024: 262 weekdays − 11 = 251 → 20.92; 2026: 261 − 10 = 251 → 20.92
    assertThat(cal.workingDays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(249);
    assertThat(cal.leaveCoefficient(2025, BigDecimal.ONE)).isEqualByComparingTo("20.75");
    assertThat(cal.leaveCoefficient(2024, BigDecimal.ONE)).isEqualByComparingTo("20.92");
    assertThat(cal.leaveCoefficient(2026, BigDecimal.ONE)).isEqualByComparingTo("20.92");
    // half time, § 19 ust. 2: 249 × 0.5 / 12 = 10.375 → 10.38
    assertThat(cal.leaveCoefficient(2025, new BigDecimal("0.5"))).isEqualByComparingTo("10.38");
  }

  @Test
  void rejectsBadFractionsAndYears() {
    assertThatThrownBy(() -> cal.workingHours(YearMonth.of(2025, 1), new BigDecimal("1.5")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("fte");
    assertThatThrownBy(() -> cal.holidays(2005)).isInstanceOf(ValidationException.class).hasMessageContaining("year");
    assertThatThrownBy(() -> cal.workingDays(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("to");
  }
}
