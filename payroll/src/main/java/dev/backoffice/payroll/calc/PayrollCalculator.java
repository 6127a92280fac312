package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.payroll.params.PayrollParameters;
import dev.backoffice.payroll.params.YearParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Polish payroll calculator: terms + month input + year-to-date state → {@link Payslip}. The entry point
 * of the payroll module.
 *
 * <pre>{@code
 * PayrollCalculator calc = PayrollCalculator.standard();             // bundled law of 2024–2026
 * EmployeeTerms terms = EmployeeTerms.builder().employeeId("E-1")
 *     .contract(ContractType.EMPLOYMENT).taxReduction(TaxReduction.ONE_PAYER).build();
 * Payslip jan = calc.calculate(terms, MonthInput.of(2025, 1, Monies.of("PLN", "8000.00")));
 * Payslip feb = calc.calculate(terms, MonthInput.of(2025, 2, Monies.of("PLN", "8000.00")), jan.yearToDate());
 * }</pre>
 *
 * <p>What it computes, per contract:
 * <ul>
 *   <li>ZUS: pension 9.76 % + 9.76 %, disability 1.5 % + 6.5 % (both limited by the annual 30× cap: the month
 *       that crosses it is charged on the remainder, later months nothing), sickness 2.45 % (employment;
 *       voluntary on a mandate, base limited to 250 % of the forecast average wage), accident (the employer's
 *       rate), Labour Fund 2.45 % (when the base reaches the minimum wage), FGŚP 0.10 %; none for a
 *       specific-task contract or a student under 26 on a mandate. Each contribution is rounded to the grosz
 *       half up.
 *   <li>Health: 9 % of (social base − employee social contributions + sick pay), grosz half up; not deductible.
 *   <li>PPK: the employee's and employer's rates of the uncapped social base; the employer's contribution is
 *       taxable revenue of the employee.
 *   <li>PIT: revenue − deductible social contributions − costs (250/300 zł on employment, 20 % or 50 % of
 *       revenue less social contributions on a mandate, of revenue on a specific-task contract; the 50 % costs
 *       limited to 120,000 zł a year), rounded to the złoty; the youth/return/family/senior reliefs exempt
 *       revenue up to 85,528 zł a year. Employment advances: 12 %, the month crossing 120,000 zł of
 *       cumulative tax base split 12 %/32 %, later months 32 %; mandate and specific-task advances 12 % always
 *       (art. 41 ust. 1). The PIT-2 reduction (300/150/100 zł) applies every month. The advance is rounded to
 *       the złoty half up and is never negative. Small agreements (≤ 200 zł) may be taxed flat 12 %.
 * </ul>
 *
 * <p>The calculator has no state beyond its immutable parameters: it is thread-safe, and a payslip depends
 * only on its arguments. Bad input raises a {@link ValidationException} naming the employee and the field.
 */
public final class PayrollCalculator {
  private final PayrollParameters parameters;
  private final ImmutableMap<Integer, MonthRules[]> rules;
  private final MinimumPayCheck minimumPayCheck;

  private PayrollCalculator(PayrollCalculator other, MinimumPayCheck minimumPayCheck) {
    this.parameters = other.parameters;
    this.rules = other.rules;
    this.minimumPayCheck = minimumPayCheck;
  }

  private PayrollCalculator(PayrollParameters parameters) {
    this.parameters = parameters;
    this.minimumPayCheck = MinimumPayCheck.WARN;
    ImmutableMap.Builder<Integer, MonthRules[]> b = ImmutableMap.builder();
    for (Map.Entry<Integer, YearParameters> e : parameters.years().entrySet()) {
      MonthRules[] months = new MonthRules[12];
      for (int m = 1; m <= 12; m++) {
        months[m - 1] = new MonthRules(e.getValue(), m);
      }
      b.put(e.getKey(), months);
    }
    this.rules = b.build();
  }

  /**
   * The calculator of the bundled Polish law of 2024, 2025 and 2026.
   *
   * @return the calculator (shared, immutable)
   */
  public static PayrollCalculator standard() {
    return Standard.INSTANCE;
  }

  /**
   * A calculator of the given law (a future year, a what-if).
   *
   * @param parameters the legal parameters
   * @return the calculator
   */
  public static PayrollCalculator of(PayrollParameters parameters) {
    return new PayrollCalculator(Checks.notNull(parameters, "parameters"));
  }

  /** The legal parameters this calculator applies. */
  public PayrollParameters parameters() {
    return parameters;
  }

  /** What happens to pay below the minimum wage or the minimum hourly rate; default {@link MinimumPayCheck#WARN}. */
  public MinimumPayCheck minimumPayCheck() {
    return minimumPayCheck;
  }

