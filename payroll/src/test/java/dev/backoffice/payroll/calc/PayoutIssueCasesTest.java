package dev.backoffice.payroll.calc;

import static dev.backoffice.payroll.calc.FullYearTest.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three cases of issue 19, each with the legal figures derived by hand in the comments and the rule cited.
 */
class PayoutIssueCasesTest {
  private final PayrollCalculator calc = PayrollCalculator.standard();

  private static EmployeeTerms employment() {
    return EmployeeTerms.builder().employeeId("E-1").contract(ContractType.EMPLOYMENT).taxReduction(TaxReduction.ONE_PAYER).build();
  }

  /*
   * Case 1. 25,000.00 a month with PIT-2, Jan–Nov 2024 paid in their own months, December 2024 paid on 2025-01-10.
   * Art. 11 ust. 1 ustawy o PIT: revenue arises when paid, so December's pay is revenue of 2025; art. 18 ust. 1 and
   * art. 19 ust. 1 ustawy o sus: the base of January 2025 is the revenue paid in it and the 30× cap of 2025
   * (260,190) starts from zero. So, as the first payment of 2025:
   *   pension 9.76 % × 25,000 = 2,440.00; disability 1.5 % = 375.00; sickness 2.45 % = 612.50; social 3,427.50;
   *   health 9 % × 21,572.50 = 1,941.525 → 1,941.53; tax base 25,000 − 3,427.50 − 250 = 21,322.50 → 21,323;
   *   advance 21,323 × 12 % = 2,558.76 − 300 = 2,258.76 → 2,259; net 25,000 − 3,427.50 − 1,941.53 − 2,259 = 17,371.97.
   * January 2025's own pay, paid 2025-01-31, is the second payout of January 2025 under the same contract:
   *   contributions on the month's summed base 50,000 less what the first payout charged: pension 4,880.00 −
   *   2,440.00 = 2,440.00; disability 750.00 − 375.00 = 375.00; sickness 1,225.00 − 612.50 = 612.50;
   *   health 9 % × (21,572.50 + 21,572.50 = 43,145.00) = 3,883.05 − 1,941.53 = 1,941.52;
   *   the 250 zł costs (art. 22 ust. 2 pkt 1: monthly) and the 300 zł reduction (art. 32 ust. 3: 1/12 of the yearly
   *   reduction a month) were used by the first payout of the month: tax base 25,000 − 3,427.50 = 21,572.50 →
   *   21,573; advance 21,573 × 12 % = 2,588.76 → 2,589; net 25,000 − 3,427.50 − 1,941.52 − 2,589 = 17,041.98.
   */
  @Test
  void decemberPaidInJanuaryIsTheFirstPaymentOfTheNewYearAndJanuarysOwnPayIsAccepted() {
    List<Payout> payouts = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      MonthInput in = MonthInput.of(2024, m, pln("25000.00"));
      payouts.add(m < 12 ? Payout.inMonthWorked(employment(), in) : Payout.of(employment(), in, LocalDate.of(2025, 1, 10)));
    }
    payouts.add(Payout.of(employment(), MonthInput.of(2025, 1, pln("25000.00")), LocalDate.of(2025, 1, 31)));
    List<PayoutResult> r = calc.payAll(payouts);
    assertThat(r).hasSize(13);
    PayoutResult dec = r.get(11);
    assertThat(dec.period()).hasToString("2024-12");
    assertThat(dec.taxYear()).isEqualTo(2025);
    assertThat(dec.employeePension()).isEqualTo(pln("2440.00"));
    assertThat(dec.employeeDisability()).isEqualTo(pln("375.00"));
    assertThat(dec.employeeSickness()).isEqualTo(pln("612.50"));
    assertThat(dec.healthInsurance()).isEqualTo(pln("1941.53"));
    assertThat(dec.taxBase()).isEqualTo(pln("21323.00"));
    assertThat(dec.taxAdvance()).isEqualTo(pln("2259.00"));
    assertThat(dec.net()).isEqualTo(pln("17371.97"));
    PayoutResult jan = r.get(12);
    assertThat(jan.period()).hasToString("2025-01");
    assertThat(jan.employeePension()).isEqualTo(pln("2440.00"));
    assertThat(jan.employeeDisability()).isEqualTo(pln("375.00"));
    assertThat(jan.employeeSickness()).isEqualTo(pln("612.50"));
    assertThat(jan.healthInsurance()).isEqualTo(pln("1941.52"));
    assertThat(jan.costsOfIncome()).isEqualTo(pln("0.00"));
    assertThat(jan.taxBase()).isEqualTo(pln("21573.00"));
    assertThat(jan.taxAdvance()).isEqualTo(pln("2589.00"));
    assertThat(jan.net()).isEqualTo(pln("17041.98"));
    assertThat(jan.payslip().line(LineCode.COSTS_OF_INCOME).get().note()).hasValueSatisfying(n -> assertThat(n).contains("once a month"));
    assertThat(jan.payslip().line(LineCode.TAX_REDUCTION).get().amount()).isEqualTo(pln("0.00"));
  }

  @Test
  void theMonthKeyedApiStillRefusesASecondPayslipForAMonthAndPointsToPayouts() {
    Payslip jan = calc.calculate(employment(), MonthInput.of(2025, 1, pln("25000.00")));
    assertThatThrownBy(() -> calc.calculate(employment(), MonthInput.of(2025, 1, pln("1000.00")), jan.yearToDate()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("PayrollCalculator.pay");
  }

  /*
   * Case 2. Monthly rate 6,000.00, half of January 2025 on sick leave: the pay for the days worked is 3,000.00 (the
   * sick pay is outside the contribution base, art. 20 ust. 1 ustawy o sus with the exclusions of the 1998
   * regulation). Art. 104 ust. 1 ustawy o promocji zatrudnienia: the Labour Fund is due when the base converted to
   * a full month reaches the minimum wage (4,666.00): 3,000.00 converted is the rate 6,000.00, so
   * FP = 2.45 % × 3,000.00 = 73.50. Without the rate the converted base is unknown and 3,000.00 < 4,666.00: 0.00.
   */
  @Test
  void laborFundIsDueOnTheBaseConvertedToAFullMonth() {
    EmployeeTerms rated = EmployeeTerms.builder().from(employment()).monthlyRate(pln("6000.00")).build();
    MonthInput half = MonthInput.builder().year(2025).month(1)
        .addComponents(PayComponent.of(ComponentKind.BASE, pln("3000.00")))
        .addSickPay(SickPay.of(SickPayKind.EMPLOYER_SICK_PAY, pln("1650.00"))).build();
    PayoutResult r = calc.pay(Payout.inMonthWorked(rated, half), PayoutHistory.empty("E-1"));
    assertThat(r.payslip().contributionBase()).isEqualTo(pln("3000.00"));
    assertThat(r.payslip().fullMonthBase()).isEqualTo(pln("6000.00"));
    assertThat(r.laborFund()).isEqualTo(pln("73.50"));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.payslip().line(LineCode.LABOR_FUND).get().note()).hasValueSatisfying(n -> assertThat(n).contains("full month 6000.00"));
    // the same month stated as the full rate less a deduction for the days of illness
    MonthInput deducted = MonthInput.builder().from(half).components(List.of(PayComponent.of(ComponentKind.BASE, pln("6000.00"))))
        .unpaidAbsence(pln("3000.00")).build();
    assertThat(calc.calculate(rated, deducted).laborFund()).isEqualTo(pln("73.50"));
    // the month-keyed case without the rate: unchanged, not due (also when the month states a deduction)
    assertThat(calc.calculate(employment(), half).laborFund()).isEqualTo(pln("0.00"));
    assertThat(calc.calculate(employment(), deducted).laborFund()).isEqualTo(pln("0.00"));
  }

  /*
   * Case 3. 3,000.00 full time in January 2025 is below the minimum wage 4,666.00 (§ 1 rozporządzenia RM z 12
   * września 2024 r., Dz.U. 2024 poz. 1362; art. 6 ust. 1 ustawy o minimalnym wynagrodzeniu za pracę): a warning,
   * or a refusal when the caller asks for it; half time the minimum is 2,333.00, so 3,000.00 passes.
   */
  @Test
  void payBelowTheMinimumWageWarnsOrIsRefusedAsTheCallerChooses() {
    MonthInput in = MonthInput.of(2025, 1, pln("3000.00"));
    Payslip warned = calc.calculate(employment(), in);
    assertThat(warned.warnings()).singleElement().satisfies(w -> {
      assertThat(w.field()).isEqualTo("components");
      assertThat(w.value()).isEqualTo("3000.00");
      assertThat(w.rule()).contains("4666.00");
      assertThat(w.source()).contains("Dz.U. 2024 poz. 1362").contains("art. 6");
    });
    assertThatThrownBy(() -> calc.withMinimumPayCheck(MinimumPayCheck.REJECT).calculate(employment(), in))
        .isInstanceOf(ValidationException.class).hasMessageContaining("minimum wage 4666.00");
    EmployeeTerms half = EmployeeTerms.builder().from(employment()).workingTime(new java.math.BigDecimal("0.5")).build();
    assertThat(calc.calculate(half, in).warnings()).isEmpty();
    assertThat(calc.calculate(half, MonthInput.of(2025, 1, pln("2332.99"))).warnings()).singleElement()
        .satisfies(w -> assertThat(w.rule()).contains("2333.00"));
  }
}
