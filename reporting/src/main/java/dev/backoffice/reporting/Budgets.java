package dev.backoffice.reporting;

import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.ledger.budget.BudgetVariance;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.budget.BudgetFigures;
import dev.backoffice.reporting.budget.BudgetVarianceRow;
import dev.backoffice.reporting.budget.BudgetVsActual;
import dev.backoffice.reporting.budget.ImmutableBudgetVsActual;
import dev.backoffice.reporting.common.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Builds budget-versus-actual reports from the budget engine's variance rows and checks them against the ledger. */
final class Budgets {
  private Budgets() {}

  static BudgetVsActual report(LedgerView view, Budget budget, List<BudgetVariance> variance, String resultAccount) {
    CurrencyUnit cu = budget.currency();
    ImmutableBudgetVsActual.Builder out = BudgetVsActual.builder()
        .budgetId(budget.id())
        .name(budget.name())
        .version(budget.version().name())
        .fiscalYear(budget.fiscalYear().id())
        .currency(cu);
    Map<String, Money[]> perLine = new LinkedHashMap<>();
    for (BudgetVariance v : variance) {
      BudgetLine line = budget.line(v.lineId()).orElseThrow(() ->
          new dev.backoffice.core.error.NotFoundException("budget line", budget.id() + "/" + v.lineId()));
      AccountingPeriod span = v.period();
      out.addRows(BudgetVarianceRow.builder()
          .lineId(v.lineId())
          .description(line.description())
          .accounts(v.accounts().toString())
          .period(span.id())
          .from(span.start())
          .to(span.end())
          .figures(BudgetFigures.of(v.budget(), v.commitments(), v.actual()))
          .build());
      Money ledgerActual = ledgerActual(view, line, span, resultAccount, cu);
      Money[] sums = perLine.computeIfAbsent(v.lineId(), k -> new Money[] {Money.zero(cu), Money.zero(cu), Money.zero(cu)});
      sums[0] = sums[0].plus(v.actual());
      sums[1] = sums[1].plus(ledgerActual);
      sums[2] = sums[2].plus(v.actual().minus(ledgerActual).abs());
    }
    perLine.forEach((lineId, s) -> {
      boolean ok = s[2].isZero();
      out.addChecks(Check.of("actual-equals-ledger:" + lineId, ok,
          lineId + ": actual " + plain(s[0]) + (ok ? " agrees with" : " does not agree with")
              + " the ledger's balances of the line's accounts " + plain(s[1]),
          lineId + ": wykonanie " + plain(s[0]) + (ok ? " zgodne" : " niezgodne")
              + " z saldami kont pozycji w księdze " + plain(s[1])));
    });
    return out.build();
  }

  /**
   * The base-currency movement (debit minus credit) of the line's accounts with the line's tags over the span,
   * without year-end closing entries: what the budget engine counts as actual, read from the ledger instead.
   */
  private static Money ledgerActual(LedgerView view, BudgetLine line, AccountingPeriod span, String resultAccount,
      CurrencyUnit cu) {
    ChartOfAccounts chart = view.chart();
    Money sum = Money.zero(cu);
    for (Account a : chart.accounts()) {
      if (!line.accounts().matches(a.code(), chart)) {
        continue;
      }
      BalanceQuery q = BalanceQuery.builder().account(a.code()).from(span.start()).to(span.end())
          .dimensions(line.dimensions()).build();
      for (Balance b : view.balances(q).values()) {
        sum = sum.plus(b.baseValue());
      }
    }
    for (PostedEntry closing : ClosingEntries.in(view, resultAccount, span.start(), span.end())) {
      for (JournalLine l : closing.lines()) {
        if (line.accounts().matches(l.account(), chart) && l.dimensions().matches(line.dimensions())) {
          Money base = l.baseValue(cu).orElse(Money.zero(cu));
          sum = l.side() == Side.DEBIT ? sum.minus(base) : sum.plus(base);
        }
      }
    }
    return sum;
  }

  private static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
