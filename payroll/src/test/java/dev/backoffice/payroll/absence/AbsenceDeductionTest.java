package dev.backoffice.payroll.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The deduction rules of the 1996 regulation, each case derived by hand in its comment. */
class AbsenceDeductionTest {
  private static final YearMonth MARCH = YearMonth.of(2025, 3); // 21 working days, 168 h
  private final WorkingTimeCalendar cal = WorkingTimeCalendar.polish();

  static Money pln(String a) {
    return Monies.of("PLN", a);
  }

  private static AbsencePeriod sick(int from, int to) {
    return AbsencePeriod.of(LocalDate.of(2025, 3, from), LocalDate.of(2025, 3, to), AbsenceKind.SICKNESS);
  }

  private static AbsencePeriod unpaid(int from, int to) {
    return AbsencePeriod.of(LocalDate.of(2025, 3, from), LocalDate.of(2025, 3, to), AbsenceKind.UNPAID);
  }

  private AbsenceDeduction deduct(String rate, AbsencePeriod... periods) {
    return AbsenceDeduction.of(MonthAbsence.builder().month(MARCH).monthlyRate(pln(rate)).addPeriods(periods).build(), cal);
  }

  @Test
  void daysOfIllnessAreOneThirtiethEach() {
    // § 11 ust. 1: 6,000 / 30 × 5 = 1,000.00
    AbsenceDeduction d = deduct("6000.00", sick(3, 7));
    assertThat(d.sickDays()).isEqualTo(5);
    assertThat(d.total()).isEqualTo(pln("1000.00"));
    assertThat(d.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(AbsenceLineKind.SICKNESS_DEDUCTION);
      assertThat(l.method()).isEqualTo("6000.00 / 30 × 5 days");
      assertThat(l.source()).contains("§ 11 ust. 1");
    });
  }

  @Test
  void unpaidAbsenceByTheHourlyMethod() {
    // § 12 ust. 1: Monday and Tuesday 10–11 March = 16 h; 6,000 / 168 × 16 = 571.428… → 571.43
    AbsenceDeduction d = deduct("6000.00", unpaid(10, 11));
    assertThat(d.unpaidHours()).isEqualByComparingTo("16");
    assertThat(d.total()).isEqualTo(pln("571.43"));
    assertThat(d.lines().get(0).source()).contains("§ 12 ust. 1");
  }

  @Test
  void illnessAndUnpaidAbsenceInOneMonthEachByItsMethod() {
    // 1,000.00 (5 days of illness) + 571.43 (16 h unpaid) = 1,571.43
    AbsenceDeduction d = deduct("6000.00", sick(3, 7), unpaid(10, 11));
    assertThat(d.total()).isEqualTo(pln("1571.43"));
    assertThat(d.lines()).extracting(AbsenceLine::kind).containsExactly(AbsenceLineKind.SICKNESS_DEDUCTION,
        AbsenceLineKind.UNPAID_ABSENCE_DEDUCTION, AbsenceLineKind.TOTAL_DEDUCTION);
  }

  @Test
  void illnessOfTheWholeMonthDeductsTheWholeRate() {
    assertThat(deduct("6000.00", sick(1, 31)).total()).isEqualTo(pln("6000.00"));
  }

  @Test
  void thirtyDaysOfIllnessInA31DayMonthPayTheHoursWorked() {
    // ill 1–30 March, worked Monday 31 March (8 h): 1/30 × 30 would leave nothing, so the 8 h are paid by the hour:
    // 6,000 / 168 × 8 = 285.714… → 285.71; deduction 6,000 − 285.71 = 5,714.29
    AbsenceDeduction d = deduct("6000.00", sick(1, 30));
    assertThat(d.total()).isEqualTo(pln("5714.29"));
    assertThat(d.lines().get(0).kind()).isEqualTo(AbsenceLineKind.PAY_FOR_HOURS_WORKED);
    assertThat(d.lines().get(0).amount()).isEqualTo(pln("285.71"));
    assertThat(d.lines().get(0).source()).contains("art. 80");
  }

  @Test
  void februaryIllnessStillOneThirtiethPerDay() {
    // 27 days of illness in February 2025 (28 days): 6,000 / 30 × 27 = 5,400.00; 600.00 is left for 28 February
    AbsenceDeduction d = AbsenceDeduction.of(MonthAbsence.builder().month(YearMonth.of(2025, 2)).monthlyRate(pln("6000.00"))
        .addPeriods(AbsencePeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 27), AbsenceKind.SICKNESS)).build(), cal);
    assertThat(d.total()).isEqualTo(pln("5400.00"));
  }

  @Test
  void deductionNeverExceedsTheRate() {
    // 29 days ill: 5,800.00; Monday 31 March unpaid: 285.71; sum 6,085.71 → limited to 6,000.00
    AbsenceDeduction d = deduct("6000.00", sick(1, 29), unpaid(31, 31));
    assertThat(d.total()).isEqualTo(pln("6000.00"));
    assertThat(d.lines().get(2).note()).contains("limited to the monthly rate");
  }

  @Test
  void partTimeHoursScaleWithTheFraction() {
    // half time: March 84 h; one unpaid day = 4 h; 3,000 / 84 × 4 = 142.857… → 142.86
    AbsenceDeduction d = AbsenceDeduction.of(MonthAbsence.builder().month(MARCH).monthlyRate(pln("3000.00"))
        .fte(new BigDecimal("0.5")).addPeriods(unpaid(10, 10)).build(), cal);
    assertThat(d.hoursToWork()).isEqualByComparingTo("84");
    assertThat(d.total()).isEqualTo(pln("142.86"));
  }

  @Test
  void rateAndWorkingTimeFromTheContract() {
    // ¾ time at 4,500.00: March 126 h; unpaid 10 March = 6 h; 4,500 / 126 × 6 = 214.285… → 214.29
    dev.backoffice.payroll.calc.EmployeeTerms t = dev.backoffice.payroll.calc.EmployeeTerms.builder().employeeId("E-3")
        .contract(dev.backoffice.payroll.calc.ContractType.EMPLOYMENT).monthlyRate(pln("4500.00")).workingTime(new BigDecimal("0.75"))
        .build();
    AbsenceDeduction d = AbsenceDeduction.of(MonthAbsence.of(t, MARCH, java.util.List.of(unpaid(10, 10))), cal);
    assertThat(d.total()).isEqualTo(pln("214.29"));
    assertThatThrownBy(() -> MonthAbsence.of(dev.backoffice.payroll.calc.EmployeeTerms.of("E-4",
        dev.backoffice.payroll.calc.ContractType.EMPLOYMENT), MARCH, java.util.List.of())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("monthlyRate");
  }

  @Test
  void partOfADayAndPeriodsReachingIntoOtherMonths() {
    // 3 h unpaid on 12 March: 6,000 / 168 × 3 = 107.142… → 107.14; illness 25 Feb–4 March counts 4 March days:
    // 6,000 / 30 × 4 = 800.00; total 907.14
    AbsenceDeduction d = deduct("6000.00", AbsencePeriod.unpaidHours(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 12),
        new BigDecimal("3")), AbsencePeriod.of(LocalDate.of(2025, 2, 25), LocalDate.of(2025, 3, 4), AbsenceKind.SICKNESS));
    assertThat(d.sickDays()).isEqualTo(4);
    assertThat(d.total()).isEqualTo(pln("907.14"));
  }

  @Test
  void rejectsOverlapsAndBadPeriods() {
    assertThatThrownBy(() -> deduct("6000.00", sick(3, 7), unpaid(7, 8))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("periods[1]").hasMessageContaining("overlap");
    assertThatThrownBy(() -> sick(7, 3)).isInstanceOf(ValidationException.class).hasMessageContaining("lastDay");
    assertThatThrownBy(() -> ImmutableAbsencePeriod.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), AbsenceKind.SICKNESS)
        .withHours(BigDecimal.ONE)).isInstanceOf(ValidationException.class).hasMessageContaining("hours");
    assertThatThrownBy(() -> deduct("-1.00")).isInstanceOf(ValidationException.class).hasMessageContaining("monthlyRate");
  }
}
