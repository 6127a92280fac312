package dev.backoffice.payroll.absence;

import static dev.backoffice.payroll.absence.AbsenceDeductionTest.pln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.TaxReduction;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A month with illness, from the absence rules through the calculator. */
class AbsencePayslipTest {
  @Test
  void tenDaysOfIllnessInMarch2025() {
    // 6,000 a month, ill 3–12 March (10 days, all within the limit). Deduction 6,000 / 30 × 10 = 2,000.00;
    // sick pay 138.06 × 10 = 1,380.60 (base 5,177.40 × 80 % / 30). Gross 6,000 − 2,000 + 1,380.60 = 5,380.60;
    // ZUS base 4,000: pension 390.40, disability 60.00, sickness 98.00 → 548.40;
    // health 9 % × (4,000 − 548.40 + 1,380.60 = 4,832.20) = 434.898 → 434.90;
    // tax base 5,380.60 − 548.40 − 250 = 4,582.20 → 4,582; 12 % = 549.84 − 300 = 249.84 → 250;
    // net 5,380.60 − 548.40 − 434.90 − 250 = 4,147.30
    AbsenceDeduction d = AbsenceDeduction.of(MonthAbsence.builder().month(YearMonth.of(2025, 3)).monthlyRate(pln("6000.00"))
        .addPeriods(AbsencePeriod.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 12), AbsenceKind.SICKNESS)).build(),
        WorkingTimeCalendar.polish());
    SickLeave s = SickLeave.of(SickDays.builder().year(2025).days(d.sickDays()).base(SickLeaveTest.BASE).build());
    MonthInput in = MonthInput.builder().from(MonthInput.of(2025, 3, pln("6000.00"))).unpaidAbsence(d.total())
        .addAllSickPay(s.sickPay()).build();
    EmployeeTerms t = EmployeeTerms.builder().employeeId("E-1").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).build();
    Payslip p = PayrollCalculator.standard().calculate(t, in);
    assertThat(d.total()).isEqualTo(pln("2000.00"));
    assertThat(p.gross()).isEqualTo(pln("5380.60"));
    assertThat(p.employeeSocial()).isEqualTo(pln("548.40"));
    assertThat(p.healthInsurance()).isEqualTo(pln("434.90"));
    assertThat(p.taxAdvance()).isEqualTo(pln("250.00"));
    assertThat(p.net()).isEqualTo(pln("4147.30"));
    assertThat(p.explain()).contains("EMPLOYER_SICK_PAY").contains("art. 92 § 1 pkt 1");
  }
}
