package dev.backoffice.payroll.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.money.RoundingPolicy;
import dev.backoffice.payroll.testkit.PayrollArbitraries;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;

/** Invariants of every payslip, over generated terms, month inputs and year-to-date states. */
class PayslipProperties {
  private final PayrollCalculator calc = PayrollCalculator.standard();

  @Property(tries = 400)
  void netIsGrossLessEmployeeContributionsHealthTaxAndEmployeePpk(@ForAll("cases") Case c) {
    Payslip p = calc.calculate(c.terms, c.input, c.ytd);
    Money expected = p.gross().minus(p.employeePension()).minus(p.employeeDisability()).minus(p.employeeSickness())
        .minus(p.healthInsurance()).minus(p.taxAdvance()).minus(p.employeePpk());
    assertThat(p.net()).isEqualTo(expected);
    assertThat(p.line(LineCode.NET).get().amount()).isEqualTo(expected);
    // the explained lines add up too: earnings to gross, deductions to gross − net
    assertThat(sum(p, LineCode.Category.EARNING)).isEqualTo(p.gross());
    assertThat(sum(p, LineCode.Category.EMPLOYEE_DEDUCTION)).isEqualTo(p.gross().minus(p.net()));
  }

  @Property(tries = 400)
  void employerCostIsGrossPlusEmployerContributionsAndEmployerPpk(@ForAll("cases") Case c) {
    Payslip p = calc.calculate(c.terms, c.input, c.ytd);
    Money expected = p.gross().plus(p.employerPension()).plus(p.employerDisability()).plus(p.employerAccident())
        .plus(p.laborFund()).plus(p.guaranteedBenefitsFund()).plus(p.employerPpk());
    assertThat(p.employerCost()).isEqualTo(expected);
    assertThat(p.line(LineCode.EMPLOYER_COST).get().amount()).isEqualTo(expected);
    assertThat(sum(p, LineCode.Category.EMPLOYER_CHARGE)).isEqualTo(p.employerCost().minus(p.gross()));
  }

  @Property(tries = 400)
  void everyRatedContributionLineIsItsBaseTimesItsRateRoundedToTheGrosz(@ForAll("cases") Case c) {
    Payslip p = calc.calculate(c.terms, c.input, c.ytd);
    for (PayslipLine l : p.lines()) {
      LineCode.Category cat = l.code().category();
      if (l.rate().isPresent() && (cat == LineCode.Category.EMPLOYER_CHARGE
          || l.code() == LineCode.EMPLOYEE_PENSION || l.code() == LineCode.EMPLOYEE_DISABILITY
          || l.code() == LineCode.EMPLOYEE_SICKNESS || l.code() == LineCode.HEALTH || l.code() == LineCode.EMPLOYEE_PPK)
          && !l.note().filter(n -> n.startsWith("not due")).isPresent()) {
        assertThat(l.amount()).as(l.toString()).isEqualTo(l.rate().get().applyTo(l.base(), RoundingPolicy.GROSZ_HALF_UP));
      }
    }
  }

  /**
   * More gross never means less net, in the same month with the same year-to-date state, once the increase is
   * at least 5 zł. Below that the law's rounding of the tax base and of the advance to the full złoty can take
   * one złoty more tax for one grosz more pay (e.g. an advance of 498.49 → 498 becomes 498.61 → 499); the net
   * then drops by less than 1.10 zł, never more.
   */
  @Property(tries = 400)
  void moreGrossNeverMeansLessNet(@ForAll("cases") Case c, @ForAll @LongRange(min = 1, max = 2_000_000) long extraGrosze) {
    Payslip p = calc.calculate(c.terms, c.input, c.ytd);
    MonthInput more = ImmutableMonthInput.copyOf(c.input)
        .withComponents(concat(c.input.components(), PayComponent.of(ComponentKind.BONUS, Money.ofMinor(Monies.PLN, extraGrosze))));
    Payslip q = calc.calculate(c.terms, more, c.ytd);
    assertThat(q.gross()).isEqualTo(p.gross().plus(Money.ofMinor(Monies.PLN, extraGrosze)));
    if (extraGrosze >= 500) {
      assertThat(q.net().isLessThan(p.net())).as("net %s → %s", p.net(), q.net()).isFalse();
    } else {
      assertThat(q.net().isLessThan(p.net().minus(Money.of(Monies.PLN, new BigDecimal("1.10"))))).as("net %s → %s", p.net(), q.net()).isFalse();
    }
  }

