package dev.backoffice.payroll.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.money.RoundingPolicy;
import dev.backoffice.payroll.testkit.PayrollArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * Invariants of payouts over generated people with one or two contracts and up to 24 payouts of 2025 paid up
 * to 45 days after the period starts (so some in 2026), several in a month, pay and bonuses mixed.
 */
class PayoutProperties {
  private static final Map<Integer, Long> CAP = Map.of(2025, 26019000L, 2026, 28260000L);
  private final PayrollCalculator calc = PayrollCalculator.standard();

  @Property(tries = 150)
  void netIsGrossLessEmployeeDeductionsForEveryPayout(@ForAll("people") List<Payout> payouts) {
    for (PayoutResult r : calc.payAll(payouts)) {
      Money expected = r.gross().minus(r.employeePension()).minus(r.employeeDisability()).minus(r.employeeSickness())
          .minus(r.healthInsurance()).minus(r.taxAdvance()).minus(r.employeePpk());
      assertThat(r.net()).isEqualTo(expected);
      assertThat(r.payslip().line(LineCode.NET).get().amount()).isEqualTo(expected);
      assertThat(r.employerCost()).isEqualTo(r.gross().plus(r.employerContributions()).plus(r.employerPpk()));
      for (Money m : List.of(r.employeePension(), r.employeeDisability(), r.employeeSickness(), r.healthInsurance(),
          r.taxAdvance(), r.employeePpk(), r.employerPension(), r.employerDisability(), r.employerAccident(), r.laborFund(),
          r.guaranteedBenefitsFund(), r.employerPpk(), r.costsOfIncome())) {
        assertThat(m.isNegative()).as("no negative figure in %s", r).isFalse();
      }
    }
  }

  @Property(tries = 150)
  void theThirtyTimesCapIsNeverExceededAcrossPayouts(@ForAll("people") List<Payout> payouts) {
    Map<Integer, Long> pd = new HashMap<>();
    Map<Integer, Money> pension = new HashMap<>();
    for (PayoutResult r : calc.payAll(payouts)) {
      long charged = pd.merge(r.taxYear(), r.payslip().pensionDisabilityBase().getAmountMinorLong(), Long::sum);
      assertThat(charged).as("pension base charged in %s", r.taxYear()).isLessThanOrEqualTo(CAP.get(r.taxYear()));
      pension.merge(r.taxYear(), r.employeePension(), Money::plus);
    }
    for (Map.Entry<Integer, Money> e : pension.entrySet()) {
      // at most the rate of the cap: each month's rounding is on a summed base, so at most half a grosz a month more
      Money ofCap = Rate.ofPercent("9.76").applyTo(Money.ofMinor(Monies.PLN, CAP.get(e.getKey())), RoundingPolicy.GROSZ_HALF_UP);
      assertThat(e.getValue().getAmountMinorLong()).isLessThanOrEqualTo(ofCap.getAmountMinorLong() + 12);
    }
  }

  /** The month's contributions are those of its summed base: however the month is split, DRA sees one base. */
  @Property(tries = 150)
  void aMonthsContributionsAreTheRateOfItsSummedBase(@ForAll("people") List<Payout> payouts) {
    Map<String, long[]> months = new HashMap<>();
    for (PayoutResult r : calc.payAll(payouts)) {
      long[] m = months.computeIfAbsent(r.contractId() + " " + r.paymentMonth(), k -> new long[3]);
      m[0] += r.payslip().contributionBase().getAmountMinorLong();
      m[1] += r.payslip().guaranteedBenefitsFund().getAmountMinorLong();
      m[2] += r.payout().terms().guaranteedBenefitsFundExempt() ? 1 : 0;
    }
    for (long[] m : months.values()) {
      if (m[2] == 0) {
        assertThat(m[1]).isEqualTo(Rate.ofPercent("0.10").applyTo(Money.ofMinor(Monies.PLN, m[0]), RoundingPolicy.GROSZ_HALF_UP)
            .getAmountMinorLong());
      }
    }
  }