  /**
   * This calculator with another minimum pay check: {@link MinimumPayCheck#REJECT} refuses a regular pay below the
   * minimum wage (pro rata by working time) or a mandate below the minimum hourly rate.
   *
   * @param check the check
   * @return a calculator of the same law
   */
  public PayrollCalculator withMinimumPayCheck(MinimumPayCheck check) {
    return new PayrollCalculator(this, Checks.notNull(check, "minimumPayCheck"));
  }

  /**
   * One payout given the person's earlier payouts: the law of the payment date applies (tax year, contribution
   * month, every annual limit summed over the payouts paid in the year under all the person's contracts).
   * Several payouts in one payment month share the month: contributions on the month's summed base (each payout
   * charges the rest), the monthly employment costs once a month per contract, the PIT-2 reduction once a month
   * per person; each payout's advance is computed on its own tax base.
   *
   * @param payout the payout
   * @param history the person's earlier payouts, the last paid on or before this one
   * @return the result; append it to the history for the next payout
   * @throws ValidationException naming the employee and field for bad input, a payout before the last one
   *     counted, a payment year without parameters, or pay below the minimum with {@link MinimumPayCheck#REJECT}
   */
  public PayoutResult pay(Payout payout, PayoutHistory history) {
    Checks.notNull(payout, "payout");
    Checks.notNull(history, "history");
    EmployeeTerms t = payout.terms();
    Checks.check(history.employeeId().equals(t.employeeId()), t.subject(), "history.employeeId", history.employeeId(),
        "must be the payout's person " + t.employeeId());
    if (history.lastPaymentDate().isPresent() && payout.paymentDate().isBefore(history.lastPaymentDate().get())) {
      throw new ValidationException(t.subject(), "paymentDate", payout.paymentDate(),
          "must not be before the last payout already counted (" + history.lastPaymentDate().get() + "): pay in payment-date order");
    }
    LocalDate paid = payout.paymentDate();
    MonthInput in = payout.input();
    boolean sameYear = paid.getYear() == in.year();
    MonthRules r = rules(t, paid.getYear(), paid.getMonthValue(), sameYear ? "year" : "paymentDate", sameYear ? in.year() : paid);
    PayslipEngine.validateInput(r, t, in, paid);
    MonthRules[] periodYear = rules.get(in.year());
    ImmutableList<PayrollWarning> warnings =
        periodYear == null ? ImmutableList.of() : minimumPay(periodYear[in.month() - 1], t, in, payout.kind());
    return PayoutResult.of(payout, PayslipEngine.calculate(r, t, in, history.yearToDate(payout.taxYear()), paid,
        history.monthSoFar(payout), payout.kind(), warnings));
  }

  /**
   * Many payouts of many people, in any order: each person's payouts are computed in payment-date order (then
   * by period worked, then in the given order), each with the ones paid before it.
   *
   * @param payouts the payouts
   * @return the results, person by person (in order of first appearance), each person's in payment order
   */
  public ImmutableList<PayoutResult> payAll(Iterable<Payout> payouts) {
    Checks.notNull(payouts, "payouts");
    Map<String, List<Payout>> byPerson = new LinkedHashMap<>();
    for (Payout p : payouts) {
      Checks.notNull(p, "payout");
      byPerson.computeIfAbsent(p.employeeId(), id -> new ArrayList<>()).add(p);
    }
    ImmutableList.Builder<PayoutResult> out = ImmutableList.builder();
    for (Map.Entry<String, List<Payout>> e : byPerson.entrySet()) {
      List<Payout> own = e.getValue();
      own.sort(Comparator.comparing(Payout::paymentDate).thenComparing(Payout::period));
      PayoutHistory history = PayoutHistory.empty(e.getKey());
      for (Payout p : own) {
        PayoutResult r = pay(p, history);
        history = history.plus(r);
        out.add(r);
      }
    }
    return out.build();
  }
  /**
   * The payslip of a month with no earlier pay in the year.
   *
   * @param terms the employee's terms
   * @param input the month
   * @return the payslip
   * @throws ValidationException naming the employee and field for bad input or a year without parameters
   */
  public Payslip calculate(EmployeeTerms terms, MonthInput input) {
    Checks.notNull(input, "input");
    return calculate(terms, input, YearToDate.empty(input.year()));
  }

  /**
   * The payslip of a month given the year-to-date state before it.
   *
   * @param terms the employee's terms
   * @param input the month
   * @param yearToDate the state after the earlier months of the same year ({@link Payslip#yearToDate()} of the
   *     previous month, or {@link YearToDate#empty(int)})
   * @return the payslip
   * @throws ValidationException naming the employee and field for bad input or a year without parameters
   */
  public Payslip calculate(EmployeeTerms terms, MonthInput input, YearToDate yearToDate) {
    Checks.notNull(terms, "terms");
    Checks.notNull(input, "input");
    Checks.notNull(yearToDate, "yearToDate");
    MonthRules r = rules(terms, input);
    LocalDate payDate = input.paymentDate().orElse(r.lastDay);
    PayslipEngine.validate(r, terms, input, yearToDate, payDate);
    return PayslipEngine.calculate(r, terms, input, yearToDate, payDate, MonthSoFar.NONE, PayoutKind.PAY,
        minimumPay(r, terms, input, PayoutKind.PAY));
  }

