package dev.backoffice.payroll.calc;

import static dev.backoffice.payroll.calc.FullYearTest.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payout rules one at a time: PPK timing, several contracts, the minimum hourly rate, the history's checks. */
class PayoutRulesTest {
  private final PayrollCalculator calc = PayrollCalculator.standard();

  private static EmployeeTerms employment(String id) {
    return EmployeeTerms.builder().employeeId(id).contract(ContractType.EMPLOYMENT).taxReduction(TaxReduction.ONE_PAYER)
        .accidentRate(Rate.ofPercent("1.67")).build();
  }

  /*
   * 8,000.00 a month in 2025, PPK 2 % / 1.5 %, the employer's 120.00 taxed when paid to the fund (art. 11 ust. 1
   * ustawy o PIT; art. 28 ust. 2 ustawy o PPK: by the 15th of the next month). January: revenue 8,000.00 only; base
   * 8,000 − 1,096.80 − 250 = 6,653.20 → 6,653; advance 798.36 − 300 → 498; net 8,000 − 1,096.80 − 621.29 − 498 −
   * 160.00 = 5,623.91. February: revenue 8,000.00 + January's 120.00; base 6,773.20 → 6,773; advance 812.76 − 300
   * → 513; net 5,608.91. Taxed with the pay (the default), January is already 6,773 → 513.
   */
  @Test
  void theEmployersPpkCanBeTaxedWhenPaidToTheFund() {
    EmployeeTerms later = EmployeeTerms.builder().from(employment("P-1")).ppk(PpkRates.basic())
        .ppkRevenueTiming(PpkRevenueTiming.WHEN_PAID_TO_FUND).build();
    List<PayoutResult> r = calc.payAll(List.of(Payout.inMonthWorked(later, MonthInput.of(2025, 1, pln("8000.00"))),
        Payout.inMonthWorked(later, MonthInput.of(2025, 2, pln("8000.00")))));
    assertThat(r.get(0).employerPpk()).isEqualTo(pln("120.00"));
    assertThat(r.get(0).payslip().employerPpkRevenue()).isEqualTo(pln("0.00"));
    assertThat(r.get(0).taxAdvance()).isEqualTo(pln("498.00"));
    assertThat(r.get(0).net()).isEqualTo(pln("5623.91"));
    assertThat(r.get(1).payslip().employerPpkRevenue()).isEqualTo(pln("120.00"));
    assertThat(r.get(1).taxBase()).isEqualTo(pln("6773.00"));
    assertThat(r.get(1).taxAdvance()).isEqualTo(pln("513.00"));
    assertThat(r.get(1).net()).isEqualTo(pln("5608.91"));
    assertThat(r.get(1).payslip().line(LineCode.EMPLOYER_PPK_REVENUE).get().note()).hasValueSatisfying(n -> assertThat(n).contains("previous"));
    EmployeeTerms same = EmployeeTerms.builder().from(employment("P-1")).ppk(PpkRates.basic()).build();
    assertThat(calc.calculate(same, MonthInput.of(2025, 1, pln("8000.00"))).taxAdvance()).isEqualTo(pln("513.00"));
    assertThatThrownBy(() -> calc.calculate(later, MonthInput.of(2025, 1, pln("8000.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("ppkRevenueTiming");
  }

  /*
   * Two employment contracts of one person, 5,000.00 each, paid monthly in 2025: 250 zł costs a month on each
   * (art. 22 ust. 2 pkt 2), at most 4,500 zł a year together: January–September use 9 × 2 × 250 = 4,500, so from
   * October neither contract deducts costs. The PIT-2 reduction applies once a month, to the first payout.
   */
  @Test
  void twoEmploymentContractsShareTheYearlyCapOfCostsAndTheMonthlyReduction() {
    EmployeeTerms a = employment("M-1");
    EmployeeTerms b = EmployeeTerms.builder().from(a).contractId("second").build();
    List<Payout> payouts = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      payouts.add(Payout.inMonthWorked(a, MonthInput.of(2025, m, pln("5000.00"))));
      payouts.add(Payout.inMonthWorked(b, MonthInput.of(2025, m, pln("5000.00"))));
    }
    List<PayoutResult> r = calc.payAll(payouts);
    for (int i = 0; i < 18; i++) {
      assertThat(r.get(i).costsOfIncome()).isEqualTo(pln("250.00"));
    }
    for (int i = 18; i < 24; i++) {
      assertThat(r.get(i).costsOfIncome()).isEqualTo(pln("0.00"));
    }
    assertThat(r.get(18).payslip().line(LineCode.COSTS_OF_INCOME).get().note()).hasValueSatisfying(n -> assertThat(n).contains("4500.00"));
    assertThat(r.get(0).payslip().taxReductionApplied()).isEqualTo(pln("300.00"));
    assertThat(r.get(1).payslip().taxReductionApplied()).isEqualTo(pln("0.00"));
    assertThat(PayoutHistory.of("M-1", r).yearToDate(2025).employmentCosts()).isEqualTo(pln("4500.00"));
  }

  /*
   * The minimum hourly rate of a mandate (art. 8a ust. 1 ustawy o minimalnym wynagrodzeniu za pracę): 2024 27.70
   * then 28.10 from July (Dz.U. 2023 poz. 1893), 2025 30.50 (Dz.U. 2024 poz. 1362). 28.00 an hour is enough in June
   * 2024 and not in July; 3,000.00 for 100 hours in 2025 is 30.00 an hour, below 30.50 × 100 = 3,050.00.
   */
  @Test
  void aMandateBelowTheMinimumHourlyRateWarnsOrIsRefused() {
    EmployeeTerms hourly = EmployeeTerms.builder().employeeId("Z-9").contract(ContractType.MANDATE).hourlyRate(pln("28.00")).build();
    assertThat(calc.calculate(hourly, MonthInput.of(2024, 6, pln("2800.00"))).warnings()).isEmpty();
    assertThat(calc.calculate(hourly, MonthInput.of(2024, 7, pln("2800.00"))).warnings()).singleElement()
        .satisfies(w -> assertThat(w.toString()).contains("hourlyRate = 28.00").contains("28.10").contains("art. 8a"));
    EmployeeTerms plain = EmployeeTerms.of("Z-9", ContractType.MANDATE);
    MonthInput hundredHours = MonthInput.builder().from(MonthInput.of(2025, 3, pln("3000.00"))).hoursWorked(new BigDecimal("100")).build();
    assertThat(calc.calculate(plain, hundredHours).warnings()).singleElement()
        .satisfies(w -> assertThat(w.rule()).contains("3050.00"));
    assertThatThrownBy(() -> calc.withMinimumPayCheck(MinimumPayCheck.REJECT).calculate(plain, hundredHours))
        .isInstanceOf(ValidationException.class).hasMessageContaining("hoursWorked");
    // a bonus on its own is not the month's pay: not checked
    EmployeeTerms e = employment("E-7");
    PayoutResult bonus = calc.pay(Payout.builder().from(Payout.inMonthWorked(e, MonthInput.of(2025, 3, pln("500.00"))))
        .kind(PayoutKind.BONUS).build(), PayoutHistory.empty("E-7"));
    assertThat(bonus.warnings()).isEmpty();
  }

  @Test
  void theHistoryAndThePayoutAreChecked() {
    EmployeeTerms e = employment("H-1");
    PayoutResult feb = calc.pay(Payout.of(e, MonthInput.of(2025, 1, pln("5000.00")), LocalDate.of(2025, 2, 10)), PayoutHistory.empty("H-1"));
    PayoutHistory h = PayoutHistory.empty("H-1").plus(feb);
    assertThatThrownBy(() -> calc.pay(Payout.of(e, MonthInput.of(2025, 1, pln("100.00")), LocalDate.of(2025, 2, 9)), h))
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentDate").hasMessageContaining("2025-02-10");
    assertThatThrownBy(() -> calc.pay(Payout.inMonthWorked(employment("X-2"), MonthInput.of(2025, 3, pln("1.00"))), h))
        .isInstanceOf(ValidationException.class).hasMessageContaining("history.employeeId");
    assertThatThrownBy(() -> h.plus(calc.pay(Payout.of(e, MonthInput.of(2025, 1, pln("1.00")), LocalDate.of(2025, 1, 31)),
        PayoutHistory.empty("H-1")))).isInstanceOf(ValidationException.class).hasMessageContaining("payment order");
    assertThatThrownBy(() -> Payout.of(e, MonthInput.of(2025, 3, pln("1.00")), LocalDate.of(2025, 2, 28)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentDate");
    assertThatThrownBy(() -> calc.pay(Payout.of(e, MonthInput.of(2026, 12, pln("1.00")), LocalDate.of(2027, 1, 10)), h))
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentDate = '2027-01-10'").hasMessageContaining("no payroll parameters");
    assertThatThrownBy(() -> EmployeeTerms.builder().from(e).workingTime(new BigDecimal("1.5")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("workingTime");
    assertThat(h.yearToDate(2025).throughMonth()).isEqualTo(2);
    assertThat(h.paidIn(2025)).containsExactly(feb);
    assertThat(h.paidIn(java.time.YearMonth.of(2025, 1))).isEmpty();
  }
}
