package dev.backoffice.payroll.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A whole year per contract type with 25,000.00 zł a month in 2025, a pay that crosses both the 120,000 zł
 * tax threshold and the 30× cap (260,190 zł = 30 × 8,673). The expected figures are derived by hand below
 * (rounding: contributions to the grosz half up, tax base and advance to the złoty half up).
 */
class FullYearTest {
  private final PayrollCalculator calc = PayrollCalculator.standard();
  private static final MonthInput MONTHLY = MonthInput.of(2025, 1, pln("25000.00"));

  /*
   * Employment, PIT-2 (300 zł), KUP 250, accident 1.67 %.
   * Months 1–10: pension 25,000 × 9.76 % = 2,440.00; disability × 1.5 % = 375.00; sickness × 2.45 % = 612.50;
   *   social = 3,427.50. Health 9 % × (25,000 − 3,427.50 = 21,572.50) = 1,941.525 → 1,941.53.
   *   Tax base 25,000 − 3,427.50 − 250 = 21,322.50 → 21,323.
   *   Cumulative tax base: 21,323 × 5 = 106,615 after May.
   *   Months 1–5: 21,323 × 12 % = 2,558.76 − 300 = 2,258.76 → 2,259; net 25,000 − 3,427.50 − 1,941.53 − 2,259 = 17,371.97.
   *   Month 6 crosses 120,000: 120,000 − 106,615 = 13,385 at 12 % = 1,606.20, the other 7,938 at 32 % = 2,540.16;
   *     4,146.36 − 300 = 3,846.36 → 3,846; net 15,784.97.
   *   Months 7–10: 21,323 × 32 % = 6,823.36 − 300 = 6,523.36 → 6,523; net 13,107.97.
   * Cap: 10 × 25,000 = 250,000 charged by October; November charges the remainder 10,190:
   *   pension 10,190 × 9.76 % = 994.544 → 994.54; disability 10,190 × 1.5 % = 152.85; sickness 612.50 (no cap);
   *   social 1,759.89; health 9 % × 23,240.11 = 2,091.6099 → 2,091.61; tax base 25,000 − 1,759.89 − 250 = 22,990.11
   *   → 22,990; 22,990 × 32 % = 7,356.80 − 300 → 7,057; net 25,000 − 1,759.89 − 2,091.61 − 7,057 = 14,091.50.
   * December: pension and disability 0; sickness 612.50; health 9 % × 24,387.50 = 2,194.875 → 2,194.88;
   *   tax base 24,137.50 → 24,138; × 32 % = 7,724.16 − 300 → 7,424; net 25,000 − 612.50 − 2,194.88 − 7,424 = 14,768.62.
   * Employer, months 1–10: pension 2,440.00 + disability 6.5 % 1,625.00 + accident 1.67 % 417.50 + FP 2.45 % 612.50
   *   + FGŚP 0.10 % 25.00 = 5,120.00 → cost 30,120.00. November: 994.54 + 10,190 × 6.5 % = 662.35 + 417.50 + 612.50
   *   + 25.00 = 2,711.89 → 27,711.89. December: 417.50 + 612.50 + 25.00 = 1,055.00 → 26,055.00.
   * Year: tax 5 × 2,259 + 3,846 + 4 × 6,523 + 7,057 + 7,424 = 55,714; net 5 × 17,371.97 + 15,784.97 + 4 × 13,107.97
   *   + 14,091.50 + 14,768.62 = 183,936.82; employer cost 10 × 30,120.00 + 27,711.89 + 26,055.00 = 354,966.89.
   */
  @Test
  void employmentYearCrossesThe32PercentThresholdInJuneAndTheCapInNovember() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("E-1").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).accidentRate(Rate.ofPercent("1.67")).build();
    PayrollYear year = calc.year(terms, MONTHLY, 2025);
    List<Payslip> m = year.months();
    assertThat(m).hasSize(12);
    for (int i = 0; i < 10; i++) {
      assertThat(m.get(i).employeePension()).isEqualTo(pln("2440.00"));
      assertThat(m.get(i).employeeDisability()).isEqualTo(pln("375.00"));
      assertThat(m.get(i).employeeSickness()).isEqualTo(pln("612.50"));
      assertThat(m.get(i).healthInsurance()).isEqualTo(pln("1941.53"));
      assertThat(m.get(i).taxBase()).isEqualTo(pln("21323.00"));
      assertThat(m.get(i).employerCost()).isEqualTo(pln("30120.00"));
    }
    for (int i = 0; i < 5; i++) {
      assertThat(m.get(i).taxAdvance()).isEqualTo(pln("2259.00"));
      assertThat(m.get(i).net()).isEqualTo(pln("17371.97"));
    }
    assertThat(m.get(5).taxAdvance()).isEqualTo(pln("3846.00"));
    assertThat(m.get(5).net()).isEqualTo(pln("15784.97"));
    assertThat(m.get(5).line(LineCode.TAX_LOWER).get().base()).isEqualTo(pln("13385.00"));
    assertThat(m.get(5).line(LineCode.TAX_UPPER).get().base()).isEqualTo(pln("7938.00"));
    assertThat(m.get(5).line(LineCode.TAX_UPPER).get().amount()).isEqualTo(pln("2540.16"));
    for (int i = 6; i < 10; i++) {
      assertThat(m.get(i).taxAdvance()).isEqualTo(pln("6523.00"));
      assertThat(m.get(i).net()).isEqualTo(pln("13107.97"));
      assertThat(m.get(i).line(LineCode.TAX_REDUCTION).get().amount()).isEqualTo(pln("300.00"));
    }
    Payslip nov = m.get(10);
    assertThat(nov.pensionDisabilityBase()).isEqualTo(pln("10190.00"));
    assertThat(nov.employeePension()).isEqualTo(pln("994.54"));
    assertThat(nov.employeeDisability()).isEqualTo(pln("152.85"));
    assertThat(nov.employeeSickness()).isEqualTo(pln("612.50"));
    assertThat(nov.healthInsurance()).isEqualTo(pln("2091.61"));
    assertThat(nov.taxBase()).isEqualTo(pln("22990.00"));
    assertThat(nov.taxAdvance()).isEqualTo(pln("7057.00"));
    assertThat(nov.net()).isEqualTo(pln("14091.50"));
    assertThat(nov.employerPension()).isEqualTo(pln("994.54"));
    assertThat(nov.employerDisability()).isEqualTo(pln("662.35"));
    assertThat(nov.employerCost()).isEqualTo(pln("27711.89"));
    assertThat(nov.line(LineCode.EMPLOYEE_PENSION).get().note()).hasValueSatisfying(n -> assertThat(n).contains("remainder"));
    Payslip dec = m.get(11);
    assertThat(dec.employeePension()).isEqualTo(pln("0.00"));
    assertThat(dec.employerDisability()).isEqualTo(pln("0.00"));
    assertThat(dec.healthInsurance()).isEqualTo(pln("2194.88"));
    assertThat(dec.taxAdvance()).isEqualTo(pln("7424.00"));
    assertThat(dec.net()).isEqualTo(pln("14768.62"));
    assertThat(dec.employerCost()).isEqualTo(pln("26055.00"));
    assertThat(dec.yearToDate().pensionDisabilityBase()).isEqualTo(pln("260190.00"));
    assertThat(year.totals().taxAdvance()).isEqualTo(pln("55714.00"));
    assertThat(year.totals().net()).isEqualTo(pln("183936.82"));
    assertThat(year.totals().employerCost()).isEqualTo(pln("354966.89"));
  }

  /*
   * Mandate with voluntary sickness and PIT-2, 25,000.00 a month. The sickness base is limited to 250 % of the
   * forecast average wage: 2.5 × 8,673 = 21,682.50, so sickness = 21,682.50 × 2.45 % = 531.22125 → 531.22.
   * Months 1–10: social 2,440.00 + 375.00 + 531.22 = 3,346.22; health 9 % × 21,653.78 = 1,948.8402 → 1,948.84;
   *   costs 20 % × 21,653.78 = 4,330.756 → 4,330.76; tax base 17,323.02 → 17,323; advance 12 % always
   *   (art. 41 ust. 1, even after the cumulative base passes 120,000 in July): 2,078.76 − 300 → 1,779;
   *   net 25,000 − 3,346.22 − 1,948.84 − 1,779 = 17,925.94.
   * November (cap remainder 10,190): social 994.54 + 152.85 + 531.22 = 1,678.61; health 9 % × 23,321.39 =
   *   2,098.9251 → 2,098.93; costs 4,664.278 → 4,664.28; base 18,657.11 → 18,657; 2,238.84 − 300 → 1,939;
   *   net 19,283.46.
   * December: social 531.22; health 9 % × 24,468.78 = 2,202.1902 → 2,202.19; costs 4,893.756 → 4,893.76;
   *   base 19,575.02 → 19,575; 2,349.00 − 300 = 2,049; net 20,217.59.
   * Employer as on employment (FP due: base above the minimum wage): 30,120.00 ×10, 27,711.89, 26,055.00.
   * Year: tax 10 × 1,779 + 1,939 + 2,049 = 21,778; net 10 × 17,925.94 + 19,283.46 + 20,217.59 = 218,760.45.
   */
  @Test
  void mandateYearKeeps12PercentAfterTheThresholdAndStopsPensionAtTheCap() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("Z-1").contract(ContractType.MANDATE)
        .taxReduction(TaxReduction.ONE_PAYER).voluntarySickness(true).build();
    PayrollYear year = calc.year(terms, MONTHLY, 2025);
    List<Payslip> m = year.months();
    for (int i = 0; i < 10; i++) {
      assertThat(m.get(i).employeeSickness()).isEqualTo(pln("531.22"));
      assertThat(m.get(i).healthInsurance()).isEqualTo(pln("1948.84"));
      assertThat(m.get(i).costsOfIncome()).isEqualTo(pln("4330.76"));
      assertThat(m.get(i).taxAdvance()).isEqualTo(pln("1779.00"));
      assertThat(m.get(i).net()).isEqualTo(pln("17925.94"));
      assertThat(m.get(i).employerCost()).isEqualTo(pln("30120.00"));
      assertThat(m.get(i).line(LineCode.TAX_UPPER)).isEmpty();
    }
    assertThat(m.get(6).yearToDate().taxBase().isGreaterThan(pln("120000.00"))).isTrue();
    assertThat(m.get(10).taxAdvance()).isEqualTo(pln("1939.00"));
    assertThat(m.get(10).net()).isEqualTo(pln("19283.46"));
    assertThat(m.get(10).employerCost()).isEqualTo(pln("27711.89"));
    assertThat(m.get(11).employeePension()).isEqualTo(pln("0.00"));
    assertThat(m.get(11).healthInsurance()).isEqualTo(pln("2202.19"));
    assertThat(m.get(11).taxAdvance()).isEqualTo(pln("2049.00"));
    assertThat(m.get(11).net()).isEqualTo(pln("20217.59"));
    assertThat(year.totals().taxAdvance()).isEqualTo(pln("21778.00"));
    assertThat(year.totals().net()).isEqualTo(pln("218760.45"));
    assertThat(year.totals().employerCost()).isEqualTo(pln("354966.89"));
  }

  /*
   * Specific-task with author's costs (50 %), no PIT-2, 25,000.00 a month: no ZUS and no health, so the 30× cap
   * never matters (300,000 paid, nothing charged); advances are 12 % although the cumulative base passes
   * 120,000 in October. Costs 50 % × 25,000 = 12,500 until the 120,000 limit of author's costs:
   * 9 × 12,500 = 112,500 by September, October gets the remaining 7,500, November and December none.
   * Months 1–9: base 12,500, tax 1,500, net 23,500. October: base 17,500, tax 2,100, net 22,900.
   * November–December: base 25,000, tax 3,000, net 22,000. Year: tax 21,600, net 278,400, cost = gross 300,000.
   */
  @Test
  void specificTaskYearHasNoContributionsAndUsesUpTheAuthorsCostLimitInOctober() {
    EmployeeTerms terms = EmployeeTerms.builder().employeeId("D-1").contract(ContractType.SPECIFIC_TASK).authorCosts(true).build();
    PayrollYear year = calc.year(terms, MONTHLY, 2025);
    List<Payslip> m = year.months();
    for (int i = 0; i < 9; i++) {
      assertThat(m.get(i).costsOfIncome()).isEqualTo(pln("12500.00"));
      assertThat(m.get(i).taxAdvance()).isEqualTo(pln("1500.00"));
      assertThat(m.get(i).net()).isEqualTo(pln("23500.00"));
    }
    assertThat(m.get(9).costsOfIncome()).isEqualTo(pln("7500.00"));
    assertThat(m.get(9).taxAdvance()).isEqualTo(pln("2100.00"));
    assertThat(m.get(9).net()).isEqualTo(pln("22900.00"));
    for (int i = 10; i < 12; i++) {
      assertThat(m.get(i).costsOfIncome()).isEqualTo(pln("0.00"));
      assertThat(m.get(i).taxAdvance()).isEqualTo(pln("3000.00"));
      assertThat(m.get(i).net()).isEqualTo(pln("22000.00"));
    }
    for (Payslip p : m) {
      assertThat(p.employeeSocial()).isEqualTo(pln("0.00"));
      assertThat(p.healthInsurance()).isEqualTo(pln("0.00"));
      assertThat(p.employerCost()).isEqualTo(pln("25000.00"));
      assertThat(p.line(LineCode.TAX_UPPER)).isEmpty();
    }
    assertThat(m.get(11).yearToDate().authorCosts()).isEqualTo(pln("120000.00"));
    assertThat(year.totals().taxAdvance()).isEqualTo(pln("21600.00"));
    assertThat(year.totals().net()).isEqualTo(pln("278400.00"));
    assertThat(year.totals().employerCost()).isEqualTo(pln("300000.00"));
  }

  static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }
}
