package dev.backoffice.payroll.calc;

import static dev.backoffice.payroll.calc.FullYearTest.pln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Whole years of payouts for each contract type, checked to the grosz against derivations written out below:
 * a year paid on the 10th of the next month, and a year with a bonus paid as a second payout in one month.
 */
class PayoutYearTest {
  private final PayrollCalculator calc = PayrollCalculator.standard();

  /** December 2024 … December 2025, each paid on the 10th of the next month. */
  private List<PayoutResult> paidOnTheTenth(EmployeeTerms terms, String gross) {
    List<Payout> payouts = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      int year = i == 0 ? 2024 : 2025;
      int month = i == 0 ? 12 : i;
      LocalDate paid = LocalDate.of(year, month, 10).plusMonths(1);
      payouts.add(Payout.of(terms, MonthInput.of(year, month, pln(gross)), paid));
    }
    return calc.payAll(payouts);
  }

  /*
   * Paid on the 10th of the next month, the payouts paid in 2025 are the pay of December 2024 to November 2025:
   * twelve payouts, one per payment month, so tax year 2025 is the year derived by hand in FullYearTest for
   * 25,000.00 a month (art. 11 ust. 1 ustawy o PIT; the 30× cap of 2025 and the threshold run over these twelve).
   * Employment with PIT-2, accident 1.67 %:
   *   payments 1–5 (Jan–May 2025): advance 2,259, net 17,371.97; payment 6 (June) crosses 120,000: 3,846, net
   *   15,784.97; payments 7–10: 6,523, net 13,107.97; payment 11 (November 2025, pay of October) reaches the cap
   *   260,190 with the remainder 10,190: pension 994.54, advance 7,057, net 14,091.50; payment 12 (December
   *   2025, pay of November): no pension, advance 7,424, net 14,768.62. Year: advances 55,714, net 183,936.82,
   *   employer cost 354,966.89.
   * The pay of December 2025, paid 2026-01-10, starts 2026 afresh (cap 282,600 = 30 × 9,420): pension 2,440.00,
   *   health 1,941.53, base 21,323, advance 2,259, net 17,371.97, employer cost 30,120.00.
   */
  @Test
  void employmentPaidOnTheTenthOfTheNextMonth() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("E-1").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).accidentRate(Rate.ofPercent("1.67")).build();
    List<PayoutResult> r = paidOnTheTenth(terms, "25000.00");
    List<PayoutResult> y2025 = r.subList(0, 12);
    for (PayoutResult p : y2025) {
      assertThat(p.taxYear()).isEqualTo(2025);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(y2025.get(i).taxAdvance()).isEqualTo(pln("2259.00"));
      assertThat(y2025.get(i).net()).isEqualTo(pln("17371.97"));
      assertThat(y2025.get(i).employerCost()).isEqualTo(pln("30120.00"));
    }
    assertThat(y2025.get(5).taxAdvance()).isEqualTo(pln("3846.00"));
    assertThat(y2025.get(5).net()).isEqualTo(pln("15784.97"));
    for (int i = 6; i < 10; i++) {
      assertThat(y2025.get(i).taxAdvance()).isEqualTo(pln("6523.00"));
      assertThat(y2025.get(i).net()).isEqualTo(pln("13107.97"));
    }
    assertThat(y2025.get(10).period()).hasToString("2025-10");
    assertThat(y2025.get(10).employeePension()).isEqualTo(pln("994.54"));
    assertThat(y2025.get(10).taxAdvance()).isEqualTo(pln("7057.00"));
    assertThat(y2025.get(10).net()).isEqualTo(pln("14091.50"));
    assertThat(y2025.get(10).employerCost()).isEqualTo(pln("27711.89"));
    assertThat(y2025.get(11).employeePension()).isEqualTo(pln("0.00"));
    assertThat(y2025.get(11).taxAdvance()).isEqualTo(pln("7424.00"));
    assertThat(y2025.get(11).net()).isEqualTo(pln("14768.62"));
    assertThat(y2025.get(11).employerCost()).isEqualTo(pln("26055.00"));
    assertThat(sum(y2025, PayoutResult::taxAdvance)).isEqualTo(pln("55714.00"));
    assertThat(sum(y2025, PayoutResult::net)).isEqualTo(pln("183936.82"));
    assertThat(sum(y2025, PayoutResult::employerCost)).isEqualTo(pln("354966.89"));
    PayoutResult dec = r.get(12);
    assertThat(dec.period()).hasToString("2025-12");
    assertThat(dec.taxYear()).isEqualTo(2026);
    assertThat(dec.employeePension()).isEqualTo(pln("2440.00"));
    assertThat(dec.healthInsurance()).isEqualTo(pln("1941.53"));
    assertThat(dec.taxBase()).isEqualTo(pln("21323.00"));
    assertThat(dec.taxAdvance()).isEqualTo(pln("2259.00"));
    assertThat(dec.net()).isEqualTo(pln("17371.97"));
    assertThat(dec.employerCost()).isEqualTo(pln("30120.00"));
  }

  /*
   * Mandate with voluntary sickness and PIT-2, 25,000.00, paid on the 10th: 2025 is FullYearTest's mandate year
   * (advances 12 % throughout, art. 41 ust. 1): payments 1–10 advance 1,779, net 17,925.94; payment 11 advance
   * 1,939, net 19,283.46; payment 12 advance 2,049, net 20,217.59; year advances 21,778, net 218,760.45.
   * December 2025 paid 2026-01-10: the 2026 sickness cap is 250 % × 9,420 = 23,550.00, sickness 2.45 % × 23,550 =
   *   576.975 → 576.98; social 2,440.00 + 375.00 + 576.98 = 3,391.98; health 9 % × 21,608.02 = 1,944.7218 →
   *   1,944.72; costs 20 % × 21,608.02 = 4,321.604 → 4,321.60; base 25,000 − 3,391.98 − 4,321.60 = 17,286.42 →
   *   17,286; advance 2,074.32 − 300 → 1,774; net 25,000 − 3,391.98 − 1,944.72 − 1,774 = 17,889.30.
   */
  @Test
  void mandatePaidOnTheTenthOfTheNextMonth() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("Z-1").contract(ContractType.MANDATE)
        .taxReduction(TaxReduction.ONE_PAYER).voluntarySickness(true).build();
    List<PayoutResult> r = paidOnTheTenth(terms, "25000.00");
    List<PayoutResult> y2025 = r.subList(0, 12);
    for (int i = 0; i < 10; i++) {
      assertThat(y2025.get(i).taxAdvance()).isEqualTo(pln("1779.00"));
      assertThat(y2025.get(i).net()).isEqualTo(pln("17925.94"));
    }
    assertThat(y2025.get(10).taxAdvance()).isEqualTo(pln("1939.00"));
    assertThat(y2025.get(10).net()).isEqualTo(pln("19283.46"));
    assertThat(y2025.get(11).taxAdvance()).isEqualTo(pln("2049.00"));
    assertThat(y2025.get(11).net()).isEqualTo(pln("20217.59"));
    assertThat(sum(y2025, PayoutResult::taxAdvance)).isEqualTo(pln("21778.00"));
    assertThat(sum(y2025, PayoutResult::net)).isEqualTo(pln("218760.45"));
    PayoutResult dec = r.get(12);
    assertThat(dec.employeeSickness()).isEqualTo(pln("576.98"));
    assertThat(dec.healthInsurance()).isEqualTo(pln("1944.72"));
    assertThat(dec.costsOfIncome()).isEqualTo(pln("4321.60"));
    assertThat(dec.taxAdvance()).isEqualTo(pln("1774.00"));
    assertThat(dec.net()).isEqualTo(pln("17889.30"));
  }

  /*
   * Specific-task with author's costs, 25,000.00, paid on the 10th: 2025 is FullYearTest's year (the 120,000 zł
   * limit of author's costs, art. 22 ust. 9a, runs over the payouts paid in 2025): payments 1–9 costs 12,500,
   * advance 1,500, net 23,500; payment 10 costs 7,500, advance 2,100; payments 11–12 costs 0, advance 3,000.
   * December 2025 paid 2026-01-10: the limit starts again, costs 12,500, advance 1,500, net 23,500.
   */
  @Test
  void specificTaskPaidOnTheTenthOfTheNextMonth() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("D-1").contract(ContractType.SPECIFIC_TASK).authorCosts(true).build();
    List<PayoutResult> r = paidOnTheTenth(terms, "25000.00");
    for (int i = 0; i < 9; i++) {
      assertThat(r.get(i).costsOfIncome()).isEqualTo(pln("12500.00"));
      assertThat(r.get(i).taxAdvance()).isEqualTo(pln("1500.00"));
    }
    assertThat(r.get(9).costsOfIncome()).isEqualTo(pln("7500.00"));
    assertThat(r.get(9).taxAdvance()).isEqualTo(pln("2100.00"));
    assertThat(r.get(10).taxAdvance()).isEqualTo(pln("3000.00"));
    assertThat(r.get(11).taxAdvance()).isEqualTo(pln("3000.00"));
    assertThat(r.get(11).net()).isEqualTo(pln("22000.00"));
    assertThat(sum(r.subList(0, 12), PayoutResult::taxAdvance)).isEqualTo(pln("21600.00"));
    assertThat(r.get(12).costsOfIncome()).isEqualTo(pln("12500.00"));
    assertThat(r.get(12).taxAdvance()).isEqualTo(pln("1500.00"));
    assertThat(r.get(12).net()).isEqualTo(pln("23500.00"));
  }

  /** 2025: 8,000.00 paid on the last day of each month, and a 5,000.00 bonus for June paid on 2025-06-20. */
  private List<PayoutResult> yearWithBonus(EmployeeTerms terms) {
    List<Payout> payouts = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      payouts.add(Payout.inMonthWorked(terms, MonthInput.of(2025, m, pln("8000.00"))));
    }
    MonthInput bonus = MonthInput.builder().year(2025).month(6).addComponents(PayComponent.of(ComponentKind.BONUS, pln("5000.00"))).build();
    payouts.add(Payout.builder().terms(terms).input(bonus).paymentDate(LocalDate.of(2025, 6, 20)).kind(PayoutKind.BONUS).build());
    List<PayoutResult> r = calc.payAll(payouts);
    assertThat(r).hasSize(13);
    assertThat(r.get(5).payout().kind()).isEqualTo(PayoutKind.BONUS);
    assertThat(r.get(6).period()).hasToString("2025-06");
    return r;
  }

  /*
   * Employment, PIT-2, accident 1.67 %, 8,000.00 a month in 2025; the bonus is paid first in June.
   * A month alone: pension 780.80, disability 120.00, sickness 196.00, social 1,096.80; health 9 % × 6,903.20 =
   *   621.288 → 621.29; base 8,000 − 1,096.80 − 250 = 6,653.20 → 6,653; advance 798.36 − 300 → 498; net 5,783.91;
   *   employer 780.80 + 520.00 + 133.60 + FP 196.00 + FGŚP 8.00 = 1,638.40, cost 9,638.40.
   * June's bonus (first payout of June): pension 488.00, disability 75.00, sickness 122.50, social 685.50; health
   *   9 % × 4,314.50 = 388.305 → 388.31; the month's costs 250 and reduction 300 go to it: base 5,000 − 685.50 − 250
   *   = 4,064.50 → 4,065; advance 487.80 − 300 → 188; net 5,000 − 685.50 − 388.31 − 188 = 3,738.19; employer 488.00
   *   + 325.00 + 83.50 + FP 122.50 (5,000 ≥ 4,666) + 5.00 = 1,024.00, cost 6,024.00.
   * June's pay (second payout): the month's base 13,000 less the bonus: pension 1,268.80 − 488.00 = 780.80,
   *   disability 195.00 − 75.00 = 120.00, sickness 318.50 − 122.50 = 196.00; health 9 % × (4,314.50 + 6,903.20 =
   *   11,217.70) = 1,009.593 → 1,009.59 − 388.31 = 621.28; no costs, no reduction left: base 8,000 − 1,096.80 =
   *   6,903.20 → 6,903; advance 828.36 → 828; net 8,000 − 1,096.80 − 621.28 − 828 = 5,453.92; employer 780.80 +
   *   (845.00 − 325.00) + (217.10 − 83.50) + (318.50 − 122.50) + (13.00 − 5.00) = 1,638.40, cost 9,638.40.
   * Year: advances 11 × 498 + 188 + 828 = 6,494; net 11 × 5,783.91 + 3,738.19 + 5,453.92 = 72,815.12; costs of
   *   income 12 × 250 = 3,000 (once in each payment month).
   */
  @Test
  void employmentYearWithABonusPaidAsASecondPayoutInJune() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("E-2").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).accidentRate(Rate.ofPercent("1.67")).build();
    List<PayoutResult> r = yearWithBonus(terms);
    for (int i : new int[] {0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12}) {
      assertThat(r.get(i).taxAdvance()).isEqualTo(pln("498.00"));
      assertThat(r.get(i).healthInsurance()).isEqualTo(pln("621.29"));
      assertThat(r.get(i).net()).isEqualTo(pln("5783.91"));
      assertThat(r.get(i).employerCost()).isEqualTo(pln("9638.40"));
    }
    PayoutResult bonus = r.get(5);
    assertThat(bonus.employeeSocial()).isEqualTo(pln("685.50"));
    assertThat(bonus.healthInsurance()).isEqualTo(pln("388.31"));
    assertThat(bonus.taxBase()).isEqualTo(pln("4065.00"));
    assertThat(bonus.taxAdvance()).isEqualTo(pln("188.00"));
    assertThat(bonus.net()).isEqualTo(pln("3738.19"));
    assertThat(bonus.laborFund()).isEqualTo(pln("122.50"));
    assertThat(bonus.employerCost()).isEqualTo(pln("6024.00"));
    assertThat(bonus.warnings()).isEmpty();
    PayoutResult june = r.get(6);
    assertThat(june.employeePension()).isEqualTo(pln("780.80"));
    assertThat(june.employeeSickness()).isEqualTo(pln("196.00"));
    assertThat(june.healthInsurance()).isEqualTo(pln("621.28"));
    assertThat(june.costsOfIncome()).isEqualTo(pln("0.00"));
    assertThat(june.taxBase()).isEqualTo(pln("6903.00"));
    assertThat(june.taxAdvance()).isEqualTo(pln("828.00"));
    assertThat(june.net()).isEqualTo(pln("5453.92"));
    assertThat(june.employerCost()).isEqualTo(pln("9638.40"));
    assertThat(sum(r, PayoutResult::taxAdvance)).isEqualTo(pln("6494.00"));
    assertThat(sum(r, PayoutResult::net)).isEqualTo(pln("72815.12"));
    assertThat(sum(r, PayoutResult::costsOfIncome)).isEqualTo(pln("3000.00"));
  }

  /*
   * Mandate, PIT-2, no voluntary sickness, 8,000.00 a month in 2025 and the June bonus 5,000.00 paid first.
   * A month alone: pension 780.80, disability 120.00, social 900.80; health 9 % × 7,099.20 = 638.928 → 638.93;
   *   costs 20 % × 7,099.20 = 1,419.84; base 5,679.36 → 5,679; advance 681.48 − 300 → 381; net 6,079.27; cost 9,638.40.
   * Bonus: social 488.00 + 75.00 = 563.00; health 9 % × 4,437.00 = 399.33; costs 887.40; base 3,549.60 → 3,550;
   *   advance 426.00 − 300 = 126; net 5,000 − 563.00 − 399.33 − 126 = 3,911.67; cost 6,024.00.
   * June's pay: social 900.80; health 9 % × 11,536.20 = 1,038.258 → 1,038.26 − 399.33 = 638.93; costs 1,419.84 (20 %
   *   of each payout); base 5,679; the month's reduction is used: advance 681.48 → 681; net 5,779.27; cost 9,638.40.
   * Year: advances 11 × 381 + 126 + 681 = 4,998; net 11 × 6,079.27 + 3,911.67 + 5,779.27 = 76,562.91.
   */
  @Test
  void mandateYearWithABonusPaidAsASecondPayoutInJune() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("Z-2").contract(ContractType.MANDATE)
        .taxReduction(TaxReduction.ONE_PAYER).accidentRate(Rate.ofPercent("1.67")).build();
    List<PayoutResult> r = yearWithBonus(terms);
    assertThat(r.get(0).net()).isEqualTo(pln("6079.27"));
    assertThat(r.get(0).taxAdvance()).isEqualTo(pln("381.00"));
    assertThat(r.get(0).employerCost()).isEqualTo(pln("9638.40"));
    assertThat(r.get(5).healthInsurance()).isEqualTo(pln("399.33"));
    assertThat(r.get(5).costsOfIncome()).isEqualTo(pln("887.40"));
    assertThat(r.get(5).taxAdvance()).isEqualTo(pln("126.00"));
    assertThat(r.get(5).net()).isEqualTo(pln("3911.67"));
    assertThat(r.get(5).employerCost()).isEqualTo(pln("6024.00"));
    assertThat(r.get(6).healthInsurance()).isEqualTo(pln("638.93"));
    assertThat(r.get(6).costsOfIncome()).isEqualTo(pln("1419.84"));
    assertThat(r.get(6).taxAdvance()).isEqualTo(pln("681.00"));
    assertThat(r.get(6).net()).isEqualTo(pln("5779.27"));
    assertThat(sum(r, PayoutResult::taxAdvance)).isEqualTo(pln("4998.00"));
    assertThat(sum(r, PayoutResult::net)).isEqualTo(pln("76562.91"));
  }

  /*
   * Specific-task with PIT-2, 8,000.00 a month and the June bonus: no contributions; costs 20 % of each payout.
   * A month alone: costs 1,600, base 6,400, advance 768 − 300 = 468, net 7,532. Bonus: costs 1,000, base 4,000,
   * advance 480 − 300 = 180, net 4,820. June's pay: the reduction is used, advance 768, net 7,232.
   * Year: advances 11 × 468 + 180 + 768 = 6,096; net 101,000 − 6,096 = 94,904.
   */
  @Test
  void specificTaskYearWithABonusPaidAsASecondPayoutInJune() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("D-2").contract(ContractType.SPECIFIC_TASK)
        .taxReduction(TaxReduction.ONE_PAYER).build();
    List<PayoutResult> r = yearWithBonus(terms);
    assertThat(r.get(0).taxAdvance()).isEqualTo(pln("468.00"));
    assertThat(r.get(0).net()).isEqualTo(pln("7532.00"));
    assertThat(r.get(5).taxAdvance()).isEqualTo(pln("180.00"));
    assertThat(r.get(5).net()).isEqualTo(pln("4820.00"));
    assertThat(r.get(6).taxAdvance()).isEqualTo(pln("768.00"));
    assertThat(r.get(6).net()).isEqualTo(pln("7232.00"));
    assertThat(sum(r, PayoutResult::taxAdvance)).isEqualTo(pln("6096.00"));
    assertThat(sum(r, PayoutResult::net)).isEqualTo(pln("94904.00"));
    assertThat(sum(r, PayoutResult::employerCost)).isEqualTo(pln("101000.00"));
  }

  static Money sum(List<PayoutResult> rs, java.util.function.Function<PayoutResult, Money> f) {
    Money s = pln("0.00");
    for (PayoutResult r : rs) {
      s = s.plus(f.apply(r));
    }
    return s;
  }
}
