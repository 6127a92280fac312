package dev.backoffice.payroll.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.payroll.absence.AbsenceDeduction;
import dev.backoffice.payroll.absence.AbsenceKind;
import dev.backoffice.payroll.absence.AbsencePeriod;
import dev.backoffice.payroll.absence.MonthAbsence;
import dev.backoffice.payroll.absence.SickDays;
import dev.backoffice.payroll.absence.SickLeave;
import dev.backoffice.payroll.absence.SicknessBase;
import dev.backoffice.payroll.absence.WorkingTimeCalendar;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.posting.PostingScheme;
import dev.backoffice.payroll.posting.ZusAccountCheck;
import dev.backoffice.payroll.run.ImmutablePayrollRegister;
import dev.backoffice.payroll.run.PayrollRegister;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Declarations of a small payer in 2025, every figure derived by hand in the comments:
 * <ul>
 *   <li>A: employment, PIT-2, 6,000.00 a month, January–November paid on the last day of the month, December paid on
 *       10 January 2026. Each month: social 585.60 + 90.00 + 147.00 = 822.60; health 9 % × 5,177.40 = 465.97; tax base
 *       6,000 − 822.60 − 250 = 4,927.40 → 4,927; advance 12 % = 591.24 − 300 → 291;
 *   <li>B: mandate, born 15 June 2001 (23), 3,000.00 paid 31 March and 30 April: all revenue exempt (youth relief,
 *       art. 21 ust. 1 pkt 148); social 292.80 + 45.00 = 337.80 (no sickness); health 9 % × 2,662.20 = 239.60;
 *   <li>C: specific-task contract, 1,000.00 paid 20 March: costs 20 % = 200.00, advance 12 % × 800 = 96;
 *   <li>D: employment, PIT-2, monthly rate 6,000.00, January and February in full; in March 10 days of illness paid
 *       as ZUS benefit (33 employer days used before): deduction 6,000 / 30 × 10 = 2,000.00, benefit 5,177.40 × 80 %
 *       / 30 = 138.06 × 10 = 1,380.60; gross 5,380.60, ZUS base 4,000: social 390.40 + 60.00 + 98.00 = 548.40,
 *       health 9 % × 4,832.20 = 434.90, tax base 5,380.60 − 548.40 − 250 → 4,582, advance 549.84 − 300 → 250;
 *       Labour Fund due (the base converted to a full month is 6,000): 2.45 % × 4,000 = 98.00.
 * </ul>
 */
class DeclarationsTest {
  private static final PayrollCalculator CALC = PayrollCalculator.standard();
  static final EmployeeTerms A = EmployeeTerms.builder().employeeId("A").contract(ContractType.EMPLOYMENT)
      .taxReduction(TaxReduction.ONE_PAYER).build();
  static final EmployeeTerms B = EmployeeTerms.builder().employeeId("B").contract(ContractType.MANDATE)
      .birthDate(LocalDate.of(2001, 6, 15)).build();
  static final EmployeeTerms C = EmployeeTerms.of("C", ContractType.SPECIFIC_TASK);
  static final EmployeeTerms D = EmployeeTerms.builder().employeeId("D").contract(ContractType.EMPLOYMENT)
      .taxReduction(TaxReduction.ONE_PAYER).monthlyRate(pln("6000.00")).build();

  static Money pln(String a) {
    return Monies.of("PLN", a);
  }

