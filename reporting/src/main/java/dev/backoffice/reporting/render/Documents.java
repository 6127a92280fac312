package dev.backoffice.reporting.render;

import static dev.backoffice.reporting.render.Column.Kind.AMOUNT;
import static dev.backoffice.reporting.render.Column.Kind.DATE;
import static dev.backoffice.reporting.render.Column.Kind.INTEGER;
import static dev.backoffice.reporting.render.Column.Kind.PERCENT;
import static dev.backoffice.reporting.render.Column.Kind.TEXT;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.reporting.budget.BudgetFigures;
import dev.backoffice.reporting.budget.BudgetVarianceRow;
import dev.backoffice.reporting.budget.BudgetVsActual;
import dev.backoffice.reporting.common.Report;
import dev.backoffice.reporting.generalledger.AccountStatement;
import dev.backoffice.reporting.generalledger.AccountStatementLine;
import dev.backoffice.reporting.generalledger.GeneralLedger;
import dev.backoffice.reporting.payroll.PayrollAmounts;
import dev.backoffice.reporting.payroll.PayrollRegisterReport;
import dev.backoffice.reporting.payroll.PayrollRow;
import dev.backoffice.reporting.payroll.PayrollSummary;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.LineKind;
import dev.backoffice.reporting.statement.LineNature;
import dev.backoffice.reporting.statement.StatementColumn;
import dev.backoffice.reporting.statement.StatementLine;
import dev.backoffice.reporting.trialbalance.AccountLevel;
import dev.backoffice.reporting.trialbalance.CurrencyAmounts;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import dev.backoffice.reporting.trialbalance.TrialBalanceTotal;
import dev.backoffice.reporting.vat.VatAmount;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import dev.backoffice.reporting.vat.VatRegisterRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/** Lays each kind of report out as a {@link Document}: the one place that knows the reports' shapes. */
final class Documents {
  private static final Text TOTAL = new Text("Razem", "Total", "TOTAL");
  private static final String GREEN = "#2e7d32";
  private static final String RED = "#c62828";
  private static final String BLUE = "#1565c0";
  private static final String ORANGE = "#ef6c00";
  private static final String GREY = "#9e9e9e";

  private Documents() {}

  static Document of(Report report) {
    if (report instanceof TrialBalance) {
      return trialBalance((TrialBalance) report);
    } else if (report instanceof AccountStatement) {
      AccountStatement s = (AccountStatement) report;
      return ledger("account-statement", Text.of("Kartoteka konta " + s.account(), "Account statement " + s.account()),
          s.from(), s.to(), List.of(s), report);
    } else if (report instanceof GeneralLedger) {
      GeneralLedger g = (GeneralLedger) report;
      return ledger("general-ledger", Text.of("Księga główna", "General ledger"), g.from(), g.to(), g.statements(), report);
    } else if (report instanceof FinancialStatement) {
      return statement((FinancialStatement) report);
    } else if (report instanceof BudgetVsActual) {
      return budget((BudgetVsActual) report);
    } else if (report instanceof PayrollRegisterReport) {
      return payrollRegister((PayrollRegisterReport) report);
    } else if (report instanceof PayrollSummary) {
      return payrollSummary((PayrollSummary) report);
    } else if (report instanceof VatRegister) {
      return vatRegister((VatRegister) report);
    }
    throw new ValidationException("report", report.getClass().getName(), "must be a report of the reporting module");
  }

  // ------------------------------------------------------------------------------------------ trial balance

