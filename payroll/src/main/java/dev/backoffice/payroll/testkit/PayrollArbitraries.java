package dev.backoffice.payroll.testkit;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ComponentKind;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableEmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableMonthInput;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayComponent;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.TaxRelief;
import dev.backoffice.payroll.calc.YearToDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.Money;

/**
 * jqwik arbitraries of valid payroll inputs, for properties of tax rules:
 *
 * <pre>{@code
 * @Property
 * void netNeverExceedsGross(@ForAll("terms") EmployeeTerms t, @ForAll("months") MonthInput in) { … }
 *
 * @Provide Arbitrary<EmployeeTerms> terms() { return PayrollArbitraries.employeeTerms(); }
 * @Provide Arbitrary<MonthInput> months() { return PayrollArbitraries.monthInputs(2025); }
 * }</pre>
 *
 * Every generated value passes the calculator's validation for the years 2024–2026 of the bundled law.
 */
public final class PayrollArbitraries {
  private PayrollArbitraries() {}

  /**
   * Amounts in PLN between two bounds, to the grosz; the edges are generated often.
   *
   * @param min the smallest amount, e.g. {@code "0.00"}
   * @param max the largest amount
   * @return the arbitrary
   */
  public static Arbitrary<Money> amounts(String min, String max) {
    long lo = new BigDecimal(min).movePointRight(2).longValueExact();
    long hi = new BigDecimal(max).movePointRight(2).longValueExact();
    return Arbitraries.longs().between(lo, hi).edgeCases(c -> c.includeOnly(lo, hi)).map(m -> Money.ofMinor(Monies.PLN, m));
  }

  /** Monthly gross pay from 0 to 60,000.00 zł, mostly around typical salaries. */
  public static Arbitrary<Money> grossAmounts() {
    return Arbitraries.oneOf(amounts("0.00", "60000.00"), amounts("4000.00", "12000.00"), amounts("0.00", "300.00"));
  }

  /** Terms of any contract type with any valid combination of options. */
  public static Arbitrary<EmployeeTerms> employeeTerms() {
    return Arbitraries.of(ContractType.class).flatMap(PayrollArbitraries::employeeTerms);
  }

