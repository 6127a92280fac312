package dev.backoffice.payroll.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.LineCode;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipLine;
import dev.backoffice.payroll.calc.YearToDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.junit.jupiter.api.Assertions;
import org.joda.money.Money;

/**
 * One row of a tax-rule table: the inputs of a month and the figures the payslip must show (or the field a
 * validation error must name).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class TaxRuleCase {
  /** The amounts a case can check, by the names of {@link Payslip}'s accessors. */
  static final ImmutableMap<String, Function<Payslip, Money>> AMOUNTS = ImmutableMap.<String, Function<Payslip, Money>>builder()
      .put("gross", Payslip::gross)
      .put("employeePension", Payslip::employeePension)
      .put("employeeDisability", Payslip::employeeDisability)
      .put("employeeSickness", Payslip::employeeSickness)
      .put("healthInsurance", Payslip::healthInsurance)
      .put("costsOfIncome", Payslip::costsOfIncome)
      .put("taxBase", Payslip::taxBase)
      .put("taxAdvance", Payslip::taxAdvance)
      .put("employeePpk", Payslip::employeePpk)
      .put("net", Payslip::net)
      .put("employerPension", Payslip::employerPension)
      .put("employerDisability", Payslip::employerDisability)
      .put("employerAccident", Payslip::employerAccident)
      .put("laborFund", Payslip::laborFund)
      .put("guaranteedBenefitsFund", Payslip::guaranteedBenefitsFund)
      .put("employerPpk", Payslip::employerPpk)
      .put("employerCost", Payslip::employerCost)
      .build();

  /** The case's name (first column). */
  public abstract String name();

  /** Where the case was read, e.g. {@code "published-examples.csv line 7"}. */
  public abstract String origin();

  /** The employee's terms. */
  public abstract EmployeeTerms terms();

  /** The month's input. */
  public abstract MonthInput input();

  /** The year-to-date state before the month (ignored when {@link #samePayBefore()}). */
  public abstract YearToDate yearToDate();

  /** Whether the same input was paid in every earlier month of the year. */
  @Value.Default
  public boolean samePayBefore() {
    return false;
  }

  /**
   * The expected figures: payslip accessor names ({@code net}, {@code taxAdvance}…) or {@code line:CODE} for
   * the amount of the first line with a {@link LineCode}.
   */
  public abstract ImmutableMap<String, Money> expected();

  /** The field a {@link ValidationException} must name instead of a payslip, if the case expects an error. */
  public abstract Optional<String> expectedErrorField();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTaxRuleCase.Builder builder() {
    return ImmutableTaxRuleCase.builder();
  }

  /**
   * Calculates the case's payslip.
   *
   * @param calculator the calculator
   * @return the payslip
   */
  public Payslip calculate(PayrollCalculator calculator) {
    return samePayBefore() ? calculator.calculateAssumingSamePay(terms(), input()) : calculator.calculate(terms(), input(), yearToDate());
  }

  /**
   * Compares the expected figures with a payslip.
   *
   * @param p the payslip
   * @return one message per figure that differs, empty when all match
   */
  public ImmutableList<String> mismatches(Payslip p) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Map.Entry<String, Money> e : expected().entrySet()) {
      Optional<Money> actual = actual(p, e.getKey());
      if (!actual.isPresent()) {
        out.add(e.getKey() + ": expected " + e.getValue().getAmount().toPlainString() + " but the payslip has no such line");
      } else if (!actual.get().isEqual(e.getValue())) {
        out.add(e.getKey() + ": expected " + e.getValue().getAmount().toPlainString() + " but was " + actual.get().getAmount().toPlainString());
      }
    }
    return out.build();
  }

  /**
   * Runs the case and reports every difference at once.
   *
   * @param calculator the calculator
   * @throws AssertionError (JUnit's {@code AssertionFailedError}) listing the differences and the payslip's explanation
   */
  public void verify(PayrollCalculator calculator) {
    if (expectedErrorField().isPresent()) {
      String field = expectedErrorField().get();
      try {
        Payslip p = calculate(calculator);
        Assertions.fail(origin() + " " + name() + ": expected a validation error of field '" + field
            + "' but got a payslip\n" + p.explain());
      } catch (ValidationException e) {
        Assertions.assertEquals(field, e.field(),
            () -> origin() + " " + name() + ": the error names another field: " + e.getMessage());
      }
      return;
    }
    Payslip p = calculate(calculator);
    ImmutableList<String> diff = mismatches(p);
    if (!diff.isEmpty()) {
      Assertions.fail(origin() + " " + name() + ":\n  " + String.join("\n  ", diff) + "\n" + p.explain());
    }
  }

  static Optional<Money> actual(Payslip p, String key) {
    if (key.startsWith("line:")) {
      LineCode code = LineCode.valueOf(key.substring(5));
      return p.line(code).map(PayslipLine::amount);
    }
    return Optional.of(AMOUNTS.get(key).apply(p));
  }

  @Value.Check
  void check() {
    for (String key : expected().keySet()) {
      if (key.startsWith("line:")) {
        try {
          LineCode.valueOf(key.substring(5));
        } catch (IllegalArgumentException e) {
          throw new ValidationException(origin(), "expected", key, "must name a payslip line code such as line:TAX_UPPER");
        }
      } else if (!AMOUNTS.containsKey(key)) {
        throw new ValidationException(origin(), "expected", key, "must be a payslip amount " + AMOUNTS.keySet() + " or line:CODE");
      }
    }
  }
}
