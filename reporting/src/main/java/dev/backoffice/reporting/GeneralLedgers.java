package dev.backoffice.reporting;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.EntryQuery;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.query.Page;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.generalledger.AccountStatement;
import dev.backoffice.reporting.generalledger.AccountStatementLine;
import dev.backoffice.reporting.generalledger.GeneralLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/** Builds account statements and the general ledger from balance and entry queries. */
final class GeneralLedgers {
  private GeneralLedgers() {}

  /** Statements of one account, one per currency it has up to {@code to} (or only {@code currency}). */
  static ImmutableList<AccountStatement> statements(LedgerView view, String account, boolean includeChildren,
      @Nullable CurrencyUnit currency, @Nullable LocalDate from, @Nullable LocalDate to) {
    Account acc = view.chart().require(account);
    BalanceQuery all = BalanceQuery.builder().account(account).includeChildren(includeChildren)
        .to(Optional.ofNullable(to)).currency(Optional.ofNullable(currency)).build();
    Set<CurrencyUnit> currencies = new TreeSet<>(view.balances(all).keySet());
    if (currency != null) {
      currencies.add(currency);
    }
    List<PostedEntry> entries = entries(view, account, includeChildren, from, to);
    ImmutableList.Builder<AccountStatement> out = ImmutableList.builder();
    for (CurrencyUnit cu : currencies) {
      out.add(statement(view, acc, includeChildren, cu, from, to, entries));
    }
    return out.build();
  }

  static GeneralLedger generalLedger(LedgerView view, @Nullable LocalDate from, @Nullable LocalDate to) {
    ImmutableList.Builder<AccountStatement> out = ImmutableList.builder();
    String current = null;
    List<PostedEntry> entries = List.of();
    for (AccountBalance ab : view.accountBalances(null, to)) {
      if (!ab.account().equals(current)) {
        current = ab.account();
        entries = entries(view, current, false, from, to);
      }
      out.add(statement(view, view.chart().require(current), false, ab.balance().currency(), from, to, entries));
    }
    return GeneralLedger.builder().from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .addAllStatements(out.build()).build();
  }

  /** Every posted entry with a line on the account (or its subtree) in the range, by date then sequence. */
  private static List<PostedEntry> entries(LedgerView view, String account, boolean includeChildren,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    EntryQuery q = EntryQuery.builder().account(account).includeChildren(includeChildren)
        .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).limit(EntryQuery.MAX_LIMIT).build();
    List<PostedEntry> out = new ArrayList<>();
    Page<PostedEntry> page;
    do {
      page = view.entries(q);
      out.addAll(page.items());
      q = q.nextPage();
    } while (page.hasMore());
    out.sort(Comparator.comparing(PostedEntry::date).thenComparingLong(PostedEntry::sequence));
    return out;
  }

  private static AccountStatement statement(LedgerView view, Account acc, boolean includeChildren, CurrencyUnit cu,
      @Nullable LocalDate from, @Nullable LocalDate to, List<PostedEntry> entries) {
    Set<String> accounts = new HashSet<>(includeChildren ? view.chart().subtree(acc.code()) : List.of(acc.code()));
    Money opening = from == null ? Money.zero(cu) : net(view, acc.code(), includeChildren, cu, from.minusDays(1));
    Money running = opening;
    List<AccountStatementLine> lines = new ArrayList<>();
    for (PostedEntry p : entries) {
      for (JournalLine l : p.lines()) {
        if (!accounts.contains(l.account()) || !l.amount().getCurrencyUnit().equals(cu)) {
          continue;
        }
        Money zero = Money.zero(cu);
        Money dr = l.side() == Side.DEBIT ? l.amount() : zero;
        Money cr = l.side() == Side.CREDIT ? l.amount() : zero;
        running = running.plus(dr).minus(cr);
        lines.add(AccountStatementLine.builder()
            .date(p.date())
            .entryId(p.id().value())
            .sequence(p.sequence())
            .account(l.account())
            .document(p.entry().document().map(d -> d.number()))
            .description(l.memo().orElse(p.entry().description()))
            .counterAccounts(counterAccounts(p, l.side(), accounts))
            .debit(dr)
            .credit(cr)
            .balance(running)
            .build());
      }
    }
    Money indexed = net(view, acc.code(), includeChildren, cu, to);
    String what = acc.code() + " " + cu.getCode();
    boolean agrees = indexed.isEqual(running);
    Check check = Check.of("closing-equals-ledger-balance:" + what, agrees,
        what + ": closing balance " + running.getAmount().toPlainString() + (agrees ? " equals" : " does not equal")
            + " the ledger's balance " + indexed.getAmount().toPlainString(),
        what + ": saldo końcowe " + running.getAmount().toPlainString() + (agrees ? " zgodne" : " niezgodne")
            + " z saldem księgi " + indexed.getAmount().toPlainString());
    return AccountStatement.builder()
        .account(acc.code())
        .name(acc.name())
        .includesChildren(includeChildren)
        .currency(cu)
        .from(Optional.ofNullable(from))
        .to(Optional.ofNullable(to))
        .opening(opening)
        .addAllLines(lines)
        .closing(running)
        .addChecks(check)
        .build();
  }

  private static ImmutableList<String> counterAccounts(PostedEntry p, Side side, Set<String> own) {
    TreeSet<String> out = new TreeSet<>();
    for (JournalLine l : p.lines()) {
      if (l.side() != side && !own.contains(l.account())) {
        out.add(l.account());
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static Money net(LedgerView view, String account, boolean includeChildren, CurrencyUnit cu, @Nullable LocalDate asOf) {
    BalanceQuery q = BalanceQuery.builder().account(account).includeChildren(includeChildren).currency(cu)
        .to(Optional.ofNullable(asOf)).build();
    Balance b = view.balances(q).get(cu);
    return b == null ? Money.zero(cu) : b.net();
  }
}