  static ImmutableList<PayoutResult> payouts() {
    List<Payout> p = new ArrayList<>();
    for (int m = 1; m <= 11; m++) {
      p.add(Payout.inMonthWorked(A, MonthInput.of(2025, m, pln("6000.00"))));
    }
    p.add(Payout.of(A, MonthInput.of(2025, 12, pln("6000.00")), LocalDate.of(2026, 1, 10)));
    p.add(Payout.of(B, MonthInput.of(2025, 3, pln("3000.00")), LocalDate.of(2025, 3, 31)));
    p.add(Payout.of(B, MonthInput.of(2025, 4, pln("3000.00")), LocalDate.of(2025, 4, 30)));
    p.add(Payout.of(C, MonthInput.of(2025, 3, pln("1000.00")), LocalDate.of(2025, 3, 20)));
    p.add(Payout.inMonthWorked(D, MonthInput.of(2025, 1, pln("6000.00"))));
    p.add(Payout.inMonthWorked(D, MonthInput.of(2025, 2, pln("6000.00"))));
    AbsenceDeduction d = AbsenceDeduction.of(MonthAbsence.builder().month(YearMonth.of(2025, 3)).monthlyRate(pln("6000.00"))
        .addPeriods(AbsencePeriod.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 12), AbsenceKind.SICKNESS)).build(),
        WorkingTimeCalendar.polish());
    SicknessBase base = SicknessBase.of(Collections.nCopies(12, pln("6000.00")), dev.backoffice.core.money.Rate.ofPercent("13.71"));
    SickLeave s = SickLeave.of(SickDays.builder().year(2025).days(d.sickDays()).daysUsedBefore(33).base(base).build());
    p.add(Payout.inMonthWorked(D, MonthInput.builder().from(MonthInput.of(2025, 3, pln("6000.00"))).unpaidAbsence(d.total())
        .addAllSickPay(s.sickPay()).build()));
    return CALC.payAll(p);
  }

  @Test
  void pit11OfEmploymentPaidOnTheTenthOfTheNextMonth() {
    ImmutableList<PayoutResult> all = payouts();
    Pit11 a2025 = Pit11.of(2025, "A", all, dev.backoffice.payroll.params.PayrollParameters.standard());
    // 11 payouts paid in 2025: revenue 66,000.00, costs 2,750.00, income 63,250.00, advances 11 × 291 = 3,201
    assertThat(a2025.payouts()).isEqualTo(11);
    Pit11Row row1 = a2025.row(Pit11Source.EMPLOYMENT).orElseThrow();
    assertThat(row1.revenue()).isEqualTo(pln("66000.00"));
    assertThat(row1.costs()).isEqualTo(pln("2750.00"));
    assertThat(row1.income()).isEqualTo(pln("63250.00"));
    assertThat(row1.advance()).isEqualTo(pln("3201.00"));
    // P_95 11 × 822.60 = 9,048.60; P_122 11 × 465.97 = 5,125.67; P_28 1 (one employment, standard costs)
    assertThat(a2025.positions()).containsEntry("P_28", "1").containsEntry("P_29", "66000.00").containsEntry("P_30", "2750.00")
        .containsEntry("P_31", "63250.00").containsEntry("P_33", "3201").containsEntry("P_95", "9048.60")
        .containsEntry("P_122", "5125.67").doesNotContainKey("P_96");
    // December's pay paid on 10 January 2026 is 2026 revenue (art. 11 ust. 1 ustawy o PIT)
    Pit11 a2026 = Pit11.ofAll(2026, all).get(0);
    assertThat(a2026.employeeId()).isEqualTo("A");
    assertThat(a2026.totalRevenue()).isEqualTo(pln("6000.00"));
    assertThat(a2026.totalAdvances()).isEqualTo(pln("291.00"));
    assertThat(DeclarationChecks.pit11MatchesPayouts(a2025, all)).allMatch(ConsistencyCheck::passed);
  }

  @Test
  void pit11OfYouthMandateSpecificTaskAndSicknessBenefit() {
    ImmutableList<PayoutResult> all = payouts();
    ImmutableList<Pit11> forms = Pit11.ofAll(2025, all);
    assertThat(forms).extracting(Pit11::employeeId).containsExactly("A", "B", "C", "D");
    // B: nothing taxed; P_109 = P_111 = 6,000.00; P_97 = 2 × 337.80 = 675.60; P_122 = 2 × 239.60 = 479.20
    Pit11 b = forms.get(1);
    assertThat(b.rows()).isEmpty();
    assertThat(b.positions()).containsExactly(java.util.Map.entry("P_97", "675.60"), java.util.Map.entry("P_109", "6000.00"),
        java.util.Map.entry("P_111", "6000.00"), java.util.Map.entry("P_122", "479.20"));
    // C: row 5 (umowa o dzieło, art. 13 pkt 8): 1,000.00 / 200.00 / 800.00 / 96
    assertThat(forms.get(2).positions()).containsExactly(java.util.Map.entry("P_54", "1000.00"), java.util.Map.entry("P_55", "200.00"),
        java.util.Map.entry("P_56", "800.00"), java.util.Map.entry("P_57", "96"));
    // D: row 1 revenue 6,000 + 6,000 + 4,000 = 16,000.00, costs 750.00, advances 291 + 291 + 250 = 832 (note 15: shown
    // once, with the pay); row 15 the benefit 1,380.60 without costs; P_95 822.60 × 2 + 548.40 = 2,193.60
    Pit11 d = forms.get(3);
    assertThat(d.row(Pit11Source.EMPLOYMENT).orElseThrow()).satisfies(r -> {
      assertThat(r.revenue()).isEqualTo(pln("16000.00"));
      assertThat(r.costs()).isEqualTo(pln("750.00"));
      assertThat(r.advance()).isEqualTo(pln("832.00"));
    });
    assertThat(d.row(Pit11Source.OTHER_SOURCES).orElseThrow()).satisfies(r -> {
      assertThat(r.revenue()).isEqualTo(pln("1380.60"));
      assertThat(r.costs()).isEqualTo(pln("0.00"));
      assertThat(r.advance()).isEqualTo(pln("0.00"));
    });
    assertThat(d.deductibleSocial()).isEqualTo(pln("2193.60"));
    assertThat(d.totalRevenue()).isEqualTo(pln("17380.60"));
    for (Pit11 f : forms) {
      assertThat(DeclarationChecks.pit11MatchesPayouts(f, all)).allMatch(ConsistencyCheck::passed);
    }
  }

  @Test
  void pit4rByMonthOfPayment() {
    ImmutableList<PayoutResult> all = payouts();
    Pit4R y2025 = Pit4R.of(2025, all);
    // January and February: A 291 + D 291 = 582; March A 291 + D 250 = 541 (art. 32) and C 96 (art. 41);
    // April–November 291; December nothing (A's December pay is paid in 2026)
    assertThat(y2025.months().get(0).employment()).isEqualTo(pln("582.00"));
    assertThat(y2025.months().get(2).employment()).isEqualTo(pln("541.00"));
    assertThat(y2025.months().get(2).personalActivity()).isEqualTo(pln("96.00"));
    assertThat(y2025.months().get(3).total()).isEqualTo(pln("291.00"));
    assertThat(y2025.months().get(11).total()).isEqualTo(pln("0.00"));
    // 3,201 (A) + 832 (D) + 96 (C) = 4,129
    assertThat(y2025.total()).isEqualTo(pln("4129.00"));
    assertThat(Pit4R.of(2026, all).months().get(0).total()).isEqualTo(pln("291.00"));
    assertThat(DeclarationChecks.pit4rEqualsSumOfPit11(y2025, Pit11.ofAll(2025, all)).passed()).isTrue();
  }

  @Test
  void draAndRcaOfMarch2025() {
    ImmutableList<PayoutResult> all = payouts();
    YearMonth march = YearMonth.of(2025, 3);
    ImmutableList<RcaEntry> rca = RcaEntry.of(march, all);
    // A, B and D are insured (0110, 0411, 0110); C's specific-task contract is not
    assertThat(rca).extracting(RcaEntry::employeeId, e -> e.title().fullCode()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A", "011000"), org.assertj.core.groups.Tuple.tuple("B", "041100"),
        org.assertj.core.groups.Tuple.tuple("D", "011000"));
    ZusContributions b = rca.get(1).contributions();
    assertThat(b.sicknessBase()).isEqualTo(pln("0.00"));
    assertThat(b.disabilityPayer()).isEqualTo(pln("195.00"));
    assertThat(b.accidentPayer()).isEqualTo(pln("50.10"));
    assertThat(b.healthBase()).isEqualTo(pln("2662.20"));
    ZusContributions d = rca.get(2).contributions();
    assertThat(d.laborFund()).isEqualTo(pln("98.00"));
    assertThat(d.healthBase()).isEqualTo(pln("4832.20"));
    Dra dra = Dra.of(march, all);
    ZusContributions t = dra.contributions();
    // pension 585.60 + 292.80 + 390.40 = 1,268.80 each side; disability 195.00 / 845.00; sickness 147 + 98 = 245.00;
    // accident 100.20 + 50.10 + 66.80 = 217.10; health 465.97 + 239.60 + 434.90 = 1,140.47; FP 147 + 98 = 245.00;
    // FGŚP 6 + 3 + 4 = 13.00; total 5,438.17; less the benefit 1,380.60 → 4,057.57 to pay
    assertThat(dra.insuredPersons()).isEqualTo(3);
    assertThat(t.pensionInsured()).isEqualTo(pln("1268.80"));
    assertThat(t.pensionPayer()).isEqualTo(pln("1268.80"));
    assertThat(t.disabilityInsured()).isEqualTo(pln("195.00"));
    assertThat(t.disabilityPayer()).isEqualTo(pln("845.00"));
    assertThat(t.sicknessInsured()).isEqualTo(pln("245.00"));
    assertThat(t.accidentPayer()).isEqualTo(pln("217.10"));
    assertThat(t.health()).isEqualTo(pln("1140.47"));
    assertThat(t.laborFund()).isEqualTo(pln("245.00"));
    assertThat(t.guaranteedFund()).isEqualTo(pln("13.00"));
    assertThat(t.pensionDisabilityBase()).isEqualTo(pln("13000.00"));
    assertThat(t.healthBase()).isEqualTo(pln("12671.80"));
    assertThat(t.total()).isEqualTo(pln("5438.17"));
    assertThat(dra.benefitsDeducted()).isEqualTo(pln("1380.60"));
    assertThat(dra.payable()).isEqualTo(pln("4057.57"));
    assertThat(DeclarationChecks.draEqualsSumOfRca(dra, rca)).allMatch(ConsistencyCheck::passed);
  }

  @Test
  void draAmountToPayIsTheMonthsMovementOnAccount229() {
    ImmutableList<PayoutResult> all = payouts();
    PostingScheme scheme = PostingScheme.polish();
    List<JournalEntry> entries = new ArrayList<>();
    entries.addAll(scheme.entries(register("LP/2025/03/A", LocalDate.of(2025, 3, 31), all)));
    entries.addAll(scheme.entries(register("LP/2025/03/B", LocalDate.of(2025, 3, 20), all)));
    Dra dra = Dra.of(YearMonth.of(2025, 3), all);
    assertThat(ZusAccountCheck.movement(entries, scheme, YearMonth.of(2025, 3))).isEqualTo(pln("4057.57"));
    assertThat(ZusAccountCheck.check(dra, entries, scheme).passed()).isTrue();
  }

  /** A register of the payouts paid on one day (what a payroll list of that day posts). */
  static PayrollRegister register(String number, LocalDate paid, List<PayoutResult> all) {
    ImmutablePayrollRegister.Builder b = ImmutablePayrollRegister.builder().number(number).year(paid.getYear())
        .month(paid.getMonthValue()).paymentDate(paid);
    for (PayoutResult r : all) {
      if (r.paymentDate().equals(paid)) {
        b.addPayslips(r.payslip());
      }
    }
    return b.build();
  }

  @Test
  void renderersWriteEveryFigure() {
    ImmutableList<PayoutResult> all = payouts();
    String csv = DeclarationRenderer.pit11(Pit11.ofAll(2025, all), DeclarationFormat.CSV);
    assertThat(csv).startsWith("employee,year,position,value\n").contains("A,2025,P_29,66000.00\n").contains("C,2025,P_57,96\n");
    String json = DeclarationRenderer.pit11(Pit11.ofAll(2025, all), DeclarationFormat.JSON);
    assertThat(json).contains("\"totalRevenue\" : \"17380.60\"").contains("\"P_109\" : \"6000.00\"");
    assertThat(DeclarationRenderer.pit11(Pit11.ofAll(2025, all), DeclarationFormat.TEXT)).contains("PIT-11 2025 employee D")
        .contains("1380.60");
    assertThat(DeclarationRenderer.pit4r(Pit4R.of(2025, all), DeclarationFormat.CSV))
        .startsWith("year,month,employment,personal_activity,total,flat_tax\n2025,1,582.00,0.00,582.00,0.00\n");
    YearMonth march = YearMonth.of(2025, 3);
    String dra = DeclarationRenderer.dra(Dra.of(march, all), RcaEntry.of(march, all), DeclarationFormat.CSV);
    assertThat(dra).contains("2025-03,DRA,,3,13000.00,").endsWith(",5438.17\n");
    assertThat(DeclarationRenderer.dra(Dra.of(march, all), RcaEntry.of(march, all), DeclarationFormat.JSON))
        .contains("\"payable\" : \"4057.57\"");
    assertThat(DeclarationFormat.parse("Json")).isEqualTo(DeclarationFormat.JSON);
  }
}
