package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableEmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.PayrollYear;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipTotals;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.calc.TaxRelief;
import dev.backoffice.payroll.calc.MinimumPayCheck;
import dev.backoffice.payroll.calc.Payout;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.PayrollWarning;
import dev.backoffice.payroll.calc.PpkRevenueTiming;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice payroll}: one month's payslip (or a whole year's) of one person, from the bundled Polish law
 * of 2024–2026 ({@link PayrollCalculator#standard()}).
 *
 * <p>Without {@code --annual}, month M assumes the same gross was paid in every earlier month of the year, each in
 * its own month (that is the year-to-date state: ZUS cap, tax threshold), and month M paid on {@code --paid} (default
 * its last day): a payment in the next year is the first payment of that year ({@link PayrollCalculator#pay}). With
 * {@code --annual}, all twelve months and their totals. PIT-2 (the 300 zł monthly reduction) is on unless
 * {@code --no-pit2}. Pay below the minimum wage (pro rata by {@code --fte}) or the minimum hourly rate is a warning
 * on standard error, or a refusal with {@code --minimum-pay reject}.
 *
 * <p>Output amounts are PLN with two decimals. {@code json} (default): an object with exactly the keys of
 * {@link #KEYS}, amounts as strings; with {@code --annual}, {@code {"months": [{"month": 1, …}, …], "totals":
 * {…}}}. {@code csv}: header {@code month,} then the keys; one row per month, and with {@code --annual} a last
 * row whose month is {@code total}. {@code text}: a table of the amounts with their Polish names.
 */
@Command(
    name = "payroll",
    mixinStandardHelpOptions = true,
    description = {
        "Calculates a Polish payslip (2024-2026 law): ZUS, health, PIT advance, PPK, net pay and employer cost.",
        "Without --annual, month M assumes the same gross was paid in every earlier month of the year, each in its own"
            + " month, and month M on --paid (default: its last day)."})
final class PayrollCommand implements Callable<Integer> {
  /** The output keys, in order, with the payslip's and the totals' amounts and the Polish name. */
  static final ImmutableList<Key> KEYS = ImmutableList.of(
      new Key("gross", Payslip::gross, PayslipTotals::gross, "wynagrodzenie brutto"),
      new Key("employeePension", Payslip::employeePension, PayslipTotals::employeePension, "składka emerytalna (pracownik)"),
      new Key("employeeDisability", Payslip::employeeDisability, PayslipTotals::employeeDisability, "składka rentowa (pracownik)"),
      new Key("employeeSickness", Payslip::employeeSickness, PayslipTotals::employeeSickness, "składka chorobowa"),
      new Key("healthInsurance", Payslip::healthInsurance, PayslipTotals::healthInsurance, "składka zdrowotna"),
      new Key("costsOfIncome", Payslip::costsOfIncome, PayslipTotals::costsOfIncome, "koszty uzyskania przychodu"),
      new Key("taxBase", Payslip::taxBase, PayslipTotals::taxBase, "podstawa opodatkowania"),
      new Key("taxAdvance", Payslip::taxAdvance, PayslipTotals::taxAdvance, "zaliczka na PIT"),
      new Key("employeePpk", Payslip::employeePpk, PayslipTotals::employeePpk, "PPK (pracownik)"),
      new Key("net", Payslip::net, PayslipTotals::net, "wynagrodzenie netto"),
      new Key("employerPension", Payslip::employerPension, PayslipTotals::employerPension, "składka emerytalna (pracodawca)"),
      new Key("employerDisability", Payslip::employerDisability, PayslipTotals::employerDisability, "składka rentowa (pracodawca)"),
      new Key("employerAccident", Payslip::employerAccident, PayslipTotals::employerAccident, "składka wypadkowa"),
      new Key("laborFund", Payslip::laborFund, PayslipTotals::laborFund, "Fundusz Pracy"),
      new Key("guaranteedBenefitsFund", Payslip::guaranteedBenefitsFund, PayslipTotals::guaranteedBenefitsFund, "FGŚP"),
      new Key("employerPpk", Payslip::employerPpk, PayslipTotals::employerPpk, "PPK (pracodawca)"),
      new Key("employerCost", Payslip::employerCost, PayslipTotals::employerCost, "koszt pracodawcy"));

  /** The person's id in the calculator, and so the subject of its errors. */
  private static final String EMPLOYEE_ID = "cli";
  private static final String SUBJECT = "employee " + EMPLOYEE_ID;
  /** The option behind each field of the terms or the input the calculator may name in an error. */
  private static final ImmutableMap<String, String> OPTIONS = ImmutableMap.<String, String>builder()
      .put("year", "--year").put("month", "--month").put("gross", "--gross").put("contract", "--contract")
      .put("taxReduction", "--no-pit2").put("elevatedCosts", "--elevated-costs").put("accidentRate", "--accident-rate")
      .put("ppk", "--ppk").put("declaredReliefs", "--under-26").put("voluntarySickness", "--sickness")
      .put("authorCosts", "--author-costs").put("paymentDate", "--paid").put("workingTime", "--fte")
      .put("monthlyRate", "--rate").put("components", "--gross").put("ppkRevenueTiming", "--ppk-revenue").build();

  @Spec
  private CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "Y", description = "The tax year (2024, 2025 or 2026).")
  private int year;

  @Option(names = "--month", required = true, paramLabel = "M", description = "The month, 1-12.")
  private int month;

  @Option(names = "--gross", required = true, paramLabel = "AMOUNT", converter = Converters.Pln.class,
      description = "The monthly gross pay in PLN, e.g. 8000.00.")
  private Money gross;

  @Option(names = "--contract", required = true, paramLabel = "CONTRACT", converter = Converters.Contract.class,
      description = "employment, mandate or specific-task.")
  private ContractType contract;

  @Option(names = "--no-pit2", description = "No PIT-2 statement: no 300 zł monthly tax reduction (default: PIT-2 filed).")
  private boolean noPit2;

  @Option(names = "--elevated-costs", description = "Elevated employment costs of income (300 zł instead of 250 zł).")
  private boolean elevatedCosts;

  @Option(names = "--accident-rate", paramLabel = "PCT", converter = Converters.Percent.class,
      description = "The employer's accident insurance rate in percent (default: the year's 1.67).")
  private @Nullable Rate accidentRate;

  @Option(names = "--ppk", description = "PPK participation: 2 %% employee, 1.5 %% employer.")
  private boolean ppk;

  @Option(names = "--under-26", description = "Youth relief (ulga dla młodych): revenue exempt from PIT up to the annual limit.")
  private boolean under26;

  @Option(names = "--sickness", description = "Voluntary sickness insurance on a mandate contract.")
  private boolean sickness;

  @Option(names = "--author-costs", description = "50 %% author's costs of income (mandate or specific-task).")
  private boolean authorCosts;

  @Option(names = "--annual", description = "Print all twelve months of the year and their totals.")
  private boolean annual;

  @Option(names = "--paid", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The day month M is paid (default: the last day of month M); its year is the tax year of the pay.")
  private @Nullable LocalDate paid;

  @Option(names = "--fte", paramLabel = "FRACTION", converter = Converters.Fraction.class,
      description = "Working time of an employment contract, above 0 and at most 1, e.g. 0.5 or 1/2 (default 1).")
  private @Nullable BigDecimal fte;

  @Option(names = "--rate", paramLabel = "AMOUNT", converter = Converters.Pln.class,
      description = "The contracted monthly rate of an employment contract, when --gross is less (a month not worked in full).")
  private @Nullable Money rate;

  @Option(names = "--minimum-pay", paramLabel = "CHECK", defaultValue = "warn", converter = Converters.MinimumPay.class,
      description = "Pay below the minimum wage or the minimum hourly rate: warn (default, on standard error) or reject.")
  private MinimumPayCheck minimumPay = MinimumPayCheck.WARN;

  @Option(names = "--ppk-revenue", paramLabel = "WHEN", defaultValue = "with-pay", converter = Converters.PpkRevenue.class,
      description = "When the employer's PPK contribution is taxed: with-pay (default) or when-paid (to the fund, next month).")
  private PpkRevenueTiming ppkRevenue = PpkRevenueTiming.WITH_PAY;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default), text or csv.")
  private Format format;

  /** The warnings to print on standard error after the output. */
  private final List<PayrollWarning> warnings = new ArrayList<>();

  PayrollCommand() {}

  @Override
  public Integer call() {
    Commands.requireFormat(spec, format, EnumSet.of(Format.JSON, Format.TEXT, Format.CSV));
    if (month < 1 || month > 12) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--month': " + month + " is not 1-12");
    }
    if (annual && paid != null) {
      throw new ParameterException(spec.commandLine(), "--paid applies to one month's pay, not to --annual");
    }
    StringBuilder sb = new StringBuilder(4096);
    try {
      calculate(sb);
    } catch (ValidationException e) {
      throw e.subject().filter(SUBJECT::equals).isPresent() ? Commands.asOption(e, OPTIONS) : e;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.append(sb);
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    for (PayrollWarning w : warnings) {
      err.append("warning: ").append(w.toString()).append('\n');
    }
    err.flush();
    return 0;
  }

  private void calculate(StringBuilder sb) {
    EmployeeTerms terms = terms();
    MonthInput input = MonthInput.of(year, month, gross);
    PayrollCalculator calculator = PayrollCalculator.standard().withMinimumPayCheck(minimumPay);
    if (annual) {
      PayrollYear y = calculator.year(terms, input, year);
      for (Payslip p : y.months()) {
        for (PayrollWarning w : p.warnings()) {
          if (!warnings.contains(w)) {
            warnings.add(w);
          }
        }
      }
      switch (format) {
        case CSV:
          csv(sb, y.months(), y.totals());
          break;
        case TEXT:
          annualText(sb, y, terms);
          break;
        default:
          annualJson(sb, y);
      }
    } else {
      // the earlier months of the year paid in their own months, month M on --paid
      List<Payout> payouts = new ArrayList<>();
      for (int m = 1; m < month; m++) {
        payouts.add(Payout.inMonthWorked(terms, input.forMonth(m)));
      }
      payouts.add(Payout.of(terms, input, paid != null ? paid : YearMonth.of(year, month).atEndOfMonth()));
      List<PayoutResult> results = calculator.payAll(payouts);
      Payslip p = results.get(results.size() - 1).payslip();
      warnings.addAll(p.warnings());
      switch (format) {
        case CSV:
          csv(sb, List.of(p), null);
          break;
        case TEXT:
          text(sb, p, terms);
          break;
        default:
          json(sb, p, "");
          sb.append('\n');
      }
    }
  }

  /** The person's terms from the options. */
  EmployeeTerms terms() {
    ImmutableEmployeeTerms.Builder b = EmployeeTerms.builder()
        .employeeId(EMPLOYEE_ID)
        .contract(contract)
        .taxReduction(noPit2 ? TaxReduction.NONE : TaxReduction.ONE_PAYER)
        .elevatedCosts(elevatedCosts)
        .authorCosts(authorCosts)
        .voluntarySickness(sickness)
        .ppkRevenueTiming(ppkRevenue);
    if (fte != null) {
      b.workingTime(fte);
    }
    if (rate != null) {
      b.monthlyRate(rate);
    }
    if (accidentRate != null) {
      b.accidentRate(accidentRate);
    }
    if (ppk) {
      b.ppk(PpkRates.basic());
    }
    if (under26) {
      b.addDeclaredReliefs(TaxRelief.YOUTH);
    }
    return b.build();
  }

  private static void json(StringBuilder sb, Payslip p, String indent) {
    sb.append("{");
    String sep = "\n";
    for (Key k : KEYS) {
      sb.append(sep).append(indent).append("  \"").append(k.name()).append("\": \"")
          .append(amount(k.ofPayslip().apply(p))).append('"');
      sep = ",\n";
    }
    sb.append('\n').append(indent).append('}');
  }

  private static void annualJson(StringBuilder sb, PayrollYear y) {
    sb.append("{\n  \"months\": [");
    String sep = "\n";
    for (Payslip p : y.months()) {
      sb.append(sep).append("    {\n      \"month\": ").append(p.month());
      for (Key k : KEYS) {
        sb.append(",\n      \"").append(k.name()).append("\": \"").append(amount(k.ofPayslip().apply(p))).append('"');
      }
      sb.append("\n    }");
      sep = ",\n";
    }
    sb.append("\n  ],\n  \"totals\": {");
    sep = "\n";
    for (Key k : KEYS) {
      sb.append(sep).append("    \"").append(k.name()).append("\": \"").append(amount(k.ofTotals().apply(y.totals()))).append('"');
      sep = ",\n";
    }
    sb.append("\n  }\n}\n");
  }

  private static void csv(StringBuilder sb, List<Payslip> months, @Nullable PayslipTotals totals) {
    sb.append("month");
    for (Key k : KEYS) {
      sb.append(',').append(k.name());
    }
    sb.append('\n');
    for (Payslip p : months) {
      sb.append(p.month());
      for (Key k : KEYS) {
        sb.append(',').append(amount(k.ofPayslip().apply(p)));
      }
      sb.append('\n');
    }
    if (totals != null) {
      sb.append("total");
      for (Key k : KEYS) {
        sb.append(',').append(amount(k.ofTotals().apply(totals)));
      }
      sb.append('\n');
    }
  }

  private static void text(StringBuilder sb, Payslip p, EmployeeTerms terms) {
    sb.append(heading(p.year(), p.month(), terms)).append('\n');
    Output.Table t = new Output.Table(false, false, true);
    for (Key k : KEYS) {
      t.row(k.name(), k.polishName(), amount(k.ofPayslip().apply(p)));
    }
    t.appendTo(sb);
  }

  private static void annualText(StringBuilder sb, PayrollYear y, EmployeeTerms terms) {
    sb.append(heading(y.year(), 0, terms)).append('\n');
    boolean[] right = new boolean[y.months().size() + 2];
    java.util.Arrays.fill(right, true);
    right[0] = false;
    Output.Table t = new Output.Table(right);
    String[] head = new String[right.length];
    head[0] = "";
    for (int i = 0; i < y.months().size(); i++) {
      head[i + 1] = String.format("%d-%02d", y.year(), y.months().get(i).month());
    }
    head[right.length - 1] = "total";
    t.row(head);
    for (Key k : KEYS) {
      String[] row = new String[right.length];
      row[0] = k.name();
      for (int i = 0; i < y.months().size(); i++) {
        row[i + 1] = amount(k.ofPayslip().apply(y.months().get(i)));
      }
      row[right.length - 1] = amount(k.ofTotals().apply(y.totals()));
      t.row(row);
    }
    t.appendTo(sb);
  }

  private static String heading(int year, int month, EmployeeTerms terms) {
    StringBuilder h = new StringBuilder("Payslip ").append(year);
    if (month > 0) {
      h.append(String.format("-%02d", month));
    } else {
      h.append(" (12 months)");
    }
    h.append(", ").append(terms.contract().id()).append(" (").append(terms.contract().polishName()).append("), PIT-2 ")
        .append(terms.taxReduction() == TaxReduction.NONE ? "not filed" : "filed").append(", PLN");
    return h.toString();
  }

  static String amount(Money m) {
    return m.getAmount().setScale(2).toPlainString();
  }

  /** An output key: its JSON name, how to read it from a payslip and from totals, and its Polish name. */
  record Key(String name, Function<Payslip, Money> ofPayslip, Function<PayslipTotals, Money> ofTotals,
      String polishName) {}
}