  /** Payouts of one day and period are taken in the order given; apart from those the order given does not matter. */
  @Property(tries = 100)
  void theOrderGivenDoesNotMatter(@ForAll("people") List<Payout> generated) {
    Map<String, Payout> unique = new java.util.LinkedHashMap<>();
    for (Payout p : generated) {
      unique.putIfAbsent(p.paymentDate() + " " + p.period(), p);
    }
    List<Payout> payouts = new ArrayList<>(unique.values());
    List<Payout> shuffled = new ArrayList<>(payouts);
    Collections.reverse(shuffled);
    List<PayoutResult> a = calc.payAll(payouts);
    List<PayoutResult> b = calc.payAll(shuffled);
    assertThat(sorted(b)).isEqualTo(sorted(a));
  }

  /** One payout per month paid in its own month is the month-keyed calculation, figure for figure. */
  @Property(tries = 100)
  void payingEachMonthInItsOwnMonthIsTheMonthKeyedCalculation(@ForAll("singleTerms") EmployeeTerms terms,
      @ForAll("years") List<MonthInput> inputs) {
    List<Payslip> keyed = calc.months(terms, inputs, YearToDate.empty(2025));
    List<Payout> payouts = new ArrayList<>();
    for (MonthInput in : inputs) {
      payouts.add(Payout.inMonthWorked(terms, in));
    }
    List<PayoutResult> paid = calc.payAll(payouts);
    for (int i = 0; i < 12; i++) {
      Payslip k = keyed.get(i);
      Payslip p = paid.get(i).payslip();
      assertThat(ImmutablePayslip.copyOf(p).withYearToDate(k.yearToDate())).isEqualTo(k);
      assertThat(p.lines()).isEqualTo(k.lines());
    }
  }

  private static List<String> sorted(List<PayoutResult> rs) {
    List<String> out = new ArrayList<>();
    for (PayoutResult r : rs) {
      out.add(r.payout().toString() + r.payslip().toString());
    }
    Collections.sort(out);
    return out;
  }

  @Provide
  Arbitrary<EmployeeTerms> singleTerms() {
    return PayrollArbitraries.employeeTerms();
  }

  @Provide
  Arbitrary<List<MonthInput>> years() {
    return PayrollArbitraries.yearsOfSamePay(2025);
  }

  @Provide
  Arbitrary<List<Payout>> people() {
    Arbitrary<EmployeeTerms> first = PayrollArbitraries.employeeTerms().map(t -> withTiming(t, false));
    Arbitrary<EmployeeTerms> second = PayrollArbitraries.employeeTerms();
    return Combinators.combine(first, second, Arbitraries.integers().between(0, 3)).as((a, b, flags) -> {
      List<EmployeeTerms> contracts = new ArrayList<>();
      contracts.add(withTiming(a, (flags & 1) != 0));
      if ((flags & 2) != 0) {
        contracts.add(EmployeeTerms.builder().from(b).employeeId(a.employeeId()).contractId("second").build());
      }
      return contracts;
    }).flatMap(contracts -> payout(contracts).list().ofMinSize(1).ofMaxSize(24));
  }

  private static EmployeeTerms withTiming(EmployeeTerms t, boolean whenPaidToFund) {
    return EmployeeTerms.builder().from(t).ppkRevenueTiming(whenPaidToFund ? PpkRevenueTiming.WHEN_PAID_TO_FUND : PpkRevenueTiming.WITH_PAY).build();
  }

  private static Arbitrary<Payout> payout(List<EmployeeTerms> contracts) {
    return Combinators.combine(Arbitraries.integers().between(0, contracts.size() - 1), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(0, 45), Arbitraries.of(PayoutKind.class))
        .flatAs((c, month, days, kind) -> PayrollArbitraries.monthInputs(2025, month).map(in -> Payout.builder()
            .terms(contracts.get(c)).input(in).paymentDate(LocalDate.of(2025, month, 1).plusDays(days)).kind(kind).build()));
  }
}
