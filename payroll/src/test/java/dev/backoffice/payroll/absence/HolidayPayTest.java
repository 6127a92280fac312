package dev.backoffice.payroll.absence;

import static dev.backoffice.payroll.absence.AbsenceDeductionTest.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.payroll.calc.ComponentKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Holiday pay and the equivalent for unused leave, by the 1997 regulation; figures derived by hand. */
class HolidayPayTest {
  private final WorkingTimeCalendar cal = WorkingTimeCalendar.polish();

  @Test
  void variableComponentsAveragedPerHourWorked() {
    // § 9: 1,800.00 of overtime in 3 months of 504 h worked; 40 h of leave: 1,800 / 504 × 40 = 142.857… → 142.86
    HolidayPay h = HolidayPay.of(pln("6000.00"), pln("1800.00"), new BigDecimal("504"), new BigDecimal("40"));
    assertThat(h.fixed()).isEqualTo(pln("6000.00"));
    assertThat(h.variable()).isEqualTo(pln("142.86"));
    assertThat(h.variableComponent()).singleElement().satisfies(c -> {
      assertThat(c.amount()).isEqualTo(pln("142.86"));
      assertThat(c.subjectToZus()).isTrue();
      assertThat(c.taxable()).isTrue();
    });
    assertThat(h.lines().get(1).source()).contains("§ 7–9");
    assertThat(HolidayPay.of(pln("6000.00"), pln("0.00"), BigDecimal.ZERO, new BigDecimal("40")).variableComponent()).isEmpty();
  }

  @Test
  void equivalentForUnusedLeaveIn2025() {
    // coefficient 20.75; 5 days = 40 h: 6,000 / (20.75 × 8) × 40 = 240,000 / 166 = 1,445.783… → 1,445.78
    LeaveEquivalent e = LeaveEquivalent.of(2025, BigDecimal.ONE, pln("6000.00"), pln("0.00"), new BigDecimal("40"), cal);
    assertThat(e.coefficient()).isEqualByComparingTo("20.75");
    assertThat(e.amount()).isEqualTo(pln("1445.78"));
    assertThat(e.component().kind()).isEqualTo(ComponentKind.ALLOWANCE);
    // variable 900.00 over 3 months → 300.00 a month; base 6,300: 6,300 × 40 / 166 = 1,518.072… → 1,518.07
    assertThat(LeaveEquivalent.of(2025, BigDecimal.ONE, pln("6000.00"), pln("900.00"), new BigDecimal("40"), cal).amount())
        .isEqualTo(pln("1518.07"));
  }

  @Test
  void equivalentForPartTimeUsesTheReducedCoefficient() {
    // half time 2025: coefficient 10.38; 20 h unused: 3,000 × 20 / (10.38 × 8) = 60,000 / 83.04 = 722.543… → 722.54
    LeaveEquivalent e = LeaveEquivalent.of(2025, new BigDecimal("0.5"), pln("3000.00"), pln("0.00"), new BigDecimal("20"), cal);
    assertThat(e.amount()).isEqualTo(pln("722.54"));
    assertThat(e.lines().get(0).source()).contains("§ 19");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> HolidayPay.of(pln("6000.00"), pln("100.00"), BigDecimal.ZERO, BigDecimal.ONE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("hoursWorkedInThoseMonths");
    assertThatThrownBy(() -> LeaveEquivalent.of(2025, BigDecimal.ONE, pln("6000.00"), pln("0.00"), new BigDecimal("-1"), cal))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unusedHours");
  }
}
