package dev.backoffice.payroll.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PayoutKind;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.SickPay;
import dev.backoffice.payroll.calc.SickPayKind;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.posting.PostingScheme;
import dev.backoffice.payroll.posting.ZusAccountCheck;
import dev.backoffice.payroll.testkit.PayrollArbitraries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * Invariants of the declarations over generated payers: people on any contract with payouts through 2025, paid in
 * the month worked or on the 10th of the next (December's in January 2026), bonuses as second payouts of a month,
 * sickness benefit beside pay.
 */
class DeclarationProperties {
  private static final PayrollCalculator CALC = PayrollCalculator.standard();

  /** PIT-11 revenue = Σ revenue of the payouts paid in the year; PIT-11 advances likewise; no payout is lost or counted twice. */
  @Property(tries = 60)
  void pit11RevenueIsTheSumOfThePayoutsPaidInTheYear(@ForAll("payers") List<Payout> payouts) {
    ImmutableList<PayoutResult> results = CALC.payAll(payouts);
    Money allYears = Money.zero(Monies.PLN);
    for (int year = 2025; year <= 2026; year++) {
      for (Pit11 f : Pit11.ofAll(year, results)) {
        Money revenue = Money.zero(Monies.PLN);
        Money advances = Money.zero(Monies.PLN);
        for (PayoutResult r : results) {
          if (r.employeeId().equals(f.employeeId()) && r.taxYear() == year) {
            revenue = revenue.plus(r.payslip().taxableRevenue());
            advances = advances.plus(r.taxAdvance());
          }
        }
        assertThat(f.totalRevenue()).isEqualTo(revenue);
        assertThat(f.totalAdvances()).isEqualTo(advances);
        assertThat(DeclarationChecks.pit11MatchesPayouts(f, results)).allMatch(ConsistencyCheck::passed);
        allYears = allYears.plus(f.totalRevenue());
        for (Pit11Row row : f.rows()) {
          assertThat(row.income()).isEqualTo(row.revenue().minus(row.costs()));
          assertThat(row.income().isNegative()).isFalse();
        }
      }
      assertThat(DeclarationChecks.pit4rEqualsSumOfPit11(Pit4R.of(year, results), Pit11.ofAll(year, results)).passed()).isTrue();
    }
    Money paid = Money.zero(Monies.PLN);
    for (PayoutResult r : results) {
      paid = paid.plus(r.payslip().taxableRevenue());
    }
    assertThat(allYears).isEqualTo(paid);
  }

  /** Every month of payment: DRA = Σ RCA fund by fund, and the DRA's amount to pay = the month's movement on 229. */
  @Property(tries = 60)
  void draIsTheSumOfRcaAndTheMovementOnTheZusAccount(@ForAll("payers") List<Payout> payouts) {
    ImmutableList<PayoutResult> results = CALC.payAll(payouts);
    TreeSet<YearMonth> months = new TreeSet<>();
    TreeSet<LocalDate> days = new TreeSet<>();
    for (PayoutResult r : results) {
      months.add(r.paymentMonth());
      days.add(r.paymentDate());
    }
    PostingScheme scheme = PostingScheme.polish();
    List<JournalEntry> entries = new ArrayList<>();
    int n = 0;
    for (LocalDate day : days) {
      // one payroll list per payment day and kind of payout (a person appears once on a list)
      for (PayoutKind kind : PayoutKind.values()) {
        List<PayoutResult> list = new ArrayList<>();
        for (PayoutResult r : results) {
          if (r.paymentDate().equals(day) && r.payout().kind() == kind) {
            list.add(r);
          }
        }
        if (!list.isEmpty()) {
          entries.addAll(scheme.entries(DeclarationsTest.register("LP/" + (++n), day, list)));
        }
      }
    }
    for (YearMonth m : months) {
      Dra dra = Dra.of(m, results);
      assertThat(DeclarationChecks.draEqualsSumOfRca(dra, RcaEntry.of(m, results))).allMatch(ConsistencyCheck::passed);
      assertThat(ZusAccountCheck.check(dra, entries, scheme).passed()).as("DRA %s vs account 229", m).isTrue();
    }
  }

  @Provide
  Arbitrary<List<Payout>> payers() {
    return person("P1").list().ofMinSize(1).ofMaxSize(4).map(lists -> {
      List<Payout> all = new ArrayList<>();
      for (int i = 0; i < lists.size(); i++) {
        String id = "P" + i;
        for (Payout p : lists.get(i)) {
          all.add(Payout.builder().from(p).terms(EmployeeTerms.builder().from(p.terms()).employeeId(id).build()).build());
        }
      }
      return all;
    });
  }

  private Arbitrary<List<Payout>> person(String id) {
    Arbitrary<ContractType> contract = Arbitraries.of(ContractType.class);
    Arbitrary<Optional<LocalDate>> birth = Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(1965, 1, 1).plusDays(d))
        .optional(0.6);
    Arbitrary<Boolean> pit2 = Arbitraries.of(true, false);
    return Combinators.combine(contract, birth, pit2).flatAs((c, b, p2) -> {
      EmployeeTerms t = dev.backoffice.payroll.calc.ImmutableEmployeeTerms.builder().employeeId(id).contract(c).birthDate(b)
          .taxReduction(p2 && c != ContractType.SPECIFIC_TASK ? TaxReduction.ONE_PAYER : TaxReduction.NONE).build();
      Arbitrary<Money> gross = PayrollArbitraries.amounts("300.00", "30000.00");
      Arbitrary<Boolean> lateFlag = Arbitraries.of(true, false);
      Arbitrary<Optional<Money>> bonus = PayrollArbitraries.amounts("100.00", "20000.00").optional(0.2);
      Arbitrary<Optional<Money>> benefit = PayrollArbitraries.amounts("100.00", "5000.00").optional(c == ContractType.EMPLOYMENT ? 0.2 : 0.0);
      Arbitrary<Integer> first = Arbitraries.integers().between(1, 12);
      return Combinators.combine(first, Combinators.combine(gross, lateFlag, bonus, benefit).as(Month::new).list().ofMinSize(1).ofMaxSize(12))
          .as((start, months) -> payouts(t, start, months));
    });
  }

  private static List<Payout> payouts(EmployeeTerms t, int start, List<Month> months) {
    List<Payout> out = new ArrayList<>();
    for (int i = 0; i < months.size() && start + i <= 12; i++) {
      Month m = months.get(i);
      int month = start + i;
      YearMonth ym = YearMonth.of(2025, month);
      LocalDate paid = m.late ? ym.plusMonths(1).atDay(10) : ym.atEndOfMonth();
      dev.backoffice.payroll.calc.ImmutableMonthInput.Builder in = MonthInput.builder().from(MonthInput.of(2025, month, m.gross));
      m.benefit.ifPresent(b -> in.addSickPay(SickPay.of(SickPayKind.SICKNESS_BENEFIT, b)));
      out.add(Payout.of(t, in.build(), paid));
      m.bonus.ifPresent(b -> out.add(Payout.builder().terms(t).input(MonthInput.of(2025, month, b)).paymentDate(paid)
          .kind(PayoutKind.BONUS).build()));
    }
    return out;
  }

  /** One generated month of one person. */
  private static final class Month {
    final Money gross;
    final boolean late;
    final Optional<Money> bonus;
    final Optional<Money> benefit;

    Month(Money gross, boolean late, Optional<Money> bonus, Optional<Money> benefit) {
      this.gross = gross;
      this.late = late;
      this.bonus = bonus;
      this.benefit = benefit;
    }
  }
}