  private static Document trialBalance(TrialBalance tb) {
    boolean memo = tb.rows().stream().anyMatch(r -> !r.currencyAmounts().isEmpty());
    List<Column> cols = new ArrayList<>(List.of(
        Column.of("account", "Konto", "Account", TEXT),
        Column.of("name", "Nazwa konta", "Account name", TEXT).notInCsv(),
        Column.of("commodity", "Waluta", "Currency", TEXT),
        Column.of("opening_debit", "BO Wn", "Opening Dr", AMOUNT),
        Column.of("opening_credit", "BO Ma", "Opening Cr", AMOUNT),
        Column.of("turnover_debit", "Obroty Wn", "Turnover Dr", AMOUNT),
        Column.of("turnover_credit", "Obroty Ma", "Turnover Cr", AMOUNT),
        Column.of("cumulative_debit", "Obroty narast. Wn", "Cumulative Dr", AMOUNT).notInCsv(),
        Column.of("cumulative_credit", "Obroty narast. Ma", "Cumulative Cr", AMOUNT).notInCsv(),
        Column.of("closing_debit", "Saldo Wn", "Closing Dr", AMOUNT),
        Column.of("closing_credit", "Saldo Ma", "Closing Cr", AMOUNT)));
    if (memo) {
      // memo columns of currency accounts: the CSV keeps the command's contract columns only
      cols.add(Column.of("currency_opening", "BO w walucie", "Opening in currency", TEXT).notInCsv());
      cols.add(Column.of("currency_turnover", "Obroty Wn / Ma w walucie", "Turnover Dr / Cr in currency", TEXT).notInCsv());
      cols.add(Column.of("currency_closing", "Saldo w walucie", "Closing in currency", TEXT).notInCsv());
    }
    List<Row> rows = new ArrayList<>();
    for (TrialBalanceRow r : tb.rows()) {
      List<@Nullable Object> cells = new ArrayList<>(Arrays.asList(r.account(), r.name(),
          r.currency().getCode(), r.opening().debit(), r.opening().credit(), r.turnover().debit(), r.turnover().credit(),
          r.cumulativeTurnover().debit(), r.cumulativeTurnover().credit(), r.closing().debit(), r.closing().credit()));
      if (memo) {
        cells.addAll(memoCells(r.currencyAmounts()));
      }
      rows.add(new Row(r.aggregate() ? Row.Kind.TOTAL : Row.Kind.DETAIL, r.depth(), cells));
    }
    if (tb.level() == AccountLevel.HIERARCHY) {
      // synthetic rows are sums, not totals: show them as data so only the currency totals stand out
      rows.replaceAll(r -> new Row(Row.Kind.DETAIL, r.depth(), r.cells()));
    }
    for (TrialBalanceTotal t : tb.totals()) {
      List<@Nullable Object> cells = new ArrayList<>(Arrays.asList(TOTAL, null, t.currency().getCode(),
          t.opening().debit(), t.opening().credit(), t.turnover().debit(), t.turnover().credit(),
          t.cumulativeTurnover().debit(), t.cumulativeTurnover().credit(), t.closing().debit(), t.closing().credit()));
      if (memo) {
        cells.addAll(Arrays.asList(null, null, null));
      }
      rows.add(new Row(Row.Kind.TOTAL, 0, cells));
    }
    List<Text> sub = new ArrayList<>();
    sub.add(period(tb.from(), tb.to()));
    tb.cumulativeFrom().ifPresent(c -> sub.add(Text.of("Obroty narastająco od " + c, "Cumulative turnover from " + c)));
    sub.add(level(tb.level()));
    return new Document("trial-balance", Text.of("Zestawienie obrotów i sald", "Trial balance"), sub,
        new Table(cols, rows), Optional.empty(), tb.checks());
  }

  /** Per currency "5,000.00 EUR Dr": the balances with their side, the turnover as debit / credit. */
  private static List<@Nullable Object> memoCells(List<CurrencyAmounts> amounts) {
    if (amounts.isEmpty()) {
      return Arrays.asList(null, null, null);
    }
    StringBuilder opening = new StringBuilder();
    StringBuilder turnover = new StringBuilder();
    StringBuilder closing = new StringBuilder();
    for (CurrencyAmounts a : amounts) {
      String cu = " " + a.currency().getCode();
      append(opening, balance(a.opening().net(), cu));
      append(turnover, plain(a.turnover().debit()) + " / " + plain(a.turnover().credit()) + cu);
      append(closing, balance(a.closing().net(), cu));
    }
    return Arrays.asList(opening.toString(), turnover.toString(), closing.toString());
  }

