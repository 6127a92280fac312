package dev.backoffice.reporting;

import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.Measure;
import dev.backoffice.reporting.statement.StatementColumn;
import dev.backoffice.reporting.statement.StatementDefinition;
import dev.backoffice.reporting.statement.StatementKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Computes the cash-flow statement (rachunek przepływów pieniężnych) of annex 1 for periods, in the base currency.
 *
 * <p>The cash accounts are those the definition maps with the {@link Measure#OPENING} measure (10 and 13 by
 * default): their balance before the period gives F, their movement over it E.
 *
 * <ul>
 *   <li>Indirect method: every other account's movement over the period (debit minus credit) is placed with the
 *       {@link Measure#MOVEMENT} measure — the result accounts make the net result, 070 the depreciation, 201 the
 *       change in receivables… Because each entry balances, the movements of the non-cash accounts sum to minus the
 *       cash movement, so D = E when every account is mapped.
 *   <li>Direct method: in each entry of the period that moves cash, every line on a non-cash account is placed with
 *       the {@link Measure#BALANCE} measure by its account (the counter-account of the cash), so again the placed
 *       figures sum to minus the cash movement.
 * </ul>
 * Off-balance accounts take no part. A line without a base-currency value counts as zero, as in the other statements.
 */
final class CashFlows {
  private CashFlows() {}

  static FinancialStatement cashFlow(LedgerView view, StatementDefinition def, List<StatementColumn> periods) {
    CurrencyUnit cu = view.baseCurrency();
    ChartOfAccounts chart = view.chart();
    boolean direct = def.kind() == StatementKind.CASH_FLOW_DIRECT;
    List<Statements.Column> columns = new ArrayList<>();
    for (StatementColumn p : periods) {
      Statements.Column col = new Statements.Column(p, cu);
      LocalDate from = p.from().orElseThrow();
      Map<String, Money> opening = net(view.accountBalances(null, from.minusDays(1)), chart);
      Map<String, Money> movement = net(view.accountBalances(from, p.to()), chart);
      TreeSet<String> accounts = new TreeSet<>(opening.keySet());
      accounts.addAll(movement.keySet());
      for (String account : accounts) {
        Money o = opening.getOrDefault(account, Money.zero(cu));
        Money m = movement.getOrDefault(account, Money.zero(cu));
        if (def.covers(account, Measure.OPENING)) {
          Statements.place(def, col, account, Measure.OPENING, o);
          Statements.place(def, col, account, Measure.MOVEMENT, m);
        } else if (!direct) {
          Statements.place(def, col, account, Measure.MOVEMENT, m);
        }
      }
      if (direct) {
        Map<String, Money> flows = counterFlows(view, def, chart, cu, from, p.to());
        flows.forEach((account, amount) -> Statements.place(def, col, account, Measure.BALANCE, amount));
      }
      columns.add(col);
    }
    return Statements.build(def, cu, columns);
  }

  /** Per account, the base value of its lines in entries of the period that move a cash account. */
  private static Map<String, Money> counterFlows(LedgerView view, StatementDefinition def, ChartOfAccounts chart,
      CurrencyUnit cu, LocalDate from, LocalDate to) {
    Map<String, Money> out = new TreeMap<>();
    view.journal().forEach((PostedEntry p) -> {
      if (p.date().isBefore(from) || p.date().isAfter(to)) {
        return;
      }
      boolean cash = false;
      for (JournalLine l : p.lines()) {
        cash |= def.covers(l.account(), Measure.OPENING) && !value(l, cu).isZero();
      }
      if (!cash) {
        return;
      }
      for (JournalLine l : p.lines()) {
        if (!def.covers(l.account(), Measure.OPENING) && !offBalance(chart, l.account())) {
          Money v = value(l, cu);
          out.merge(l.account(), l.side() == Side.DEBIT ? v : v.negated(), Money::plus);
        }
      }
    });
    return out;
  }

  private static Money value(JournalLine l, CurrencyUnit cu) {
    return l.baseValue(cu).orElse(Money.zero(cu));
  }

  private static boolean offBalance(ChartOfAccounts chart, String account) {
    return chart.account(account).map(Account::category).orElse(AccountCategory.OFF_BALANCE) == AccountCategory.OFF_BALANCE;
  }

  /** Per account, the sum of its base values over its currencies, off-balance accounts left out. */
  private static Map<String, Money> net(List<AccountBalance> rows, ChartOfAccounts chart) {
    Map<String, Money> out = new TreeMap<>();
    for (AccountBalance ab : rows) {
      if (!offBalance(chart, ab.account())) {
        out.merge(ab.account(), ab.balance().baseValue(), Money::plus);
      }
    }
    return out;
  }
}