  @Property(tries = 200)
  void yearToDateCappedBasesNeverExceedTheCap(@ForAll("years") List<MonthInput> months, @ForAll("anyTerms") EmployeeTerms terms) {
    Money cap = Monies.of("PLN", "260190.00");
    YearToDate ytd = YearToDate.empty(2025);
    boolean reached = false;
    for (MonthInput in : months) {
      Payslip p = calc.calculate(terms, in, ytd);
      if (reached) {
        assertThat(p.employeePension().isZero() && p.employerDisability().isZero()).isTrue();
      }
      ytd = p.yearToDate();
      assertThat(ytd.pensionDisabilityBase().isGreaterThan(cap)).isFalse();
      assertThat(ytd.exemptRevenue().isGreaterThan(Monies.of("PLN", "85528.00"))).isFalse();
      assertThat(ytd.authorCosts().isGreaterThan(Monies.of("PLN", "120000.00"))).isFalse();
      reached = ytd.pensionDisabilityBase().isEqual(cap);
    }
  }

  @Property(tries = 2000)
  void fastContributionArithmeticEqualsCoreRounding(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor,
      @ForAll @IntRange(min = 0, max = 100_000) int basisPoints, @ForAll @IntRange(min = 0, max = 4) int extraScale) {
    Rate rate = Rate.ofFraction(BigDecimal.valueOf(basisPoints, 4 + extraScale));
    Money m = Money.ofMinor(Monies.PLN, minor);
    assertThat(Money.ofMinor(Monies.PLN, new Factor(rate, "test").applyGrosz(minor)))
        .isEqualTo(rate.applyTo(m, RoundingPolicy.GROSZ_HALF_UP));
  }

  @Property(tries = 500)
  void roundingToTheZlotyEqualsCoreRounding(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor) {
    assertThat(Factor.zlotyHalfUp(minor))
        .isEqualTo(RoundingPolicy.FULL_ZLOTY_HALF_UP.round(BigDecimal.valueOf(minor, 2)).movePointRight(2).longValueExact());
  }

  /** A generated month of one contract: terms, input and a year-to-date state before the month. */
  static final class Case {
    final EmployeeTerms terms;
    final MonthInput input;
    final YearToDate ytd;

    Case(EmployeeTerms terms, MonthInput input, YearToDate ytd) {
      this.terms = terms;
      this.input = input;
      this.ytd = ytd;
    }

    @Override
    public String toString() {
      return terms + " " + input + " " + ytd;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> years = Arbitraries.of(2024, 2025, 2026);
    return years.flatMap(y -> Arbitraries.integers().between(1, 12).flatMap(m -> Combinators.combine(
        PayrollArbitraries.employeeTerms(), PayrollArbitraries.monthInputs(y, m),
        Arbitraries.oneOf(Arbitraries.just(YearToDate.empty(y)), PayrollArbitraries.yearToDates(y, m - 1)))
        .as(Case::new)));
  }

  @Provide
  Arbitrary<List<MonthInput>> years() {
    return PayrollArbitraries.yearsOfSamePay(2025);
  }

  @Provide
  Arbitrary<EmployeeTerms> anyTerms() {
    return PayrollArbitraries.employeeTerms();
  }

  private static Money sum(Payslip p, LineCode.Category category) {
    Money s = Money.zero(Monies.PLN);
    for (PayslipLine l : p.lines()) {
      if (l.code().category() == category) {
        s = s.plus(l.amount());
      }
    }
    return s;
  }

  private static List<PayComponent> concat(List<PayComponent> a, PayComponent b) {
    java.util.ArrayList<PayComponent> out = new java.util.ArrayList<>(a);
    out.add(b);
    return out;
  }
}