  /**
   * Terms of one contract type with any valid combination of its options.
   *
   * @param contract the contract type
   * @return the arbitrary
   */
  public static Arbitrary<EmployeeTerms> employeeTerms(ContractType contract) {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(6).map(s -> "E-" + s);
    Arbitrary<TaxReduction> reduction = Arbitraries.of(TaxReduction.class);
    Arbitrary<Optional<PpkRates>> ppk = ppkRates().optional(0.4);
    Arbitrary<Optional<Rate>> accident = Arbitraries.bigDecimals().between(new BigDecimal("0.67"), new BigDecimal("3.33")).ofScale(2)
        .map(Rate::ofPercent).optional(0.5);
    Arbitrary<Optional<LocalDate>> birth = Arbitraries.integers().between(0, 365 * 60)
        .map(d -> LocalDate.of(1960, 1, 1).plusDays(d)).optional(0.5);
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, 127);
    Arbitrary<Optional<TaxRelief>> relief = Arbitraries.of(TaxRelief.RETURN, TaxRelief.FAMILY, TaxRelief.SENIOR, TaxRelief.YOUTH).optional(0.2);
    return Combinators.combine(ids, reduction, ppk, accident, birth, flags, relief)
        .as((id, red, pp, acc, bd, f, rel) -> terms(contract, id, red, pp, acc, bd, f, rel));
  }

  private static EmployeeTerms terms(ContractType c, String id, TaxReduction red, Optional<PpkRates> ppk, Optional<Rate> acc,
      Optional<LocalDate> birth, int f, Optional<TaxRelief> relief) {
    boolean employment = c == ContractType.EMPLOYMENT;
    boolean mandate = c == ContractType.MANDATE;
    boolean student = mandate && (f & 4) != 0;
    ImmutableEmployeeTerms.Builder b = EmployeeTerms.builder().employeeId(id).contract(c).taxReduction(red)
        .birthDate(birth).accidentRate(acc)
        .elevatedCosts(employment && (f & 1) != 0)
        .authorCosts(!employment && (f & 2) != 0)
        .student(student)
        .voluntarySickness(mandate && (f & 8) != 0)
        .laborFundExempt((f & 16) != 0)
        .guaranteedBenefitsFundExempt((f & 32) != 0)
        .youthReliefWaived((f & 64) != 0);
    if (c != ContractType.SPECIFIC_TASK && !student) {
      b.ppk(ppk);
    }
    if (c != ContractType.SPECIFIC_TASK) {
      relief.ifPresent(b::addDeclaredReliefs);
      if (student && !birth.isPresent() && !relief.equals(Optional.of(TaxRelief.YOUTH))) {
        b.addDeclaredReliefs(TaxRelief.YOUTH);
      }
    }
    return b.build();
  }

  /** PPK rates within the legal ranges (employee 0.5 %–4 %, employer 1.5 %–4 %), to 0.1 %. */
  public static Arbitrary<PpkRates> ppkRates() {
    return Combinators.combine(Arbitraries.integers().between(5, 40), Arbitraries.integers().between(15, 40))
        .as((ee, er) -> PpkRates.of(Rate.ofPercent(BigDecimal.valueOf(ee, 1)), Rate.ofPercent(BigDecimal.valueOf(er, 1))));
  }

  /**
   * Month inputs of a year: any month, base pay, an optional bonus, an optional allowance outside the ZUS
   * base, and an unpaid-absence deduction not above the base pay. No sick pay (employment only; add it to
   * inputs of employment terms).
   *
   * @param year the tax year
   * @return the arbitrary
   */
  public static Arbitrary<MonthInput> monthInputs(int year) {
    return Arbitraries.integers().between(1, 12).flatMap(m -> monthInputs(year, m));
  }

  /**
   * Month inputs of one month (see {@link #monthInputs(int)}).
   *
   * @param year the tax year
   * @param month the month
   * @return the arbitrary
   */
  public static Arbitrary<MonthInput> monthInputs(int year, int month) {
    return Combinators.combine(grossAmounts(), amounts("0.00", "20000.00").optional(0.3), amounts("0.00", "2000.00").optional(0.2),
        Arbitraries.integers().between(0, 100))
        .as((base, bonus, allowance, absencePct) -> {
          ImmutableMonthInput.Builder b = MonthInput.builder().year(year).month(month)
              .addComponents(PayComponent.of(ComponentKind.BASE, base));
          bonus.ifPresent(x -> b.addComponents(PayComponent.of(ComponentKind.BONUS, x)));
          allowance.ifPresent(x -> b.addComponents(PayComponent.builder().kind(ComponentKind.ALLOWANCE).amount(x).subjectToZus(false).build()));
          if (absencePct < 20) {
            b.unpaidAbsence(Money.ofMinor(Monies.PLN, base.getAmountMinorLong() * absencePct / 100));
          }
          return b.build();
        });
  }

  /**
   * Year-to-date states of a year before a month: cumulative bases anywhere from zero to beyond the annual
   * limits (the pension base at most the 30× cap of the bundled law, as a payer's records would show).
   *
   * @param year the tax year
   * @param throughMonth the last month counted, 0 to 11
   * @return the arbitrary
   */
  public static Arbitrary<YearToDate> yearToDates(int year, int throughMonth) {
    String cap = year == 2024 ? "234720.00" : year == 2025 ? "260190.00" : "282600.00";
    return Combinators.combine(amounts("0.00", cap), amounts("0", "300000").map(PayrollArbitraries::wholeZloty),
            amounts("0.00", "90000.00"), amounts("0.00", "130000.00"))
        .as((pension, tax, exempt, author) -> YearToDate.builder().year(year).throughMonth(throughMonth)
            .pensionDisabilityBase(pension).taxBase(tax).exemptRevenue(exempt).authorCosts(author).build());
  }

  /**
   * The year's month inputs all with the same pay (months 1–12 of one generated input).
   *
   * @param year the tax year
   * @return the arbitrary
   */
  public static Arbitrary<List<MonthInput>> yearsOfSamePay(int year) {
    return monthInputs(year, 1).map(in -> {
      List<MonthInput> out = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        out.add(in.forMonth(m));
      }
      return List.copyOf(out);
    });
  }

  private static Money wholeZloty(Money m) {
    return Money.ofMinor(Monies.PLN, m.getAmountMinorLong() / 100 * 100);
  }
}
