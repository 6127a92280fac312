package dev.backoffice.examples.demo;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.InMemoryExchangeRateProvider;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.budget.AccountSelector;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.budget.BudgetExceededException;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.ledger.budget.BudgetVersion;
import dev.backoffice.ledger.budget.ControlRule;
import dev.backoffice.ledger.budget.ControlScope;
import dev.backoffice.ledger.budget.Phasing;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.fx.FxRevaluation;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.posting.PostingScheme;
import dev.backoffice.payroll.run.FailurePolicy;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.PayrollRun;
import dev.backoffice.payroll.run.RunEntry;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.budget.BudgetVsActual;
import dev.backoffice.reporting.common.Report;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.payroll.PayrollRegisterReport;
import dev.backoffice.reporting.render.RenderOptions;
import dev.backoffice.reporting.render.ReportRenderer;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.StatementKind;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatPosting;
import dev.backoffice.reporting.vat.VatRate;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;

/**
 * The demo: January 2025 of a small Polish company, Przykład sp. z o.o., run through every module of
 * Backoffice, then its reports.
 *
 * <ol>
 *   <li>Opening balances (bilans otwarcia) as of 2024-12-31, including 5,000 EUR in a foreign-currency bank account
 *       carried at 21,365.00 PLN.
 *   <li>An approved budget OPEX-2025 with two lines: 402 services, 3,000 PLN a month under a STOP rule
 *       (accumulated monthly), and 401 materials, 1,000 PLN a month under a WARN rule.
 *   <li>Two sales invoices and two purchase invoices with 23 % VAT; a third purchase invoice would take
 *       services over January's budget and is rejected, changing nothing.
 *   <li>Bank statement payments: a customer pays, the company pays a supplier.
 *   <li>The January payroll of four people on an employment contract (two), a mandate and a specific-task
 *       contract, calculated by the payroll module and posted with the Polish scheme (404/405/231/229/225/130).
 *   <li>The balance-sheet valuation of the EUR account at the month-end NBP-style rate: the exchange loss goes to
 *       751.
 * </ol>
 * Then it prints the trial balance, the income statement, budget versus actual, the payroll register and the
 * year's cash-flow statement, as the reporting module renders them, and then February's settlements
 * ({@link FebruarySettlements}: a bank statement matched and posted, a partial payment, a EUR invoice paid at
 * another rate, aging, a payment batch). The invoices carry their VAT data ({@link #invoices(int)}). Everything
 * runs on a fixed clock, so the output is the same on every run.
 *
 * <p>Run it with {@code java -jar examples/target/backoffice.jar demo}.
 */
public final class SmallCompanyMonth {
  /** The month of the demo. */
  public static final ReportPeriod JANUARY = ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
  /** The budget's id. */
  public static final String BUDGET = "OPEX-2025";
  /** The payroll run's number. */
  public static final String PAYROLL = "LP/01/2025";
  /** The EUR bank account (rachunek walutowy). */
  public static final String EUR_BANK = "131";
  /** The EUR rate of the month-end valuation (PLN per EUR). */
  public static final String MONTH_END_RATE = "4.2130";

  private static final LocalDate OPENING = LocalDate.of(2024, 12, 31);
  private static final LocalDate MONTH_END = LocalDate.of(2025, 1, 31);
  private static final FiscalYear FY2025 = FiscalYear.calendar(2025);

  private SmallCompanyMonth() {}

  /**
   * What the demo produced: the reports it printed and the purchase budget control refused.
   *
   * @param trialBalance the trial balance of January in PLN (the EUR account at its PLN value, the euros as memo)
   * @param incomeStatement the income statement of January (comparative variant)
   * @param budget budget versus actual of January
   * @param payroll the payroll register of January
   * @param rejected why the over-budget purchase invoice was refused
   * @param cashFlow the cash-flow statement of the year 2025 (indirect method)
   */
  public record Result(TrialBalance trialBalance, FinancialStatement incomeStatement, BudgetVsActual budget,
      PayrollRegisterReport payroll, BudgetExceededException rejected, FinancialStatement cashFlow) {}

