package dev.backoffice.reporting;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.LayoutLine;
import dev.backoffice.reporting.statement.LineKind;
import dev.backoffice.reporting.statement.LineNature;
import dev.backoffice.reporting.statement.MappingRule;
import dev.backoffice.reporting.statement.Measure;
import dev.backoffice.reporting.statement.StatementColumn;
import dev.backoffice.reporting.statement.StatementDefinition;
import dev.backoffice.reporting.statement.StatementLayout;
import dev.backoffice.reporting.statement.StatementLine;
import dev.backoffice.reporting.statement.UnmappedAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Computes balance sheets and income statements from account balances in the base currency (each
 * account's base values summed over its currencies) and a {@link StatementDefinition}.
 */
final class Statements {
  private Statements() {}

  /** What one column collects: amounts per leaf line (debit minus credit), contributing accounts, gaps. */
  static final class Column {
    final StatementColumn column;
    final Map<String, Money> leaves = new HashMap<>();
    final Map<String, Money> values = new HashMap<>();
    final List<UnmappedAmount> unmapped = new ArrayList<>();
    Money resultAccounts;

    Column(StatementColumn column, CurrencyUnit cu) {
      this.column = column;
      this.resultAccounts = Money.zero(cu);
    }
  }

  static FinancialStatement balanceSheet(LedgerView view, StatementDefinition def, List<LocalDate> dates) {
    CurrencyUnit cu = view.baseCurrency();
    ChartOfAccounts chart = view.chart();
    List<Column> columns = new ArrayList<>();
    for (LocalDate date : dates) {
      Column col = new Column(StatementColumn.asOf(date), cu);
      Map<String, Money> closing = netBase(view.accountBalances(null, date), chart, cu, false);
      Optional<LocalDate> yearStart = Calendars.yearOf(view.calendar(), date).map(FiscalYear::start);
      Map<String, Money> opening = yearStart.isEmpty() ? Map.of()
          : netBase(view.accountBalances(null, yearStart.get().minusDays(1)), chart, cu, false);
      TreeSet<String> accounts = new TreeSet<>(closing.keySet());
      accounts.addAll(opening.keySet());
      for (String account : accounts) {
        Money c = closing.getOrDefault(account, Money.zero(cu));
        Money o = opening.getOrDefault(account, Money.zero(cu));
        if (def.covers(account, Measure.BALANCE)) {
          place(def, col, account, Measure.BALANCE, c);
        } else if (def.covers(account, Measure.OPENING) || def.covers(account, Measure.MOVEMENT)) {
          place(def, col, account, Measure.OPENING, o);
          place(def, col, account, Measure.MOVEMENT, c.minus(o));
        } else if (!c.isZero()) {
          col.unmapped.add(UnmappedAmount.of(col.column.label(), account, Measure.BALANCE, c));
        }
      }
      columns.add(col);
    }
    return build(def, cu, columns);
  }

  static FinancialStatement incomeStatement(LedgerView view, StatementDefinition def, List<StatementColumn> periods,
      String resultAccount) {
    CurrencyUnit cu = view.baseCurrency();
    ChartOfAccounts chart = view.chart();
    List<Column> columns = new ArrayList<>();
    for (StatementColumn p : periods) {
      Column col = new Column(p, cu);
      LocalDate from = p.from().orElseThrow();
      Map<String, Money> net = netBase(view.accountBalances(from, p.to()), chart, cu, true);
      for (PostedEntry closing : ClosingEntries.in(view, resultAccount, from, p.to())) {
        for (JournalLine l : closing.lines()) {
          if (ClosingEntries.isResultAccount(chart, l.account())) {
            Money base = l.baseValue(cu).orElse(Money.zero(cu));
            net.merge(l.account(), l.side() == Side.DEBIT ? base.negated() : base, Money::plus);
          }
        }
      }
      for (Map.Entry<String, Money> e : net.entrySet()) {
        col.resultAccounts = col.resultAccounts.plus(e.getValue());
        place(def, col, e.getKey(), Measure.BALANCE, e.getValue());
      }
      columns.add(col);
    }
    return build(def, cu, columns);
  }

  /** Per account, the sum of its base values over its currencies; result accounts only, or all but off-balance. */
  private static Map<String, Money> netBase(List<AccountBalance> rows, ChartOfAccounts chart, CurrencyUnit cu,
      boolean resultOnly) {
    Map<String, Money> out = new TreeMap<>();
    for (AccountBalance ab : rows) {
      AccountCategory cat = chart.account(ab.account()).map(Account::category).orElse(AccountCategory.OFF_BALANCE);
      boolean wanted = resultOnly ? cat == AccountCategory.RESULT : cat != AccountCategory.OFF_BALANCE;
      if (wanted) {
        out.merge(ab.account(), ab.balance().baseValue(), Money::plus);
      }
    }
    return out;
  }

  static void place(StatementDefinition def, Column col, String account, Measure measure, Money amount) {
    if (amount.isZero()) {
      return;
    }
    Optional<MappingRule> rule = def.rule(account, measure, amount);
    if (rule.isPresent()) {
      col.leaves.merge(rule.get().line(), amount, Money::plus);
      col.values.merge(rule.get().line() + "\u0000" + account, amount, Money::plus);
    } else {
      col.unmapped.add(UnmappedAmount.of(col.column.label(), account, measure, amount));
    }
    def.ofWhichRule(account, measure, amount).ifPresent(r -> {
      col.leaves.merge(r.line(), amount, Money::plus);
      col.values.merge(r.line() + "\u0000" + account, amount, Money::plus);
    });
  }

  static FinancialStatement build(StatementDefinition def, CurrencyUnit cu, List<Column> columns) {
    StatementLayout layout = def.layout();
    List<Map<String, Money>> evaluated = new ArrayList<>();
    for (Column col : columns) {
      Map<String, Money> memo = new HashMap<>();
      for (LayoutLine l : layout.lines()) {
        value(layout, l.id(), col, memo, cu);
      }
      evaluated.add(memo);
    }
    ImmutableList.Builder<StatementLine> lines = ImmutableList.builder();
    for (LayoutLine l : layout.lines()) {
      TreeSet<String> accounts = new TreeSet<>();
      for (Column col : columns) {
        col.values.keySet().stream().filter(k -> k.startsWith(l.id() + "\u0000"))
            .forEach(k -> accounts.add(k.substring(l.id().length() + 1)));
      }
      ImmutableList.Builder<Money> amounts = ImmutableList.builder();
      evaluated.forEach(m -> amounts.add(m.get(l.id())));
      lines.add(StatementLine.builder().layout(l).amounts(amounts.build()).accounts(accounts).build());
    }
    FinancialStatementBuilderChecks checks = new FinancialStatementBuilderChecks(def, columns, evaluated);
    return FinancialStatement.builder()
        .kind(def.kind())
        .currency(cu)
        .addAllColumns(columns.stream().map(c -> c.column).collect(ImmutableList.toImmutableList()))
        .addAllLines(lines.build())
        .addAllUnmapped(columns.stream().flatMap(c -> c.unmapped.stream()).collect(ImmutableList.toImmutableList()))
        .addAllChecks(checks.checks())
        .build();
  }

  /** The amount of a line on its natural side, computed once per column. */
  private static Money value(StatementLayout layout, String id, Column col, Map<String, Money> memo, CurrencyUnit cu) {
    Money done = memo.get(id);
    if (done != null) {
      return done;
    }
    LayoutLine l = layout.line(id);
    Money v;
    switch (l.kind()) {
      case LEAF:
      case OF_WHICH: {
        Money net = col.leaves.getOrDefault(id, Money.zero(cu));
        v = l.nature() == LineNature.DEBIT ? net : net.negated();
        break;
      }
      case SUM: {
        v = Money.zero(cu);
        for (LayoutLine c : layout.children(id)) {
          if (c.kind() != LineKind.OF_WHICH) {
            v = v.plus(value(layout, c.id(), col, memo, cu));
          }
        }
        break;
      }
      case FORMULA: {
        v = Money.zero(cu);
        for (String t : l.terms()) {
          Money term = value(layout, t.substring(1), col, memo, cu);
          v = t.charAt(0) == '-' ? v.minus(term) : v.plus(term);
        }
        break;
      }
      default:
        throw new IllegalStateException("unknown line kind " + l.kind());
    }
    memo.put(id, v);
    return v;
  }

  /** The checks of a computed statement. */
  private static final class FinancialStatementBuilderChecks {
    private final List<Check> checks = new ArrayList<>();

    FinancialStatementBuilderChecks(StatementDefinition def, List<Column> columns, List<Map<String, Money>> values) {
      StatementLayout layout = def.layout();
      for (int i = 0; i < columns.size(); i++) {
        String label = columns.get(i).column.label();
        Map<String, Money> v = values.get(i);
        for (List<String> eq : layout.equalities()) {
          Money a = v.get(eq.get(0));
          Money b = v.get(eq.get(1));
          boolean ok = a.isEqual(b);
          String en = label + ": " + layout.line(eq.get(0)).english() + " " + plain(a) + (ok ? " = " : " ≠ ")
              + layout.line(eq.get(1)).english() + " " + plain(b);
          String pl = label + ": " + layout.line(eq.get(0)).polish() + " " + plain(a) + (ok ? " = " : " ≠ ")
              + layout.line(eq.get(1)).polish() + " " + plain(b);
          checks.add(Check.of(eq.get(0) + "=" + eq.get(1) + ":" + label, ok, en, pl));
        }
        if (layout.resultLine().isPresent()) {
          String id = layout.resultLine().get();
          Money result = v.get(id);
          Money expected = columns.get(i).resultAccounts.negated();
          boolean ok = result.isEqual(expected);
          checks.add(Check.of("net-result-equals-result-accounts:" + label, ok,
              label + ": net result " + plain(result) + (ok ? " equals" : " does not equal")
                  + " the balance of the result accounts " + plain(expected),
              label + ": wynik netto " + plain(result) + (ok ? " równy" : " różny od")
                  + " salda kont wynikowych " + plain(expected)));
        }
        List<UnmappedAmount> gaps = columns.get(i).unmapped;
        StringBuilder list = new StringBuilder();
        gaps.forEach(g -> list.append(list.length() == 0 ? "" : ", ").append(g.account()).append(' ')
            .append(g.measure().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(plain(g.amount())));
        checks.add(Check.of("all-accounts-mapped:" + label, gaps.isEmpty(),
            gaps.isEmpty() ? label + ": every account is mapped onto a line"
                : label + ": accounts without a mapping rule: " + list,
            gaps.isEmpty() ? label + ": każde konto przypisane do pozycji"
                : label + ": konta bez reguły przypisania: " + list));
      }
    }

    List<Check> checks() {
      return checks;
    }
  }

  private static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
