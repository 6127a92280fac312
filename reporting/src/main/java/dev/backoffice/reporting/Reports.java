package dev.backoffice.reporting;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.reporting.budget.BudgetVsActual;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.generalledger.AccountStatement;
import dev.backoffice.reporting.generalledger.GeneralLedger;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import dev.backoffice.reporting.jpk.JpkSummary;
import dev.backoffice.reporting.jpk.JpkV7Config;
import dev.backoffice.reporting.jpk.JpkV7Summary;
import dev.backoffice.reporting.payroll.PayrollRegisterReport;
import dev.backoffice.reporting.payroll.PayrollSummary;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.StatementColumn;
import dev.backoffice.reporting.statement.StatementDefinition;
import dev.backoffice.reporting.statement.StatementKind;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import dev.backoffice.reporting.vat.VatDeclaration;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the reporting module: builds reports from a ledger's queries ({@link LedgerView}) —
 * never from its internals — and from payroll values. Thread-safe: it holds only immutable configuration
 * and the view; each report reads one consistent snapshot ({@link LedgerView#read}).
 *
 * <pre>{@code
 * Reports reports = Reports.of(ledger);
 * TrialBalance tb = reports.trialBalance(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
 * String csv = ReportRenderer.csv().render(tb);
 * FinancialStatement bilans = reports.balanceSheet(LocalDate.of(2025, 12, 31));
 * }</pre>
 *
 * <p>The statements use the annex-1 layouts with the default mapping of {@code PolishChartOfAccounts.template()}
 * unless the builder is given other {@link StatementDefinition}s.
 */
public final class Reports {
  /** The default financial result account (wynik finansowy) of the Polish chart. */
  public static final String DEFAULT_RESULT_ACCOUNT = PolishChartOfAccounts.RESULT;

  private final LedgerView ledger;
  private final StatementDefinition balanceSheet;
  private final StatementDefinition comparative;
  private final StatementDefinition costOfSales;
  private final StatementDefinition cashFlowIndirect;
  private final StatementDefinition cashFlowDirect;
  private final String resultAccount;
  private final Clock clock;
  private final VatRegisters.Accounts vatAccounts;

  private Reports(Builder b) {
    this.ledger = Checks.notNull(b.ledger, "ledger");
    this.balanceSheet = b.balanceSheet != null ? b.balanceSheet : StatementDefinition.polishBalanceSheet();
    this.comparative = b.comparative != null ? b.comparative : StatementDefinition.polishIncomeComparative();
    this.costOfSales = b.costOfSales != null ? b.costOfSales : StatementDefinition.polishIncomeCostOfSales();
    this.cashFlowIndirect = b.cashFlowIndirect != null ? b.cashFlowIndirect : StatementDefinition.polishCashFlowIndirect();
    this.cashFlowDirect = b.cashFlowDirect != null ? b.cashFlowDirect : StatementDefinition.polishCashFlowDirect();
    this.resultAccount = b.resultAccount;
    this.clock = b.clock;
    this.vatAccounts = new VatRegisters.Accounts(b.outputVatAccount, b.inputVatAccount);
  }

  /**
   * Reports over a ledger with the default configuration.
   *
   * @param ledger the ledger's read-only view (a {@code Ledger} is one)
   * @return the reports
   */
  public static Reports of(LedgerView ledger) {
    return builder(ledger).build();
  }

  /**
   * A builder for reports with a non-default configuration.
   *
   * @param ledger the ledger's read-only view
   * @return the builder
   */
  public static Builder builder(LedgerView ledger) {
    return new Builder(Checks.notNull(ledger, "ledger"));
  }

  /** The ledger the reports read. */
  public LedgerView ledger() {
    return ledger;
  }

  // ------------------------------------------------------------------------------------------ trial balance

  /**
   * A trial balance (zestawienie obrotów i sald).
   *
   * @param query the period, level and whether to check against the journal
   * @return the trial balance, with its checks
   */
  public TrialBalance trialBalance(TrialBalanceQuery query) {
    Checks.notNull(query, "query");
    return ledger.read(v -> TrialBalances.compute(v, query));
  }

  /**
   * A posting-level trial balance of a period, checked against the journal — the form of the
   * {@code trial-balance} command.
   *
   * @param from the first day, or null for the beginning (opening balances zero)
   * @param to the last day, or null for no limit
   * @return the trial balance
   * @throws dev.backoffice.core.error.ValidationException if {@code to} is before {@code from}
   */
  public TrialBalance trialBalance(@Nullable LocalDate from, @Nullable LocalDate to) {
    return trialBalance(TrialBalanceQuery.builder().from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).build());
  }

  /**
   * A posting-level trial balance from rows summed elsewhere — straight from a journal file, without a ledger
   * ({@code backoffice trial-balance}). The totals and checks are those of {@link #trialBalance(TrialBalanceQuery)};
   * the journal check compares the rows' turnover with itself, the rows being the journal's.
   *
   * @param rows one row per account and currency, sorted by account then currency
   * @param query the period (level {@link dev.backoffice.reporting.trialbalance.AccountLevel#POSTING})
   * @param cumulativeFrom the first day of the rows' cumulative turnover, if it is not the period's
   * @return the trial balance, with its totals and checks
   * @throws dev.backoffice.core.error.ValidationException for another level than POSTING
   */
  public static TrialBalance trialBalanceOf(List<TrialBalanceRow> rows, TrialBalanceQuery query,
      Optional<LocalDate> cumulativeFrom) {
    Checks.notNull(rows, "rows");
    Checks.notNull(query, "query");
    Checks.notNull(cumulativeFrom, "cumulativeFrom");
    return TrialBalances.fromRows(rows, query, cumulativeFrom);
  }

  // ----------------------------------------------------------------------------------------- general ledger

  /**
   * The statements of an account, with or without its analytic accounts, in the ledger's base currency: every
   * line at its base-currency value (a foreign-currency line at its cost in the base currency, its own amount
   * as memo). A line without a base-currency value stays in the currency it balances in, on a statement of
   * its own.
   *
   * @param account the account code
   * @param includeChildren whether postings to the accounts below it count
   * @param from the first day, or null for the beginning
   * @param to the last day, or null for no limit
   * @return the base-currency statement (when the account has postings), then any others, by currency code
   * @throws dev.backoffice.core.error.NotFoundException if the account does not exist
   */
  public ImmutableList<AccountStatement> accountStatements(String account, boolean includeChildren,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    Checks.notNull(account, "account");
    checkRange(from, to);
    return ledger.read(v -> GeneralLedgers.statements(v, account, includeChildren, null, from, to, true));
  }

  /**
   * The statements of an account per currency (one per currency it has, each in its own amounts), with or
   * without its analytic accounts.
   *
   * @param account the account code
   * @param includeChildren whether postings to the accounts below it count
   * @param from the first day, or null for the beginning
   * @param to the last day, or null for no limit
   * @return one statement per currency, sorted by currency code
   * @throws dev.backoffice.core.error.NotFoundException if the account does not exist
   */
  public ImmutableList<AccountStatement> accountStatementsByCurrency(String account, boolean includeChildren,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    Checks.notNull(account, "account");
    checkRange(from, to);
    return ledger.read(v -> GeneralLedgers.statements(v, account, includeChildren, null, from, to, false));
  }

  /**
   * The statement of an account's own postings in one currency: in the base currency, every line valued in it
   * (as {@link #accountStatements}); in another currency, the lines posted in it.
   *
   * @param account the account code
   * @param currency the currency
   * @param from the first day, or null for the beginning
   * @param to the last day, or null for no limit
   * @return the statement (without postings when the account has none in that currency)
   */
  public AccountStatement accountStatement(String account, CurrencyUnit currency, @Nullable LocalDate from,
      @Nullable LocalDate to) {
    Checks.notNull(account, "account");
    Checks.notNull(currency, "currency");
    checkRange(from, to);
    return ledger.read(v -> GeneralLedgers.statements(v, account, false, currency, from, to, true)).get(0);
  }

  /**
   * The general ledger (księga główna) in the base currency: a statement of every account with postings up
   * to the end of the range, each line at its base-currency value (see {@link #accountStatements}).
   *
   * @param from the first day, or null for the beginning
   * @param to the last day, or null for no limit
   * @return the general ledger
   */
  public GeneralLedger generalLedger(@Nullable LocalDate from, @Nullable LocalDate to) {
    checkRange(from, to);
    return ledger.read(v -> GeneralLedgers.generalLedger(v, from, to, true));
  }

  /**
   * The general ledger per currency: a statement of every account and currency with postings up to the end of
   * the range, each in its own amounts.
   *
   * @param from the first day, or null for the beginning
   * @param to the last day, or null for no limit
   * @return the general ledger
   */
  public GeneralLedger generalLedgerByCurrency(@Nullable LocalDate from, @Nullable LocalDate to) {
    checkRange(from, to);
    return ledger.read(v -> GeneralLedgers.generalLedger(v, from, to, false));
  }

  // ------------------------------------------------------------------------------------------- statements

  /**
   * The balance sheet (bilans) as of a date with the comparative column of the end of the previous fiscal
   * year (stan na koniec poprzedniego roku obrotowego), as annex 1 prints it.
   *
   * @param asOf the balance-sheet date
   * @return the statement with two columns
   */
  public FinancialStatement balanceSheet(LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    LocalDate prior = ledger.calendar().yearOf(asOf).start().minusDays(1);
    return balanceSheet(List.of(asOf, prior));
  }

  /**
   * The balance sheet with a column per date (e.g. the ends of the months of a year).
   *
   * @param dates the balance-sheet dates, at least one
   * @return the statement
   */
  public FinancialStatement balanceSheet(List<LocalDate> dates) {
    Checks.notNull(dates, "dates");
    Checks.check(!dates.isEmpty(), "balance sheet", "dates", dates, "must name at least one date");
    List<LocalDate> copy = ImmutableList.copyOf(dates);
    return ledger.read(v -> Statements.balanceSheet(v, balanceSheet, copy));
  }

  /**
   * An income statement (rachunek zysków i strat) of a period with the comparative column of the same period a
   * year earlier.
   *
   * @param variant {@link StatementKind#INCOME_COMPARATIVE} or {@link StatementKind#INCOME_COST_OF_SALES}
   * @param period the period
   * @return the statement with two columns
   */
  public FinancialStatement incomeStatement(StatementKind variant, ReportPeriod period) {
    Checks.notNull(period, "period");
    return incomeStatement(variant, List.of(period, period.previousYear()));
  }

  /**
   * An income statement with a column per period, e.g. {@link ReportPeriod#monthsOf} or
   * {@link ReportPeriod#quartersOf} a fiscal year.
   *
   * @param variant {@link StatementKind#INCOME_COMPARATIVE} or {@link StatementKind#INCOME_COST_OF_SALES}
   * @param periods the periods, at least one
   * @return the statement
   */
  public FinancialStatement incomeStatement(StatementKind variant, List<ReportPeriod> periods) {
    Checks.notNull(variant, "variant");
    Checks.notNull(periods, "periods");
    Checks.check(variant.isIncomeStatement(), "income statement", "variant", variant,
        "must be INCOME_COMPARATIVE or INCOME_COST_OF_SALES");
    Checks.check(!periods.isEmpty(), "income statement", "periods", periods, "must name at least one period");
    StatementDefinition def = variant == StatementKind.INCOME_COMPARATIVE ? comparative : costOfSales;
    List<StatementColumn> columns = periods.stream().map(p -> StatementColumn.period(p.from(), p.to(), p.label()))
        .collect(ImmutableList.toImmutableList());
    return ledger.read(v -> Statements.incomeStatement(v, def, columns, resultAccount));
  }

  /**
   * The income statement of a fiscal year by month.
   *
   * @param variant the variant
   * @param year the fiscal year
   * @return the statement with one column per month
   */
  public FinancialStatement monthlyIncomeStatement(StatementKind variant, FiscalYear year) {
    return incomeStatement(variant, ReportPeriod.monthsOf(Checks.notNull(year, "year")));
  }

  // ------------------------------------------------------------------------------------------------ budget

  /**
   * Budget versus actual (wykonanie budżetu) of a budget registered with a budget control: one row per line
   * and month of the fiscal year, checked against the ledger's balances.
   *
   * @param control the budget control bound to this ledger
   * @param budgetId the budget
   * @return the report
   * @throws dev.backoffice.core.error.NotFoundException if the control has no such budget
   */
  public BudgetVsActual budgetVsActual(BudgetControl control, String budgetId) {
    Checks.notNull(control, "control");
    Checks.notNull(budgetId, "budgetId");
    return ledger.read(v -> Budgets.report(v, requireBudget(control, budgetId), control.variance(budgetId), resultAccount));
  }

  /**
   * Budget versus actual per line from the start of the fiscal year through the month containing a date.
   *
   * @param control the budget control bound to this ledger
   * @param budgetId the budget
   * @param asOf a date in the budget's fiscal year
   * @return the report, one row per line
   * @throws dev.backoffice.core.error.NotFoundException if the control has no such budget
   * @throws dev.backoffice.core.error.ValidationException if the date is outside the budget's year
   */
  public BudgetVsActual budgetVsActualToDate(BudgetControl control, String budgetId, LocalDate asOf) {
    Checks.notNull(control, "control");
    Checks.notNull(budgetId, "budgetId");
    Checks.notNull(asOf, "asOf");
    return ledger.read(v -> Budgets.report(v, requireBudget(control, budgetId),
        control.varianceToDate(budgetId, asOf), resultAccount));
  }

  private static Budget requireBudget(BudgetControl control, String budgetId) {
    return control.budget(budgetId).orElseThrow(() -> new NotFoundException("budget", budgetId));
  }

  // ----------------------------------------------------------------------------------------------- payroll

  /**
   * The payroll register (lista płac) of a payroll run as a report, checked against the run's own totals.
   *
   * @param register the calculated run
   * @return the report
   */
  public PayrollRegisterReport payrollRegister(PayrollRegister register) {
    return Payrolls.register(Checks.notNull(register, "register"));
  }

  /**
   * A payroll register of payslips calculated outside a run.
   *
   * @param number the register's number
   * @param paymentDate the payment date
   * @param payslips the payslips, all of one month, at least one
   * @return the report
   * @throws dev.backoffice.core.error.ValidationException if there are no payslips or they are of different months
   */
  public PayrollRegisterReport payrollRegister(String number, LocalDate paymentDate, List<Payslip> payslips) {
    Checks.notBlank(number, "number");
    Checks.notNull(paymentDate, "paymentDate");
    Checks.notNull(payslips, "payslips");
    Checks.check(!payslips.isEmpty(), "payroll register " + number, "payslips", payslips, "must not be empty");
    return Payrolls.register(number, payslips.get(0).period(), paymentDate, payslips, List.of());
  }

  /**
   * The monthly payroll summary — ZUS, PIT and PPK per employee and overall — of the month's registers.
   *
   * @param registers the registers of one month, at least one
   * @return the summary
   * @throws dev.backoffice.core.error.ValidationException if there are none or they are of different months
   */
  public PayrollSummary payrollSummary(List<PayrollRegister> registers) {
    Checks.notNull(registers, "registers");
    return Payrolls.summary(ImmutableList.copyOf(registers));
  }

  // ------------------------------------------------------------------------------------------------ JPK_KR

  /**
   * Writes the JPK_KR file (Jednolity Plik Kontrolny — księgi rachunkowe) of a period of one fiscal year to a
   * stream, as UTF-8 XML of the chosen schema: header, subject, the trial balance (ZOiS), the journal
   * (Dziennik) and postings (KontoZapis) with their control sums, and for JPK_KR_PD the tax reconciliation
   * (RPD). Streaming: memory grows with the number of accounts, not of entries. The ledger is read on one
   * snapshot (postings wait until the file is written). The stream is flushed, not closed.
   *
   * @param schema {@link JpkSchema#KR} (JPK_KR(1), schema 1-0) or {@link JpkSchema#KR_PD} (JPK_KR_PD(1), schema 1-1)
   * @param from the first day (DataOd)
   * @param to the last day (DataDo), in the same fiscal year
   * @param config the subject and the settings the ledger does not know
   * @param out where to write
   * @return what was written: counts and control sums
   * @throws dev.backoffice.core.error.ValidationException before anything is written, if the period spans fiscal
   *     years, a date is outside the schema's range, the period has no entries, or a foreign-currency line has
   *     no PLN value
   * @throws dev.backoffice.core.error.BackOfficeException if the stream fails
   */
  public JpkSummary writeJpkKr(JpkSchema schema, LocalDate from, LocalDate to, JpkConfig config, OutputStream out) {
    Checks.notNull(schema, "schema");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(config, "config");
    Checks.notNull(out, "out");
    return ledger.read(v -> JpkKrWriter.write(v, schema, from, to, config, clock, out));
  }

  private static void checkRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null) {
      Checks.check(!to.isBefore(from), "report", "to", to, "must not be before from " + from);
    }
  }

  /**
   * The cash-flow statement (rachunek przepływów pieniężnych) of annex 1 for periods, in the base currency, with the
   * check that the net cash flows (D) equal the balance-sheet change in cash (E, the movement of the cash accounts)
   * and that every account is mapped.
   *
   * @param variant {@link StatementKind#CASH_FLOW_INDIRECT} or {@link StatementKind#CASH_FLOW_DIRECT}
   * @param periods the periods, at least one, one column each
   * @return the statement
   */
  public FinancialStatement cashFlowStatement(StatementKind variant, List<ReportPeriod> periods) {
    Checks.notNull(variant, "variant");
    Checks.notNull(periods, "periods");
    Checks.check(variant.isCashFlow(), "cash-flow statement", "variant", variant,
        "must be CASH_FLOW_INDIRECT or CASH_FLOW_DIRECT");
    Checks.check(!periods.isEmpty(), "cash-flow statement", "periods", periods, "must name at least one period");
    StatementDefinition def = variant == StatementKind.CASH_FLOW_INDIRECT ? cashFlowIndirect : cashFlowDirect;
    List<StatementColumn> columns = periods.stream().map(p -> StatementColumn.period(p.from(), p.to(), p.label()))
        .collect(ImmutableList.toImmutableList());
    return ledger.read(v -> CashFlows.cashFlow(v, def, columns));
  }

  // ------------------------------------------------------------------------------------------------- VAT

  /**
   * A VAT register (ewidencja VAT) of a period: the entries dated in it whose lines carry VAT tags
   * ({@link dev.backoffice.reporting.vat.VatPosting}, with the entry's
   * {@link dev.backoffice.reporting.vat.VatInvoice}), one row per entry, with the JPK_V7 fields and the check
   * that the tax equals the period's turnover on the VAT account.
   *
   * @param kind sales (output tax, account 221) or purchases (input tax, account 222)
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the register
   * @throws dev.backoffice.core.error.ValidationException if a VAT tag is invalid, or a VAT line has no base or no
   *     PLN value (the message names the entry)
   */
  public VatRegister vatRegister(VatRegisterKind kind, LocalDate from, LocalDate to) {
    Checks.notNull(kind, "kind");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    checkRange(from, to);
    return ledger.read(v -> VatRegisters.register(v, kind, from, to, vatAccounts));
  }

  /**
   * The VAT declaration (VAT-7 for a month, VAT-7K for a quarter) computed from the registers of its period.
   *
   * @param from the first day of the settlement period
   * @param to its last day
   * @param previousExcess the excess of input tax carried from the previous declaration (P_39), full złoty
   * @return the declaration's fields
   */
  public VatDeclaration vatDeclaration(LocalDate from, LocalDate to, long previousExcess) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    checkRange(from, to);
    Checks.check(previousExcess >= 0, "VAT declaration", "previousExcess", previousExcess, "must not be negative");
    return ledger.read(v -> VatDeclarations.compute(from, to,
        VatRegisters.scan(v, VatRegisterKind.SALES, from, to, vatAccounts, r -> { }),
        VatRegisters.scan(v, VatRegisterKind.PURCHASES, from, to, vatAccounts, r -> { }), previousExcess));
  }

  /**
   * Writes the JPK_V7M(3) or JPK_V7K(3) file of a month ({@link JpkV7Config#variant()}): the registers of the
   * month and, for JPK_V7M and for the last month of a quarter in JPK_V7K, the declaration. Streams: the rows are
   * written as the journal is read. The creation time comes from the clock of these reports.
   *
   * @param month the month of the registers, from 2026-01
   * @param config the taxpayer and the settings the ledger does not know
   * @param out where to write (not closed)
   * @return the registers' totals and the declaration
   * @throws dev.backoffice.core.error.ValidationException if the month or the clock is before the third version,
   *     or the VAT data is invalid
   */
  public JpkV7Summary writeJpkV7(YearMonth month, JpkV7Config config, OutputStream out) {
    Checks.notNull(month, "month");
    Checks.notNull(config, "config");
    Checks.notNull(out, "out");
    return ledger.read(v -> JpkV7Writer.write(v, month, config, clock, vatAccounts, out));
  }

  /** Builds {@link Reports} with non-default statement definitions or result account. */
  public static final class Builder {
    private final LedgerView ledger;
    private String outputVatAccount = "221";
    private String inputVatAccount = "222";
    private @Nullable StatementDefinition balanceSheet;
    private @Nullable StatementDefinition comparative;
    private @Nullable StatementDefinition costOfSales;
    private @Nullable StatementDefinition cashFlowIndirect;
    private @Nullable StatementDefinition cashFlowDirect;
    private String resultAccount = DEFAULT_RESULT_ACCOUNT;
    private Clock clock = Clock.systemUTC();

    private Builder(LedgerView ledger) {
      this.ledger = ledger;
    }

    /**
     * The balance-sheet layout and mapping (default: annex 1 with the Polish template mapping).
     *
     * @param value a definition of kind {@link StatementKind#BALANCE_SHEET}
     * @return this builder
     */
    public Builder balanceSheet(StatementDefinition value) {
      this.balanceSheet = kind(value, StatementKind.BALANCE_SHEET);
      return this;
    }

    /**
     * The comparative income statement's layout and mapping.
     *
     * @param value a definition of kind {@link StatementKind#INCOME_COMPARATIVE}
     * @return this builder
     */
    public Builder comparativeIncomeStatement(StatementDefinition value) {
      this.comparative = kind(value, StatementKind.INCOME_COMPARATIVE);
      return this;
    }

    /**
     * The cost-of-sales income statement's layout and mapping.
     *
     * @param value a definition of kind {@link StatementKind#INCOME_COST_OF_SALES}
     * @return this builder
     */
    public Builder costOfSalesIncomeStatement(StatementDefinition value) {
      this.costOfSales = kind(value, StatementKind.INCOME_COST_OF_SALES);
      return this;
    }

    /**
     * The cash-flow statement's layout and mapping, for its variant.
     *
     * @param value a definition of kind {@link StatementKind#CASH_FLOW_INDIRECT} or {@link StatementKind#CASH_FLOW_DIRECT}
     * @return this builder
     */
    public Builder cashFlowStatement(StatementDefinition value) {
      Checks.notNull(value, "definition");
      Checks.check(value.kind().isCashFlow(), "reports", "definition", value.kind(), "must be a cash-flow definition");
      if (value.kind() == StatementKind.CASH_FLOW_INDIRECT) {
        this.cashFlowIndirect = value;
      } else {
        this.cashFlowDirect = value;
      }
      return this;
    }

    /**
     * The financial result account the year-end close posts to (default {@value #DEFAULT_RESULT_ACCOUNT});
     * income statements leave the closing entries to it out.
     *
     * @param value the account code
     * @return this builder
     */
    public Builder resultAccount(String value) {
      this.resultAccount = Checks.notBlank(value, "resultAccount");
      return this;
    }

    /**
     * The clock for the creation time written into JPK files (default: the system clock, UTC).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull(value, "clock");
      return this;
    }

    /**
     * The VAT accounts the registers read (default 221 output VAT, 222 input VAT), each with its analytic accounts.
     *
     * @param output the output-VAT account (rozrachunki z tytułu VAT należnego)
     * @param input the input-VAT account (VAT naliczony)
     * @return this builder
     */
    public Builder vatAccounts(String output, String input) {
      this.outputVatAccount = Checks.notBlank(output, "output");
      this.inputVatAccount = Checks.notBlank(input, "input");
      return this;
    }

    private static StatementDefinition kind(StatementDefinition value, StatementKind expected) {
      Checks.notNull(value, "definition");
      Checks.check(value.kind() == expected, "reports", "definition", value.kind(), "must be a " + expected + " definition");
      return value;
    }

    /**
     * Builds the reports.
     *
     * @return the reports
     */
    public Reports build() {
      return new Reports(this);
    }
  }
}