  /**
   * Runs the demo and prints to standard output (UTF-8).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    run(out);
    out.flush();
  }

  /**
   * Runs the demo, printing what happens and the reports.
   *
   * @param out where to print (lines end with {@code \n})
   * @return the reports and the rejected purchase
   * @throws UncheckedIOException if writing fails
   */
  public static Result run(Appendable out) {
    Clock clock = Clock.fixed(Instant.parse("2025-01-31T18:00:00Z"), ZoneOffset.UTC);
    BudgetControl budgets = BudgetControl.create();
    try (Ledger ledger = Ledger.builder()
        .clock(clock)
        .chart(PolishChartOfAccounts.template()
            .with(Account.builder().code(EUR_BANK).name("Rachunek walutowy EUR").type(AccountType.ASSET)
                .addAllowedCurrencies(Monies.EUR, Monies.PLN).build())
            .with(Account.of("249", "Rozrachunki do wyjaśnienia", AccountType.ASSET)))
        .guard(budgets.guard())
        .build()) {
      budgets.bind(ledger);
      Printer p = new Printer(out);
      p.line("Backoffice demo: January 2025 at Przykład sp. z o.o. (amounts in PLN unless stated)");
      p.line("");
      p.line("Bookings");

      post(p, ledger, entry(OPENING, "BO", "BO/2024", "Opening balances (bilans otwarcia)",
          JournalLine.debit("010", pln("40000.00")),
          JournalLine.debit(PolishChartOfAccounts.BANK, pln("60000.00")),
          // 5,000 EUR bought at 4.2730: carried at 21,365.00 PLN
          JournalLine.builder().account(EUR_BANK).side(Side.DEBIT).amount(Monies.of("EUR", "5000.00"))
              .cost(pln("21365.00")).rate(new BigDecimal("4.2730")).build(),
          JournalLine.credit("800", pln("121365.00"))));

      budgets.addBudget(Budget.builder().id(BUDGET).name("OPEX").fiscalYear(FY2025).version(BudgetVersion.APPROVED)
          .addLines(BudgetLine.builder()
              .from(BudgetLine.of("402", AccountSelector.account("402"), Dimensions.empty(), pln("36000.00"),
                  Phasing.equal(), FY2025))
              .description("Usługi obce").addRules(ControlRule.stop(ControlScope.MONTHLY_ACCUMULATED)).build())
          .addLines(BudgetLine.builder()
              .from(BudgetLine.of("401", AccountSelector.account("401"), Dimensions.empty(), pln("12000.00"),
                  Phasing.equal(), FY2025))
              .description("Materiały").addRules(ControlRule.warn(ControlScope.MONTHLY_ACCUMULATED)).build())
          .build());
      p.line("  budget " + BUDGET + " approved: 402 services 3,000.00 a month (STOP), 401 materials 1,000.00 a month (WARN)");

      List<JournalEntry> invoices = invoices(2025);
      post(p, ledger, invoices.get(0));
      post(p, ledger, invoices.get(1));
      post(p, ledger, invoices.get(2));
      post(p, ledger, entry(day(15), "WB", "WB/1/2025", "Klient A S.A. pays FV/1/2025",
          JournalLine.debit(PolishChartOfAccounts.BANK, pln("24600.00")), settling(Side.CREDIT, "201", "24600.00",
              "5261040828")));
      post(p, ledger, invoices.get(3));
      BudgetExceededException rejected = reject(p, ledger, entry(day(20), "FZ", "FZ/3/2025",
          "Legal advice, Kancelaria Prawna (over budget)",
          JournalLine.debit("402", pln("1500.00")), JournalLine.debit("222", pln("345.00")),
          JournalLine.credit("202", pln("1845.00"))));
      post(p, ledger, entry(day(22), "WB", "WB/2/2025", "Payment to Serwis IT sp. z o.o. for FZ/1/2025",
          settling(Side.DEBIT, "202", "2460.00", "5252248481"), JournalLine.credit(PolishChartOfAccounts.BANK,
              pln("2460.00"))));

      PayrollRegister register = payrollRun().calculate(PayrollCalculator.standard());
      ImmutableList<JournalEntry> payrollEntries = PostingScheme.polish().entries(register);
      for (JournalEntry e : payrollEntries) {
        ledger.post(e);
      }
      p.line(String.format("  %s  %-14s  %-55s  posted (%d entries)", MONTH_END, PAYROLL,
          "Payroll of " + register.payslips().size() + " people: gross pay, ZUS, PIT, net pay paid", payrollEntries.size()));

      ExchangeRate rate = ExchangeRate.of("EUR", "PLN", MONTH_END_RATE, MONTH_END, "NBP table of " + MONTH_END + " (illustrative)");
      JournalEntry revaluation = FxRevaluation.of(InMemoryExchangeRateProvider.of(rate)).entry(ledger, MONTH_END)
          .orElseThrow(() -> new IllegalStateException("the EUR account is carried at another rate, so it must be revalued"));
      ledger.post(revaluation);
      p.line(String.format("  %s  %-14s  %-55s  posted", MONTH_END, revaluation.document().get().number(),
          "Valuation of 5,000.00 EUR in " + EUR_BANK + " at " + MONTH_END_RATE));

      Reports reports = Reports.of(ledger);
      TrialBalance tb = reports.trialBalance(TrialBalanceQuery.builder().from(JANUARY.from()).to(JANUARY.to()).build());
      FinancialStatement income = reports.incomeStatement(StatementKind.INCOME_COMPARATIVE, List.of(JANUARY));
      FinancialStatement cashFlow = reports.cashFlowStatement(StatementKind.CASH_FLOW_INDIRECT,
          List.of(ReportPeriod.of(FY2025.start(), FY2025.end())));
      BudgetVsActual budget = reports.budgetVsActualToDate(budgets, BUDGET, MONTH_END);
      PayrollRegisterReport payroll = reports.payrollRegister(register);

      ReportRenderer text = ReportRenderer.text(RenderOptions.english());
      for (Report r : List.of(tb, income, budget, payroll, cashFlow)) {
        p.line("");
        p.text(text.render(r));
      }
      // February's settlements, after January's reports (a section of its own; two blank lines end the last report)
      p.line("");
      p.line("");
      FebruarySettlements.run(ledger, clock, p::line);
      return new Result(tb, income, budget, payroll, rejected, cashFlow);
    }
  }

