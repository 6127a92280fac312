package dev.backoffice.payroll.absence;

import static dev.backoffice.payroll.absence.AbsenceDeductionTest.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.SickPay;
import dev.backoffice.payroll.calc.SickPayKind;
import dev.backoffice.payroll.params.PayrollParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Sick pay and benefit: the base, the yearly limit, the percentages; figures derived by hand in the comments. */
class SickLeaveTest {
  /** 12 months of 6,000.00: each less 13.71 % = 822.60 → 5,177.40; the average is 5,177.40. */
  static final SicknessBase BASE = SicknessBase.of(Collections.nCopies(12, pln("6000.00")), Rate.ofPercent("13.71"));

  private static ImmutableSickDays.Builder days(int n) {
    return SickDays.builder().year(2025).days(n).base(BASE);
  }

  @Test
  void baseIsTheTwelveMonthAverageLessTheEmployeeSocialContributions() {
    assertThat(BASE.amount()).isEqualTo(pln("5177.40"));
    assertThat(BASE.months()).isEqualTo(12);
    assertThat(BASE.line().source()).contains("art. 36 ust. 1");
    // 6,000 × 6 and 4,000 × 6: 6 × 5,177.40 + 6 × (4,000 − 548.40) = 31,064.40 + 20,709.60 = 51,774.00 / 12 = 4,314.50
    ImmutableList<org.joda.money.Money> mixed = ImmutableList.<org.joda.money.Money>builder()
        .addAll(Collections.nCopies(6, pln("6000.00"))).addAll(Collections.nCopies(6, pln("4000.00"))).build();
    assertThat(SicknessBase.of(mixed, Rate.ofPercent("13.71")).amount()).isEqualTo(pln("4314.50"));
    // the rate of the 2025 law: 9.76 + 1.5 + 2.45 = 13.71 %
    assertThat(SicknessBase.of(Collections.nCopies(3, pln("6000.00")), PayrollParameters.standard().year(2025),
        LocalDate.of(2025, 3, 3)).amount()).isEqualTo(pln("5177.40"));
  }

  @Test
  void baseIsNeverBelowTheMinimumWageLessContributions() {
    // published (gazetaprawna.pl, 2021): ¾ time, minimum wage 2,800: 2,100.00 − 13.71 % (287.91) = 1,812.09
    SicknessBase low = SicknessBase.of(Collections.nCopies(12, pln("1500.00")), Rate.ofPercent("13.71"));
    SicknessBase raised = low.atLeastMinimum(pln("2800.00"), new BigDecimal("0.75"), Rate.ofPercent("13.71"));
    assertThat(raised.amount()).isEqualTo(pln("1812.09"));
    assertThat(raised.line().source()).contains("art. 45 ust. 1");
    // 2025 full time: 4,666.00 − 13.71 % (639.71) = 4,026.29: 5,177.40 stays, 1,294.35 is raised
    assertThat(BASE.atLeastMinimum(PayrollParameters.standard().year(2025), LocalDate.of(2025, 3, 3), BigDecimal.ONE))
        .isSameAs(BASE);
    assertThat(low.atLeastMinimum(PayrollParameters.standard().year(2025), LocalDate.of(2025, 3, 3), BigDecimal.ONE).amount())
        .isEqualTo(pln("4026.29"));
  }

  @Test
  void employerPaysEightyPercentForDaysWithinTheLimit() {
    // 5,177.40 × 80 % / 30 = 138.064 → 138.06 a day × 10 = 1,380.60 (art. 92 § 1 pkt 1 KP)
    SickLeave s = SickLeave.of(days(10).build());
    assertThat(s.employerDays()).isEqualTo(10);
    assertThat(s.benefitDays()).isZero();
    assertThat(s.sickPay()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(SickPayKind.EMPLOYER_SICK_PAY);
      assertThat(p.amount()).isEqualTo(pln("1380.60"));
    });
    assertThat(s.daysUsedAfter()).isEqualTo(10);
    assertThat(s.lines()).extracting(AbsenceLine::kind).containsExactly(AbsenceLineKind.SICKNESS_BASE,
        AbsenceLineKind.SICK_DAYS_SPLIT, AbsenceLineKind.EMPLOYER_SICK_PAY);
  }

  @Test
  void daysBeyondThe33rdAreSicknessBenefit() {
    // 28 days used, 10 more: 5 employer days (to 33) and 5 benefit days, both 138.06 × 5 = 690.30
    SickLeave s = SickLeave.of(days(10).daysUsedBefore(28).build());
    assertThat(s.employerDays()).isEqualTo(5);
    assertThat(s.benefitDays()).isEqualTo(5);
    assertThat(s.sickPay()).extracting(SickPay::kind, SickPay::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SickPayKind.EMPLOYER_SICK_PAY, pln("690.30")),
        org.assertj.core.groups.Tuple.tuple(SickPayKind.SICKNESS_BENEFIT, pln("690.30")));
  }

  @Test
  void fourteenDaysFromTheYearAfterTheFiftiethBirthday() {
    // born 10 May 1974: 50 in 2024 → 33 days in 2024; from 2025 14 days. 10 used + 10 → 4 employer, 6 benefit
    LocalDate born = LocalDate.of(1974, 5, 10);
    SickLeave in2025 = SickLeave.of(days(10).daysUsedBefore(10).birthDate(born).build());
    assertThat(in2025.employerDays()).isEqualTo(4);
    assertThat(in2025.benefitDays()).isEqualTo(6);
    assertThat(in2025.lines().get(1).note()).hasValueSatisfying(n -> assertThat(n).contains("14"));
    SickLeave in2024 = SickLeave.of(days(10).year(2024).daysUsedBefore(10).birthDate(born).build());
    assertThat(in2024.employerDays()).isEqualTo(10);
  }

  @Test
  void pregnancyIsPaidAtOneHundredPercentAndHospitalBenefitAtSeventy() {
    // 5,177.40 / 30 = 172.58 × 3 = 517.74 (art. 92 § 1 pkt 2 KP)
    assertThat(SickLeave.of(days(3).cause(SicknessCause.PREGNANCY).build()).sickPay().get(0).amount()).isEqualTo(pln("517.74"));
    // hospital after the limit: 5,177.40 × 70 % / 30 = 120.806 → 120.81 × 4 = 483.24 (art. 11 ust. 1 ustawy zasiłkowej)
    SickLeave h = SickLeave.of(days(4).cause(SicknessCause.HOSPITAL).daysUsedBefore(33).build());
    assertThat(h.sickPay()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(SickPayKind.SICKNESS_BENEFIT);
      assertThat(p.amount()).isEqualTo(pln("483.24"));
      assertThat(p.explanation()).hasValueSatisfying(e -> assertThat(e).contains("art. 11 ust. 1"));
    });
  }

  @Test
  void benefitPaidByZusDirectlyIsNotOnThePayslip() {
    SickLeave s = SickLeave.of(days(5).daysUsedBefore(33).payerPaysBenefit(false).build());
    assertThat(s.sickPay()).isEmpty();
    assertThat(s.lines().get(2).note()).contains("paid by ZUS directly: not on the payslip");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> days(0).build()).isInstanceOf(ValidationException.class).hasMessageContaining("days");
    assertThatThrownBy(() -> SicknessBase.of(Collections.nCopies(13, pln("1.00")), Rate.ofPercent("13.71")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("monthlyPay");
    assertThatThrownBy(() -> SicknessBase.of(pln("-1.00"))).isInstanceOf(ValidationException.class);
  }
}