  private static void append(StringBuilder sb, String s) {
    sb.append(sb.length() == 0 ? "" : "; ").append(s);
  }

  private static String balance(Money net, String currency) {
    return plain(net.abs()) + currency + (net.isZero() ? "" : net.isNegative() ? " Cr" : " Dr");
  }

  private static Text level(AccountLevel level) {
    switch (level) {
      case SYNTHETIC:
        return Text.of("Konta syntetyczne", "Synthetic accounts");
      case HIERARCHY:
        return Text.of("Konta syntetyczne i analityczne", "Synthetic and analytic accounts");
      default:
        return Text.of("Konta księgowane", "Posting accounts");
    }
  }

  private static Text period(Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isPresent() && to.isPresent()) {
      return Text.of("Okres: " + from.get() + " – " + to.get(), "Period: " + from.get() + " – " + to.get());
    } else if (to.isPresent()) {
      return Text.of("Do dnia " + to.get(), "Up to " + to.get());
    } else if (from.isPresent()) {
      return Text.of("Od dnia " + from.get(), "From " + from.get());
    }
    return Text.of("Cała historia", "All history");
  }

  // --------------------------------------------------------------------------------------- general ledger

  private static Document ledger(String kind, Text title, Optional<LocalDate> from, Optional<LocalDate> to,
      List<AccountStatement> statements, Report report) {
    boolean memo = statements.stream().flatMap(s -> s.lines().stream()).anyMatch(l -> l.currencyAmount().isPresent());
    List<Column> cols = new ArrayList<>(List.of(
        Column.of("type", "Rodzaj", "Type", TEXT).machineOnly(),
        Column.of("account", "Konto", "Account", TEXT).machineOnly(),
        Column.of("currency", "Waluta", "Currency", TEXT).machineOnly(),
        Column.of("date", "Data", "Date", DATE),
        Column.of("entry", "Zapis", "Entry", TEXT),
        Column.of("document", "Dowód", "Document", TEXT),
        Column.of("description", "Opis", "Description", TEXT),
        Column.of("counter_accounts", "Konta przeciwstawne", "Counter accounts", TEXT),
        Column.of("debit", "Wn", "Debit", AMOUNT),
        Column.of("credit", "Ma", "Credit", AMOUNT),
        Column.of("balance", "Saldo", "Balance", AMOUNT)));
    if (memo) {
      cols.add(Column.of("currency_amount", "Kwota w walucie", "Amount in currency", TEXT));
    }
    List<Row> rows = new ArrayList<>();
    for (AccountStatement s : statements) {
      String acc = s.account();
      String cu = s.currency().getCode();
      String head = acc + " " + s.name() + " — " + cu;
      rows.add(ledgerRow(memo, Row.Kind.HEADING, null, "account", acc, cu, null, null, null,
          new Text(head + (s.includesChildren() ? " (z kontami analitycznymi)" : ""),
              head + (s.includesChildren() ? " (with analytic accounts)" : ""), head), null, null, null, null));
      rows.add(ledgerRow(memo, Row.Kind.DETAIL, null, new Text("saldo początkowe", "opening", "opening"), acc, cu,
          s.from().map(d -> d.minusDays(1)).orElse(null), null, null,
          Text.of("Saldo początkowe", "Opening balance"), null, null, null, s.opening()));
      for (AccountStatementLine l : s.lines()) {
        rows.add(ledgerRow(memo, Row.Kind.DETAIL,
            l.currencyAmount().map(m -> plain(m) + " " + m.getCurrencyUnit().getCode()).orElse(null),
            new Text("zapis", "posting", "posting"), l.account(), cu, l.date(),
            l.entryId(), l.document().orElse(null), l.description(), String.join(" ", l.counterAccounts()),
            l.debit(), l.credit(), l.balance()));
      }
      rows.add(ledgerRow(memo, Row.Kind.TOTAL, null, new Text("obroty i saldo", "closing", "closing"), acc, cu,
          s.to().orElse(null), null, null, Text.of("Obroty i saldo końcowe", "Turnover and closing balance"), null,
          s.turnover().debit(), s.turnover().credit(), s.closing()));
    }
    return new Document(kind, title, List.of(period(from, to)), new Table(cols, rows), Optional.empty(), report.checks());
  }

  private static Row ledgerRow(boolean memo, Row.Kind kind, @Nullable String currencyAmount, @Nullable Object... cells) {
    List<@Nullable Object> all = new ArrayList<>(Arrays.asList(cells));
    if (memo) {
      all.add(currencyAmount);
    }
    return new Row(kind, 0, all);
  }

  // ---------------------------------------------------------------------------------------------- statements

  private static Document statement(FinancialStatement st) {
    List<Column> cols = new ArrayList<>();
    cols.add(Column.of("line", "Pozycja", "Line", TEXT).machineOnly());
    cols.add(Column.of("label", "Wyszczególnienie", "Item", TEXT));
    for (StatementColumn c : st.columns()) {
      cols.add(Column.of(c.label(), Text.same(c.label()), AMOUNT));
    }
    List<Row> rows = new ArrayList<>();
    for (StatementLine l : st.lines()) {
      List<@Nullable Object> cells = new ArrayList<>();
      cells.add(l.id());
      String marker = l.marker().isEmpty() ? "" : l.marker() + " ";
      cells.add(Text.of(marker + l.polish(), marker + l.english()));
      cells.addAll(l.amounts());
      boolean total = l.kind() == LineKind.FORMULA || l.depth() == 0;
      rows.add(new Row(total ? Row.Kind.TOTAL : Row.Kind.DETAIL, l.depth(), cells));
    }
    String cu = st.currency().getCode();
    List<Text> sub = new ArrayList<>();
    sub.add(Text.of("Załącznik nr 1 do ustawy o rachunkowości", "Annex 1 to the Polish Accounting Act"));
    sub.add(Text.of("Kwoty w " + cu, "Amounts in " + cu));
    if (!st.unmapped().isEmpty()) {
      sub.add(Text.of("Uwaga: " + st.unmapped().size() + " kwot kont bez przypisania do pozycji",
          "Warning: " + st.unmapped().size() + " account figures not mapped onto a line"));
    }
    String kind;
    switch (st.kind()) {
      case BALANCE_SHEET:
        kind = "balance-sheet";
        break;
      case INCOME_COMPARATIVE:
        kind = "income-statement-comparative";
        break;
      case CASH_FLOW_INDIRECT:
        kind = "cash-flow-indirect";
        break;
      case CASH_FLOW_DIRECT:
        kind = "cash-flow-direct";
        break;
      default:
        kind = "income-statement-cost-of-sales";
        break;
    }
    return new Document(kind, Text.of(st.kind().polishName(), st.kind().englishName()), sub,
        new Table(cols, rows), incomeChart(st), st.checks());
  }

  /** Monthly (or quarterly) income and expense bars of a multi-column income statement. */
  private static Optional<BarChart> incomeChart(FinancialStatement st) {
    if (!st.kind().isIncomeStatement() || st.columns().size() < 2) {
      return Optional.empty();
    }
    List<String> categories = new ArrayList<>();
    List<BigDecimal> income = new ArrayList<>();
    List<BigDecimal> expenses = new ArrayList<>();
    for (int i = 0; i < st.columns().size(); i++) {
      categories.add(st.columns().get(i).label());
      BigDecimal in = BigDecimal.ZERO;
      BigDecimal out = BigDecimal.ZERO;
      for (StatementLine l : st.lines()) {
        if (l.depth() == 0 && l.kind() != LineKind.FORMULA) {
          if (l.nature() == LineNature.CREDIT) {
            in = in.add(l.amount(i).getAmount());
          } else {
            out = out.add(l.amount(i).getAmount());
          }
        }
      }
      income.add(in);
      expenses.add(out);
    }
    return Optional.of(new BarChart(Text.of("Przychody i koszty", "Income and expenses"), categories, List.of(
        new BarChart.Series(Text.of("Przychody", "Income"), GREEN, income),
        new BarChart.Series(Text.of("Koszty", "Expenses"), RED, expenses))));
  }

  // -------------------------------------------------------------------------------------------------- budget

  private static Document budget(BudgetVsActual b) {
    List<Column> cols = List.of(
        Column.of("line", "Pozycja", "Line", TEXT),
        Column.of("description", "Opis", "Description", TEXT),
        Column.of("accounts", "Konta", "Accounts", TEXT),
        Column.of("period", "Okres", "Period", TEXT),
        Column.of("budget", "Budżet", "Budget", AMOUNT),
        Column.of("commitments", "Zaangażowanie", "Commitments", AMOUNT),
        Column.of("actual", "Wykonanie", "Actual", AMOUNT),
        Column.of("available", "Dostępne", "Available", AMOUNT),
        Column.of("variance", "Odchylenie", "Variance", AMOUNT),
        Column.of("percent_used", "% wykorzystania", "% used", PERCENT));
    List<Row> rows = new ArrayList<>();
    Map<String, BudgetFigures> perLine = new LinkedHashMap<>();
    for (BudgetVarianceRow r : b.rows()) {
      rows.add(budgetRow(Row.Kind.DETAIL, r.lineId(), r.description(), r.accounts(), r.period(), r.figures()));
      perLine.merge(r.lineId(), r.figures(), BudgetFigures::plus);
    }
    rows.add(budgetRow(Row.Kind.TOTAL, TOTAL, null, null, null, b.total()));
    List<String> categories = new ArrayList<>(perLine.keySet());
    List<BigDecimal> budget = new ArrayList<>();
    List<BigDecimal> actual = new ArrayList<>();
    List<BigDecimal> committed = new ArrayList<>();
    perLine.values().forEach(f -> {
      budget.add(f.budget().getAmount());
      actual.add(f.actual().getAmount());
      committed.add(f.commitments().getAmount());
    });
    BarChart chart = new BarChart(Text.of("Wykorzystanie budżetu", "Budget use"), categories, List.of(
        new BarChart.Series(Text.of("Budżet", "Budget"), GREY, budget),
        new BarChart.Series(Text.of("Wykonanie", "Actual"), BLUE, actual),
        new BarChart.Series(Text.of("Zaangażowanie", "Commitments"), ORANGE, committed)));
    List<Text> sub = List.of(
        Text.of("Budżet " + b.budgetId() + " (" + b.name() + "), rok obrotowy " + b.fiscalYear() + ", " + b.version(),
            "Budget " + b.budgetId() + " (" + b.name() + "), fiscal year " + b.fiscalYear() + ", " + b.version()),
        Text.of("Kwoty w " + b.currency().getCode(), "Amounts in " + b.currency().getCode()));
    return new Document("budget-vs-actual", Text.of("Wykonanie budżetu", "Budget versus actual"), sub,
        new Table(cols, rows), Optional.of(chart), b.checks());
  }

  private static Row budgetRow(Row.Kind kind, Object line, @Nullable String description, @Nullable String accounts,
      @Nullable String period, BudgetFigures f) {
    return Row.of(kind, 0, line, description, accounts, period, f.budget(), f.commitments(), f.actual(), f.available(),
        f.variance(), f.percentUsed().orElse(null));
  }

  // ----------------------------------------------------------------------------------------------------- VAT

  /** One line per document and rate, then a total per rate and an overall total. */
  private static Document vatRegister(VatRegister r) {
    boolean sales = r.kind() == VatRegisterKind.SALES;
    List<Column> cols = List.of(
        Column.of("lp", "Lp.", "No.", INTEGER),
        Column.of("entry", "Zapis", "Entry", TEXT).notInCsv(),
        Column.of("document", "Dowód", "Document", TEXT),
        Column.of("issue_date", "Data wystawienia", "Issued", DATE),
        sales ? Column.of("sale_date", "Data sprzedaży", "Sale date", DATE)
            : Column.of("receipt_date", "Data wpływu", "Received", DATE),
        Column.of("partner", "NIP kontrahenta", "Partner id", TEXT),
        Column.of("partner_country", "Kraj", "Country", TEXT),
        Column.of("partner_name", "Kontrahent", "Partner", TEXT),
        Column.of("rate", "Stawka", "Rate", TEXT),
        Column.of("base", "Netto", "Net", AMOUNT),
        Column.of("tax", "VAT", "VAT", AMOUNT),
        Column.of("fields", "Pola JPK", "JPK fields", TEXT).notInCsv());
    List<Row> rows = new ArrayList<>();
    for (VatRegisterRow row : r.rows()) {
      VatInvoice inv = row.invoice();
      StringBuilder fields = new StringBuilder();
      row.fields().forEach((k, m) -> fields.append(fields.length() == 0 ? "" : " ").append(k).append('=').append(plain(m)));
      for (VatAmount a : row.amounts()) {
        rows.add(Row.of(Row.Kind.DETAIL, 0, (long) row.number(), row.entryId(), row.document(), row.issueDate(),
            (sales ? inv.saleDate() : inv.receiptDate()).orElse(null), inv.partner().orElse(null),
            inv.partnerCountry().orElse(null), inv.partnerName().orElse(null), a.rate().tag(), a.base(), a.tax(),
            fields.toString()));
      }
    }
    for (VatAmount a : r.totals()) {
      rows.add(Row.of(Row.Kind.TOTAL, 0, null, null, TOTAL, null, null, null, null, null, a.rate().tag(), a.base(),
          a.tax(), null));
    }
    String title = sales ? "sprzedaży" : "zakupów";
    List<Text> sub = List.of(period(Optional.of(r.from()), Optional.of(r.to())),
        Text.of((sales ? "Podatek należny " : "Podatek naliczony ") + plain(r.tax()),
            (sales ? "Output tax " : "Input tax ") + plain(r.tax())));
    return new Document(sales ? "vat-register-sales" : "vat-register-purchases",
        Text.of("Rejestr VAT " + title, sales ? "VAT register of sales" : "VAT register of purchases"), sub,
        new Table(cols, rows), Optional.empty(), r.checks());
  }

  // ------------------------------------------------------------------------------------------------- payroll

  private static Document payrollRegister(PayrollRegisterReport r) {
    List<Column> cols = List.of(
        Column.of("employee_id", "Nr", "Id", TEXT),
        Column.of("name", "Pracownik", "Employee", TEXT),
        Column.of("contract", "Umowa", "Contract", TEXT),
        Column.of("gross", "Brutto", "Gross", AMOUNT),
        Column.of("employee_pension", "Emeryt. prac.", "Pension (ee)", AMOUNT),
        Column.of("employee_disability", "Rent. prac.", "Disability (ee)", AMOUNT),
        Column.of("employee_sickness", "Chorob.", "Sickness", AMOUNT),
        Column.of("health", "Zdrowotna", "Health", AMOUNT),
        Column.of("costs_of_income", "KUP", "Costs", AMOUNT),
        Column.of("tax_base", "Podstawa PIT", "Tax base", AMOUNT),
        Column.of("tax", "Zaliczka PIT", "PIT", AMOUNT),
        Column.of("employee_ppk", "PPK prac.", "PPK (ee)", AMOUNT),
        Column.of("net", "Netto", "Net", AMOUNT),
        Column.of("employer_pension", "Emeryt. prac-cy", "Pension (er)", AMOUNT),
        Column.of("employer_disability", "Rent. prac-cy", "Disability (er)", AMOUNT),
        Column.of("employer_accident", "Wypadkowa", "Accident", AMOUNT),
        Column.of("labor_fund", "FP", "Labour Fund", AMOUNT),
        Column.of("guaranteed_benefits_fund", "FGŚP", "FGSP", AMOUNT),
        Column.of("employer_ppk", "PPK prac-cy", "PPK (er)", AMOUNT),
        Column.of("employer_cost", "Koszt pracodawcy", "Employer cost", AMOUNT));
    List<Row> rows = new ArrayList<>();
    for (PayrollRow p : r.rows()) {
      rows.add(payrollRow(Row.Kind.DETAIL, p.employeeId(), p.name().orElse(null), p.contract(), p.amounts()));
    }
    rows.add(payrollRow(Row.Kind.TOTAL, TOTAL, null, null, r.totals()));
    List<Text> sub = new ArrayList<>();
    sub.add(Text.of("Lista płac " + r.number() + " za " + r.period() + ", wypłata " + r.paymentDate(),
        "Payroll " + r.number() + " for " + r.period() + ", paid " + r.paymentDate()));
    r.failures().forEach(f -> sub.add(Text.of("Niewyliczone: " + f, "Not calculated: " + f)));
    return new Document("payroll-register", Text.of("Lista płac", "Payroll register"), sub, new Table(cols, rows),
        Optional.empty(), r.checks());
  }

  private static Row payrollRow(Row.Kind kind, Object id, @Nullable String name, @Nullable String contract, PayrollAmounts a) {
    return Row.of(kind, 0, id, name, contract, a.gross(), a.employeePension(), a.employeeDisability(),
        a.employeeSickness(), a.health(), a.costsOfIncome(), a.taxBase(), a.tax(), a.employeePpk(), a.net(),
        a.employerPension(), a.employerDisability(), a.employerAccident(), a.laborFund(), a.guaranteedBenefitsFund(),
        a.employerPpk(), a.employerCost());
  }

  private static Document payrollSummary(PayrollSummary s) {
    List<Column> cols = List.of(
        Column.of("employee_id", "Nr", "Id", TEXT),
        Column.of("name", "Pracownik", "Employee", TEXT),
        Column.of("payslips", "Listy", "Payslips", INTEGER),
        Column.of("gross", "Brutto", "Gross", AMOUNT),
        Column.of("employee_social", "ZUS pracownika", "Social (ee)", AMOUNT),
        Column.of("employer_social", "ZUS pracodawcy", "Social (er)", AMOUNT),
        Column.of("health", "Zdrowotna", "Health", AMOUNT),
        Column.of("labor_fund_fgsp", "FP i FGŚP", "LF and FGSP", AMOUNT),
        Column.of("zus_total", "Razem ZUS", "ZUS total", AMOUNT),
        Column.of("tax", "PIT", "PIT", AMOUNT),
        Column.of("ppk_total", "PPK", "PPK", AMOUNT),
        Column.of("net", "Netto", "Net", AMOUNT),
        Column.of("employer_cost", "Koszt pracodawcy", "Employer cost", AMOUNT));
    List<Row> rows = new ArrayList<>();
    for (PayrollRow p : s.employees()) {
      rows.add(summaryRow(Row.Kind.DETAIL, p.employeeId(), p.name().orElse(null), p.amounts()));
    }
    rows.add(summaryRow(Row.Kind.TOTAL, TOTAL, null, s.totals()));
    PayrollAmounts t = s.totals();
    List<Text> sub = List.of(
        Text.of("Miesiąc " + s.period() + ", listy płac: " + String.join(", ", s.registers()),
            "Month " + s.period() + ", registers: " + String.join(", ", s.registers())),
        Text.of("Do ZUS " + plain(t.zus()) + ", do urzędu skarbowego " + plain(t.tax()) + ", do PPK "
                + plain(t.ppk()) + ", do wypłaty " + plain(t.net()),
            "To ZUS " + plain(t.zus()) + ", to the tax office " + plain(t.tax()) + ", to PPK " + plain(t.ppk())
                + ", to employees " + plain(t.net())));
    return new Document("payroll-summary", Text.of("Zestawienie składek i podatku", "Payroll summary"), sub,
        new Table(cols, rows), Optional.empty(), s.checks());
  }

  private static Row summaryRow(Row.Kind kind, Object id, @Nullable String name, PayrollAmounts a) {
    return Row.of(kind, 0, id, name, (long) a.count(), a.gross(), a.employeeSocial(), a.employerSocial(), a.health(),
        a.laborFund().plus(a.guaranteedBenefitsFund()), a.zus(), a.tax(), a.ppk(), a.net(), a.employerCost());
  }

  private static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