  /**
   * The month's four invoices with their VAT data (counterparty, 23 % base and tax on 221/222), dated in January of
   * a year: the demo posts those of 2025; a JPK_V7(3) file, which the schema accepts from 2026 only, can be made
   * from the same invoices a year later.
   *
   * @param year the year
   * @return FZ/1 (8th), FV/1 (10th), FZ/2 (13th), FV/2 (17th)
   */
  public static List<JournalEntry> invoices(int year) {
    return List.of(
        invoice(year, 8, "FZ", "FZ/1/", "IT services, Serwis IT sp. z o.o.", "5252248481", "Serwis IT sp. z o.o.",
            JournalLine.debit("402", pln("2000.00")), vat("222", Side.DEBIT, "460.00", "2000.00"),
            JournalLine.credit("202", pln("2460.00"))),
        invoice(year, 10, "FV", "FV/1/", "Software development, Klient A S.A.", "5261040828", "Klient A S.A.",
            JournalLine.debit("201", pln("24600.00")), JournalLine.credit("700", pln("20000.00")),
            vat("221", Side.CREDIT, "4600.00", "20000.00")),
        invoice(year, 13, "FZ", "FZ/2/", "Office supplies, Papiernik s.c.", "9512345678", "Papiernik s.c.",
            JournalLine.debit("401", pln("800.00")), vat("222", Side.DEBIT, "184.00", "800.00"),
            JournalLine.credit("202", pln("984.00"))),
        invoice(year, 17, "FV", "FV/2/", "Consulting, Klient B sp. z o.o.", "7740001454", "Klient B sp. z o.o.",
            JournalLine.debit("201", pln("9840.00")), JournalLine.credit("700", pln("8000.00")),
            vat("221", Side.CREDIT, "1840.00", "8000.00")));
  }