  /**
   * The payslip of a month given the payslips of the earlier months of the year.
   *
   * @param terms the employee's terms
   * @param input the month
   * @param earlier the payslips of earlier months of the same year, one per month, in any order
   * @return the payslip
   */
  public Payslip calculate(EmployeeTerms terms, MonthInput input, Iterable<Payslip> earlier) {
    Checks.notNull(input, "input");
    return calculate(terms, input, YearToDate.of(input.year(), earlier));
  }

  /**
   * The payslip of month M assuming the same input was paid in every earlier month of the year (months 1 to
   * M−1 build the year-to-date state): the command line's default.
   *
   * @param terms the employee's terms
   * @param input the month, repeated for the earlier months
   * @return the payslip of the input's month
   */
  public Payslip calculateAssumingSamePay(EmployeeTerms terms, MonthInput input) {
    Checks.notNull(input, "input");
    rules(terms, input);
    YearToDate ytd = YearToDate.empty(input.year());
    for (int m = 1; m < input.month(); m++) {
      ytd = calculate(terms, input.forMonth(m), ytd).yearToDate();
    }
    return calculate(terms, input, ytd);
  }

  /**
   * Twelve months of a year with the same monthly input, each with the year-to-date state of the months
   * before it, and their totals.
   *
   * @param terms the employee's terms
   * @param monthly the input of every month (its year and month are replaced)
   * @param year the tax year
   * @return the year's payslips and totals
   */
  public PayrollYear year(EmployeeTerms terms, MonthInput monthly, int year) {
    Checks.notNull(monthly, "monthly");
    List<MonthInput> inputs = new ArrayList<>(12);
    MonthInput first = monthly.forYear(year);
    for (int m = 1; m <= 12; m++) {
      inputs.add(first.forMonth(m));
    }
    return PayrollYear.of(year, months(terms, inputs, YearToDate.empty(year)));
  }

  /**
   * Consecutive months of one year, each calculated with the year-to-date state of the ones before it.
   *
   * @param terms the employee's terms
   * @param inputs the months, in order, of one year
   * @param start the state before the first of them
   * @return the payslips in the same order
   */
  public ImmutableList<Payslip> months(EmployeeTerms terms, List<MonthInput> inputs, YearToDate start) {
    Checks.notNull(inputs, "inputs");
    ImmutableList.Builder<Payslip> out = ImmutableList.builderWithExpectedSize(inputs.size());
    YearToDate ytd = start;
    for (MonthInput in : inputs) {
      Payslip p = calculate(terms, in, ytd);
      out.add(p);
      ytd = p.yearToDate();
    }
    return out.build();
  }

  private MonthRules rules(EmployeeTerms terms, MonthInput input) {
    Checks.notNull(terms, "terms");
    return rules(terms, input.year(), input.month(), "year", input.year());
  }

  private MonthRules rules(EmployeeTerms terms, int yearNumber, int month, String yearField, Object yearValue) {
    String s = terms.subject();
    if (month < 1 || month > 12) {
      throw new ValidationException(s, "month", month, "must be 1 to 12");
    }
    MonthRules[] year = rules.get(yearNumber);
    if (year == null) {
      throw new ValidationException(s, yearField, yearValue, "has no payroll parameters (known years: "
          + parameters.years().keySet() + "); supply them with PayrollParameters.with(YearParameters)");
    }
    return year[month - 1];
  }

  /** The minimum pay warning of a regular pay, or the refusal when the check rejects. */
  private ImmutableList<PayrollWarning> minimumPay(MonthRules period, EmployeeTerms t, MonthInput in, PayoutKind kind) {
    PayrollWarning w = MinimumPay.check(period, t, in, kind);
    if (w == null) {
      return ImmutableList.of();
    }
    if (minimumPayCheck == MinimumPayCheck.REJECT) {
      throw new ValidationException(t.subject(), w.field(), w.value(), w.rule() + " (" + w.source() + ")");
    }
    return ImmutableList.of(w);
  }

  /** {@code "PayrollCalculator[2024, 2025, 2026]"}. */
  @Override
  public String toString() {
    return "PayrollCalculator" + parameters.years().keySet();
  }

  /** The shared calculator of the bundled law, built on first use. */
  private static final class Standard {
    static final PayrollCalculator INSTANCE = new PayrollCalculator(PayrollParameters.standard());
  }
}
