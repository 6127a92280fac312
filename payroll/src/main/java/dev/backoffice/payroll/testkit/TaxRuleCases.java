package dev.backoffice.payroll.testkit;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ComponentKind;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.ImmutableEmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableMonthInput;
import dev.backoffice.payroll.calc.ImmutableYearToDate;
import dev.backoffice.payroll.calc.PayComponent;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.SickPay;
import dev.backoffice.payroll.calc.SickPayKind;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.TaxRelief;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.api.DynamicTest;

/**
 * A table of tax-rule cases read from CSV, runnable as JUnit 5 dynamic tests with one line:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myRules() {
 *   return TaxRuleCases.fromFile(Path.of("src/test/resources/rules.csv")).dynamicTests();
 * }
 * }</pre>
 *
 * <h2>Format</h2>
 * Lines starting with {@code #} and blank lines are comments. The first other line is the header; its
 * columns are:
 * <ul>
 *   <li>{@code case} (name), {@code year}, {@code month}, {@code contract}
 *       ({@code employment|mandate|specific-task}), {@code gross} (the month's base pay, e.g. {@code 8000.00}) —
 *       required;
 *   <li>{@code options} — space-separated tokens, see below;
 *   <li>expected figures: any amount of {@code Payslip} by its accessor name ({@code employeePension,
 *       employeeDisability, employeeSickness, healthInsurance, costsOfIncome, taxBase, taxAdvance, employeePpk,
 *       net, employerPension, employerDisability, employerAccident, laborFund, guaranteedBenefitsFund,
 *       employerPpk, employerCost, gross}), or {@code line:CODE} for the amount of a payslip line
 *       ({@code line:TAX_UPPER}); a blank cell is not checked;
 *   <li>{@code error} — instead of figures, the field a validation error must name (e.g. {@code month}).
 * </ul>
 * Option tokens: {@code pit2} (PIT-2, 300 zł), {@code pit2-two}, {@code pit2-three} (150/100 zł),
 * {@code kup250} (default), {@code kup300}, {@code acc1.67} (accident rate, percent), {@code sick} (voluntary
 * sickness on a mandate), {@code ppk} (2 %/1.5 %), {@code ppk=2/1.5}, {@code costs20} (default),
 * {@code costs50} (author's costs), {@code under26} (declared youth relief), {@code student},
 * {@code birth=YYYY-MM-DD}, {@code relief=return|family|senior}, {@code fp-exempt}, {@code fgsp-exempt},
 * {@code flat} (flat tax of a small agreement), {@code same-pay-before} (the same pay in every earlier month),
 * {@code ytd-pension=A}, {@code ytd-tax=A}, {@code ytd-exempt=A}, {@code ytd-author=A} (year-to-date before
 * the month), {@code bonus=A}, {@code allowance=A} (not ZUS, taxable), {@code absence=A},
 * {@code sickpay=A}, {@code benefit=A} (sick pay, sickness benefit), {@code payday=YYYY-MM-DD}.
 * An unknown token or column is an error naming the file and line.
 */
public final class TaxRuleCases {
  private static final List<String> REQUIRED = List.of("case", "year", "month", "contract", "gross");

  private final String origin;
  private final ImmutableList<TaxRuleCase> cases;

  private TaxRuleCases(String origin, ImmutableList<TaxRuleCase> cases) {
    this.origin = origin;
    this.cases = cases;
  }