  private static JournalEntry invoice(int year, int day, String type, String prefix, String description, String nip,
      String name, JournalLine... lines) {
    LocalDate date = LocalDate.of(year, 1, day);
    return JournalEntry.builder().date(date).document(DocumentRef.of(type, prefix + year, date)).description(description)
        .tags(VatInvoice.builder().partner(nip).partnerName(name).build().toTags()).addLines(lines).build();
  }

  /** A payment's line on a settlement account naming the counterparty whose invoice it settles. */
  private static JournalLine settling(Side side, String account, String amount, String partner) {
    return JournalLine.builder().account(account).side(side).amount(pln(amount))
        .tags(dev.backoffice.ledger.entry.Tags.of("partner", partner)).build();
  }

  /** A VAT line at 23 % with its base. */
  private static JournalLine vat(String account, Side side, String tax, String base) {
    return JournalLine.builder().account(account).side(side).amount(pln(tax))
        .tags(VatPosting.of(VatRate.RATE_23, new BigDecimal(base)).toTags()).build();
  }

  /** The January payroll: two employees, a mandate and a specific-task contract. */
  static PayrollRun payrollRun() {
    return PayrollRun.builder().number(PAYROLL).year(2025).month(1).paymentDate(MONTH_END)
        .failurePolicy(FailurePolicy.FAIL_ALL)
        .addEntries(
            RunEntry.of(EmployeeTerms.builder().employeeId("P01").name("Anna Kowalska").contract(ContractType.EMPLOYMENT)
                .taxReduction(TaxReduction.ONE_PAYER).build(), MonthInput.of(2025, 1, pln("8000.00"))),
            RunEntry.of(EmployeeTerms.builder().employeeId("P02").name("Piotr Nowak").contract(ContractType.EMPLOYMENT)
                .taxReduction(TaxReduction.ONE_PAYER).build(), MonthInput.of(2025, 1, pln("4666.00"))),
            RunEntry.of(EmployeeTerms.builder().employeeId("Z01").name("Maria Wiśniewska").contract(ContractType.MANDATE)
                .build(), MonthInput.of(2025, 1, pln("3000.00"))),
            RunEntry.of(EmployeeTerms.builder().employeeId("D01").name("Tomasz Zieliński")
                .contract(ContractType.SPECIFIC_TASK).build(), MonthInput.of(2025, 1, pln("2000.00"))))
        .build();
  }

  private static void post(Printer p, Ledger ledger, JournalEntry e) {
    ledger.post(e);
    p.line(String.format("  %s  %-14s  %-55s  posted", e.date(), e.document().get().number(), e.description()));
  }

  private static BudgetExceededException reject(Printer p, Ledger ledger, JournalEntry e) {
    try {
      ledger.post(e);
    } catch (BudgetExceededException refused) {
      p.line(String.format("  %s  %-14s  %-55s  REJECTED by budget control:", e.date(), e.document().get().number(),
          e.description()));
      p.line("      " + refused.getMessage());
      return refused;
    }
    throw new IllegalStateException(e.subject() + " was meant to exceed the budget but was posted");
  }

  private static JournalEntry entry(LocalDate date, String type, String number, String description, JournalLine... lines) {
    return JournalEntry.builder().date(date).document(DocumentRef.of(type, number, date)).description(description)
        .addLines(lines).build();
  }

  private static LocalDate day(int dayOfJanuary) {
    return LocalDate.of(2025, 1, dayOfJanuary);
  }

  private static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  /** Prints lines ending with {@code \n}. */
  private static final class Printer {
    private final Appendable out;

    Printer(Appendable out) {
      this.out = out;
    }

    void line(String s) {
      text(s + "\n");
    }

    void text(String s) {
      try {
        out.append(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
