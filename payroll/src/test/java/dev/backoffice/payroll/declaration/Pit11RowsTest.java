package dev.backoffice.payroll.declaration;

import static dev.backoffice.payroll.declaration.DeclarationsTest.pln;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.SickPay;
import dev.backoffice.payroll.calc.SickPayKind;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.TaxRelief;
import dev.backoffice.payroll.params.PayrollParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which PIT-11 row and position each kind of revenue goes to, by the form's notes 15–19; figures derived by hand. */
class Pit11RowsTest {
  private static final PayrollCalculator CALC = PayrollCalculator.standard();

  private static dev.backoffice.payroll.calc.ImmutableEmployeeTerms.Builder employment(String id) {
    return dev.backoffice.payroll.calc.ImmutableEmployeeTerms.builder().employeeId(id).contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER);
  }

  private static Pit11 pit11(int year, String id, List<Payout> payouts) {
    return Pit11.of(year, id, CALC.payAll(payouts), PayrollParameters.standard());
  }

  @Test
  void youthReliefUntilTheTwentySixthBirthdayThenRowOne() {
    // born 15 March 2000: 26 on 15 March 2026. January 2026 (6,000) exempt: P_109 = P_110 = 6,000.00, its social
    // 822.60 in P_97; March paid 31 March, after the birthday: row 1 6,000.00 / 250.00 / 5,750.00 / 291, P_95 822.60
    EmployeeTerms t = employment("Y").birthDate(LocalDate.of(2000, 3, 15)).build();
    Pit11 f = pit11(2026, "Y", List.of(Payout.inMonthWorked(t, MonthInput.of(2026, 1, pln("6000.00"))),
        Payout.inMonthWorked(t, MonthInput.of(2026, 3, pln("6000.00")))));
    assertThat(f.positions()).containsAllEntriesOf(Map.of("P_29", "6000.00", "P_30", "250.00", "P_31", "5750.00", "P_33", "291",
        "P_95", "822.60", "P_97", "822.60", "P_109", "6000.00", "P_110", "6000.00"));
    assertThat(f.row(Pit11Source.EMPLOYMENT_UNDER_26)).isEmpty();
  }

  @Test
  void waivedYouthReliefGoesToRowTwoWithItsContributionsInP96() {
    EmployeeTerms t = employment("W").birthDate(LocalDate.of(2001, 6, 15)).youthReliefWaived(true).build();
    Pit11 f = pit11(2025, "W", List.of(Payout.inMonthWorked(t, MonthInput.of(2025, 1, pln("6000.00")))));
    assertThat(f.positions()).containsExactly(Map.entry("P_28", "1"), Map.entry("P_36", "6000.00"), Map.entry("P_37", "250.00"),
        Map.entry("P_38", "5750.00"), Map.entry("P_40", "291"), Map.entry("P_96", "822.60"), Map.entry("P_122", "465.97"));
  }

  @Test
  void seniorReliefBeyondItsLimitGoesToRowThree() {
    // senior relief (art. 21 ust. 1 pkt 154), limit 85,528. January 80,000: all exempt, social 7,808 + 1,200 + 1,960
    // = 10,968.00 (P_97). February 10,000: 5,528 exempt, 4,472 taxed; social 1,371.00 of which deductible
    // 1,371 × 4,472 / 10,000 = 613.1112 → 613.11 (P_96), the rest 757.89 in P_97; costs 250; tax base 4,472 − 613.11
    // − 250 = 3,608.89 → 3,609; 12 % = 433.08 − 300 → 133. Row 3: 4,472.00 / 250.00 / 4,222.00 / 133
    EmployeeTerms t = employment("S").addDeclaredReliefs(TaxRelief.SENIOR).build();
    Pit11 f = pit11(2025, "S", List.of(Payout.inMonthWorked(t, MonthInput.of(2025, 1, pln("80000.00"))),
        Payout.inMonthWorked(t, MonthInput.of(2025, 2, pln("10000.00")))));
    assertThat(f.positions()).containsAllEntriesOf(Map.of("P_43", "4472.00", "P_44", "250.00", "P_45", "4222.00", "P_47", "133",
        "P_96", "613.11", "P_97", "11725.89", "P_114", "85528.00", "P_115", "85528.00", "P_120", "1"));
    assertThat(f.totalRevenue()).isEqualTo(pln("90000.00"));
  }

  @Test
  void flatTaxedSmallAgreementsAreNotInPit11ButApartInPit4R() {
    // art. 30 ust. 1 pkt 5a: 200.00 specific task, flat 12 % = 24; declared in PIT-8AR, not PIT-11 or PIT-4R
    EmployeeTerms t = EmployeeTerms.builder().employeeId("F").contract(ContractType.SPECIFIC_TASK).smallAgreementFlatTax(true).build();
    ImmutableList<PayoutResult> r = CALC.payAll(List.of(Payout.of(t, MonthInput.of(2025, 5, pln("200.00")), LocalDate.of(2025, 5, 20))));
    assertThat(Pit11.ofAll(2025, r)).isEmpty();
    Pit4R y = Pit4R.of(2025, r);
    assertThat(y.months().get(4).flatTax()).isEqualTo(pln("24.00"));
    assertThat(y.total()).isEqualTo(pln("0.00"));
  }

  @Test
  void aMonthOfBenefitOnlyIsRowFifteenWithItsAdvance() {
    // the whole month paid as ZUS benefit (4,141.80): no revenue from employment, so no employment costs
    // (art. 20 ust. 1, art. 22 ust. 2 ustawy o PIT); the advance goes with the benefit to row 15 (note 15)
    EmployeeTerms t = employment("Z").build();
    MonthInput in = MonthInput.builder().from(MonthInput.of(2025, 4, pln("6000.00"))).unpaidAbsence(pln("6000.00"))
        .addSickPay(SickPay.of(SickPayKind.SICKNESS_BENEFIT, pln("4141.80"))).build();
    ImmutableList<PayoutResult> r = CALC.payAll(List.of(Payout.inMonthWorked(t, in)));
    Pit11 f = Pit11.of(2025, "Z", r, PayrollParameters.standard());
    assertThat(f.row(Pit11Source.EMPLOYMENT)).isEmpty();
    Pit11Row other = f.row(Pit11Source.OTHER_SOURCES).orElseThrow();
    assertThat(other.revenue()).isEqualTo(pln("4141.80"));
    assertThat(other.costs()).isEqualTo(pln("0.00"));
    assertThat(other.advance()).isEqualTo(r.get(0).taxAdvance());
    // a payer that deducted employment costs from the benefit is told so
    assertThat(f.notes().isEmpty()).isEqualTo(r.get(0).costsOfIncome().isZero());
  }

  @Test
  void twoEmploymentContractsMakeCostsKindTwo() {
    EmployeeTerms first = employment("T").contractId("E1").build();
    EmployeeTerms second = employment("T").contractId("E2").taxReduction(TaxReduction.NONE).build();
    Pit11 f = pit11(2025, "T", List.of(Payout.inMonthWorked(first, MonthInput.of(2025, 1, pln("3000.00"))),
        Payout.inMonthWorked(second, MonthInput.of(2025, 1, pln("3000.00")))));
    assertThat(f.costsKind()).contains(2);
    assertThat(f.row(Pit11Source.EMPLOYMENT).orElseThrow().revenue()).isEqualTo(pln("6000.00"));
  }

  @Test
  void aStudentOnAMandateIsNotInRcaOrDra() {
    EmployeeTerms t = EmployeeTerms.builder().employeeId("U").contract(ContractType.MANDATE).student(true)
        .birthDate(LocalDate.of(2004, 2, 2)).build();
    ImmutableList<PayoutResult> r = CALC.payAll(List.of(Payout.inMonthWorked(t, MonthInput.of(2025, 6, pln("2500.00")))));
    assertThat(RcaEntry.of(YearMonth.of(2025, 6), r)).isEmpty();
    assertThat(Dra.of(YearMonth.of(2025, 6), r).insuredPersons()).isZero();
    assertThat(InsuranceTitle.of(ContractType.SPECIFIC_TASK)).isEmpty();
  }

  @Test
  void checksSayWhatDisagrees() {
    Pit11 empty = Pit11.ofAll(2025, CALC.payAll(List.of(Payout.inMonthWorked(employment("X").build(),
        MonthInput.of(2025, 1, pln("1000.00")))))).get(0);
    ImmutableList<PayoutResult> other = CALC.payAll(List.of(Payout.inMonthWorked(employment("X").build(),
        MonthInput.of(2025, 1, pln("2000.00")))));
    ConsistencyCheck c = DeclarationChecks.pit11MatchesPayouts(empty, other).get(0);
    assertThat(c.passed()).isFalse();
    assertThat(c.toString()).startsWith("FAILED pit11-revenue:X:2025").contains("1000.00 ≠ 2000.00");
  }
}