  /**
   * Reads a table from a file (UTF-8).
   *
   * @param file the CSV file
   * @return the cases
   * @throws ValidationException naming the file and line of a malformed row
   */
  public static TaxRuleCases fromFile(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new BackOfficeException("cannot read tax-rule cases from " + file, e);
    }
  }

  /**
   * Reads a table from a class-path resource (UTF-8).
   *
   * @param anchor the class whose loader and package resolve the name
   * @param name the resource name, e.g. {@code "/payroll/rules.csv"}
   * @return the cases
   */
  public static TaxRuleCases fromResource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      Checks.check(in != null, "resource", name, "must exist on the class path of " + anchor.getName());
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(r, name);
      }
    } catch (IOException e) {
      throw new BackOfficeException("cannot read tax-rule cases from resource " + name, e);
    }
  }

  /**
   * Reads a table.
   *
   * @param text the CSV text, closed by the caller
   * @param origin the name used in messages and test names
   * @return the cases
   */
  public static TaxRuleCases parse(Reader text, String origin) {
    ImmutableList.Builder<TaxRuleCase> out = ImmutableList.builder();
    List<String> header = null;
    BufferedReader in = new BufferedReader(text);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String where = origin + " line " + lineNo;
        List<String> cells = Csv.split(line, where);
        if (header == null) {
          header = cells;
          for (String req : REQUIRED) {
            Checks.check(header.contains(req), where, "header", line, "must have the column '" + req + "'");
          }
          continue;
        }
        Checks.check(cells.size() <= header.size(), where, "record", line,
            "must have at most " + header.size() + " fields like the header");
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        out.add(row(row, where));
      }
    } catch (IOException e) {
      throw new BackOfficeException("cannot read tax-rule cases from " + origin, e);
    }
    return new TaxRuleCases(origin, out.build());
  }

  /** The cases, in file order. */
  public ImmutableList<TaxRuleCase> cases() {
    return cases;
  }

  /**
   * One dynamic test per case, run with {@link PayrollCalculator#standard()}.
   *
   * @return the tests
   */
  public Stream<DynamicTest> dynamicTests() {
    return dynamicTests(PayrollCalculator.standard());
  }

  /**
   * One dynamic test per case, run with the given calculator (e.g. one with what-if parameters).
   *
   * @param calculator the calculator
   * @return the tests
   */
  public Stream<DynamicTest> dynamicTests(PayrollCalculator calculator) {
    Checks.notNull(calculator, "calculator");
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.origin() + ")", URI.create("payroll-case:" + c.name()),
        () -> c.verify(calculator)));
  }

  /** {@code "TaxRuleCases[published-examples.csv, 10 cases]"}. */
  @Override
  public String toString() {
    return "TaxRuleCases[" + origin + ", " + cases.size() + " cases]";
  }

  private static TaxRuleCase row(Map<String, String> row, String where) {
    String name = row.get("case");
    Checks.check(!name.isBlank(), where, "case", name, "must name the case");
    int year = integer(row.get("year"), where, "year");
    int month = integer(row.get("month"), where, "month");
    ContractType contract;
    try {
      contract = ContractType.parse(row.get("contract"));
    } catch (ValidationException e) {
      throw new ValidationException(where, "contract", row.get("contract"), e.rule());
    }
    Money gross = money(row.get("gross"), where, "gross");
    ImmutableEmployeeTerms.Builder terms = ImmutableEmployeeTerms.builder().employeeId(name).contract(contract);
    ImmutableMonthInput.Builder input = ImmutableMonthInput.builder().year(year).month(month)
        .addComponents(PayComponent.of(ComponentKind.BASE, gross));
    ImmutableYearToDate.Builder ytd = ImmutableYearToDate.builder().year(year).throughMonth(Math.max(0, Math.min(12, month - 1)));
    ImmutableTaxRuleCase.Builder c = TaxRuleCase.builder().name(name).origin(where);
    boolean samePay = false;
    for (String token : row.getOrDefault("options", "").trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      samePay |= option(token.toLowerCase(Locale.ROOT), token, where, terms, input, ytd);
    }
    for (Map.Entry<String, String> e : row.entrySet()) {
      String col = e.getKey();
      String v = e.getValue();
      if (REQUIRED.contains(col) || col.equals("options") || v.isBlank()) {
        continue;
      }
      if (col.equals("error")) {
        c.expectedErrorField(v);
      } else {
        c.putExpected(col, money(v, where, col));
      }
    }
    try {
      return c.terms(terms.build()).input(input.build()).yearToDate(ytd.build()).samePayBefore(samePay).build();
    } catch (ValidationException e) {
      throw new ValidationException(where, e.field().isEmpty() ? "options" : e.field(), e.value().orElse(null), e.rule());
    }
  }

  /** Applies one option token; returns true for {@code same-pay-before}. */
  private static boolean option(String t, String raw, String where, ImmutableEmployeeTerms.Builder terms,
      ImmutableMonthInput.Builder input, ImmutableYearToDate.Builder ytd) {
    int eq = t.indexOf('=');
    String key = eq < 0 ? t : t.substring(0, eq);
    String val = eq < 0 ? "" : raw.substring(eq + 1);
    switch (key) {
      case "pit2":
        terms.taxReduction(TaxReduction.ONE_PAYER);
        return false;
      case "pit2-two":
        terms.taxReduction(TaxReduction.TWO_PAYERS);
        return false;
      case "pit2-three":
        terms.taxReduction(TaxReduction.THREE_PAYERS);
        return false;
      case "kup250":
      case "costs20":
        return false;
      case "kup300":
        terms.elevatedCosts(true);
        return false;
      case "sick":
        terms.voluntarySickness(true);
        return false;
      case "ppk":
        if (val.isEmpty()) {
          terms.ppk(PpkRates.basic());
        } else {
          String[] p = val.split("/");
          Checks.check(p.length == 2, where, "options", raw, "must read ppk=EMPLOYEE/EMPLOYER, e.g. ppk=2/1.5");
          terms.ppk(PpkRates.of(Rate.ofPercent(p[0]), Rate.ofPercent(p[1])));
        }
        return false;
      case "costs50":
        terms.authorCosts(true);
        return false;
      case "under26":
        terms.addDeclaredReliefs(TaxRelief.YOUTH);
        return false;
      case "student":
        terms.student(true);
        return false;
      case "birth":
        terms.birthDate(date(val, where, raw));
        return false;
      case "relief":
        terms.addDeclaredReliefs(relief(val, where, raw));
        return false;
      case "fp-exempt":
        terms.laborFundExempt(true);
        return false;
      case "fgsp-exempt":
        terms.guaranteedBenefitsFundExempt(true);
        return false;
      case "flat":
        terms.smallAgreementFlatTax(true);
        return false;
      case "same-pay-before":
        return true;
      case "ytd-pension":
        ytd.pensionDisabilityBase(money(val, where, raw));
        return false;
      case "ytd-tax":
        ytd.taxBase(money(val, where, raw));
        return false;
      case "ytd-exempt":
        ytd.exemptRevenue(money(val, where, raw));
        return false;
      case "ytd-author":
        ytd.authorCosts(money(val, where, raw));
        return false;
      case "bonus":
        input.addComponents(PayComponent.of(ComponentKind.BONUS, money(val, where, raw)));
        return false;
      case "allowance":
        input.addComponents(PayComponent.builder().kind(ComponentKind.ALLOWANCE).amount(money(val, where, raw)).subjectToZus(false).build());
        return false;
      case "absence":
        input.unpaidAbsence(money(val, where, raw));
        return false;
      case "sickpay":
        input.addSickPay(SickPay.of(SickPayKind.EMPLOYER_SICK_PAY, money(val, where, raw)));
        return false;
      case "benefit":
        input.addSickPay(SickPay.of(SickPayKind.SICKNESS_BENEFIT, money(val, where, raw)));
        return false;
      case "payday":
        input.paymentDate(date(val, where, raw));
        return false;
      default:
        if (key.startsWith("acc")) {
          terms.accidentRate(Rate.ofPercent(key.equals("acc") ? val : key.substring(3)));
          return false;
        }
        throw new ValidationException(where, "options", raw, "must be a known option token (see TaxRuleCases), e.g. pit2, kup300, acc1.67, ppk");
    }
  }

  private static TaxRelief relief(String v, String where, String raw) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "return":
        return TaxRelief.RETURN;
      case "family":
        return TaxRelief.FAMILY;
      case "senior":
        return TaxRelief.SENIOR;
      case "youth":
        return TaxRelief.YOUTH;
      default:
        throw new ValidationException(where, "options", raw, "must be relief=return, relief=family, relief=senior or relief=youth");
    }
  }

  private static int integer(String v, String where, String field) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(where, field, v, "must be a whole number");
    }
  }

  private static Money money(String v, String where, String field) {
    try {
      return Monies.of(Monies.PLN, Monies.decimal(v, field));
    } catch (ValidationException e) {
      throw new ValidationException(where, field, v, "must be an amount in PLN such as 1234.56");
    }
  }

  private static LocalDate date(String v, String where, String field) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ValidationException(where, field, v, "must be a date YYYY-MM-DD");
    }
  }
}
