package dev.backoffice.payroll.absence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.testkit.PayrollArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.Money;

/** Invariants of the absence rules over generated months, rates, absences and sick days. */
class AbsenceProperties {
  private final WorkingTimeCalendar cal = WorkingTimeCalendar.polish();

  @Provide
  Arbitrary<Money> rates() {
    return PayrollArbitraries.amounts("0.00", "50000.00");
  }

  /**
   * The deduction is never negative nor above the rate; illness alone under 30 days and short of the whole month is
   * exactly rate × days / 30, and a whole month of illness takes the whole rate (a 28-day February included).
   */
  @Property(tries = 300)
  void deductionStaysWithinTheRate(@ForAll("rates") Money rate, @ForAll @IntRange(min = 2024, max = 2026) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int sickFrom,
      @ForAll @IntRange(min = 0, max = 30) int sickLength, @ForAll @IntRange(min = 0, max = 31) int unpaidDays) {
    YearMonth ym = YearMonth.of(year, month);
    int len = ym.lengthOfMonth();
    int from = Math.min(sickFrom, len);
    int to = Math.min(from + sickLength, len);
    ImmutableMonthAbsence.Builder b = MonthAbsence.builder().month(ym).monthlyRate(rate)
        .addPeriods(AbsencePeriod.of(ym.atDay(from), ym.atDay(to), AbsenceKind.SICKNESS));
    boolean unpaid = unpaidDays > 0 && to < len;
    if (unpaid) {
      b.addPeriods(AbsencePeriod.of(ym.atDay(to + 1), ym.atDay(Math.min(len, to + unpaidDays)), AbsenceKind.UNPAID));
    }
    AbsenceDeduction d = AbsenceDeduction.of(b.build(), cal);
    assertThat(d.total().isNegative()).isFalse();
    assertThat(d.total().isGreaterThan(rate)).isFalse();
    int sick = to - from + 1;
    assertThat(d.sickDays()).isEqualTo(sick);
    if (!unpaid && sick < 30 && sick < len) { // a whole month of illness (February's 28 days too) takes the whole rate
      assertThat(d.total()).isEqualTo(Monies.of(Monies.PLN,
          rate.getAmount().multiply(BigDecimal.valueOf(sick)).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP)));
    }
    if (sick == len) {
      assertThat(d.total()).isEqualTo(rate);
    }
  }

  /** Days split between employer and ZUS add up, the employer never pays beyond the year's limit, and the days carry on. */
  @Property(tries = 300)
  void sickDaysSplitWithinTheYearlyLimit(@ForAll @IntRange(min = 1, max = 31) int days, @ForAll @IntRange(min = 0, max = 60) int used,
      @ForAll @IntRange(min = 1950, max = 2005) int born, @ForAll @IntRange(min = 2024, max = 2026) int year) {
    SicknessBase base = SicknessBase.of(Collections.nCopies(12, Monies.of("PLN", "5000.00")), Rate.ofPercent("13.71"));
    SickLeave s = SickLeave.of(SickDays.builder().year(year).days(days).daysUsedBefore(used).base(base)
        .birthDate(LocalDate.of(born, 7, 1)).build());
    int limit = year > born + 50 ? 14 : 33;
    assertThat(s.employerDays() + s.benefitDays()).isEqualTo(days);
    assertThat(used + s.employerDays()).isLessThanOrEqualTo(Math.max(limit, used));
    assertThat(s.benefitDays() == 0 || used + s.employerDays() >= limit).isTrue();
    assertThat(s.daysUsedAfter()).isEqualTo(used + days);
  }
}
