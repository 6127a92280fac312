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
import dev.backoffice.reporting.generalledger.ImmutableAccountStatement;
import dev.backoffice.reporting.generalledger.ImmutableAccountStatementLine;
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

/**
 * Builds account statements and the general ledger from balance and entry queries: valued in the base currency
 * (the default; a foreign-currency line at its base value, its own amount as memo), or per currency.
 */
final class GeneralLedgers {
  private GeneralLedgers() {}

  /**
   * Statements of one account: valued — one in the base currency (every line at its base value) and one per
   * currency of lines that have none; or per currency — one per currency it has up to {@code to}, or only
   * {@code currency}. A base-currency {@code currency} asks for the valued statement in it.
   */
  static ImmutableList<AccountStatement> statements(LedgerView view, String account, boolean includeChildren,
      @Nullable CurrencyUnit currency, @Nullable LocalDate from, @Nullable LocalDate to, boolean valued) {
    Account acc = view.chart().require(account);
    CurrencyUnit base = view.baseCurrency();
    if (valued && (currency == null || currency.equals(base))) {
      List<PostedEntry> history = entries(view, account, includeChildren, null, to);
      Set<String> accounts = accounts(view, acc, includeChildren);
      Set<CurrencyUnit> currencies = new TreeSet<>();
      if (currency != null || !view.balances(BalanceQuery.builder().account(account).includeChildren(includeChildren)
          .to(Optional.ofNullable(to)).build()).isEmpty()) {
        currencies.add(base);
      }
      if (currency == null) {
        for (PostedEntry p : history) {
          for (JournalLine l : p.lines()) {
            if (accounts.contains(l.account())) {
              currencies.add(value(l, base).getCurrencyUnit());
            }
          }
        }
      }
      ImmutableList.Builder<AccountStatement> out = ImmutableList.builder();
      for (CurrencyUnit cu : currencies) {
        out.add(valuedStatement(view, acc, includeChildren, cu, from, to, history));
      }
      return out.build();
    }
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

  static GeneralLedger generalLedger(LedgerView view, @Nullable LocalDate from, @Nullable LocalDate to, boolean valued) {
    ImmutableList.Builder<AccountStatement> out = ImmutableList.builder();
    String current = null;
    List<PostedEntry> entries = List.of();
    for (AccountBalance ab : view.accountBalances(null, to)) {
      if (valued) {
        if (!ab.account().equals(current)) {
          current = ab.account();
          out.addAll(statements(view, current, false, null, from, to, true));
        }
        continue;
      }
      if (!ab.account().equals(current)) {
        current = ab.account();
        entries = entries(view, current, false, from, to);
      }
      out.add(statement(view, view.chart().require(current), false, ab.balance().currency(), from, to, entries));
    }
    return GeneralLedger.builder().from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .addAllStatements(out.build()).build();
  }

  /** A line's value: in the base currency when it has one, else its balancing amount (cost or own amount). */
  private static Money value(JournalLine l, CurrencyUnit base) {
    return l.baseValue(base).orElse(l.balancingAmount());
  }

  private static Set<String> accounts(LedgerView view, Account acc, boolean includeChildren) {
    return new HashSet<>(includeChildren ? view.chart().subtree(acc.code()) : List.of(acc.code()));
  }

  /**
   * The statement of the lines valued in {@code cu}, from the account's whole history up to the end of the
   * range (the opening balance is the sum of the lines before it).
   */
  private static AccountStatement valuedStatement(LedgerView view, Account acc, boolean includeChildren, CurrencyUnit cu,
      @Nullable LocalDate from, @Nullable LocalDate to, List<PostedEntry> history) {
    Set<String> accounts = accounts(view, acc, includeChildren);
    CurrencyUnit base = view.baseCurrency();
    Money zero = Money.zero(cu);
    Money opening = zero;
    Money running = zero;
    List<AccountStatementLine> lines = new ArrayList<>();
    for (PostedEntry p : history) {
      boolean before = from != null && p.date().isBefore(from);
      for (JournalLine l : p.lines()) {
        Money v = value(l, base);
        if (!accounts.contains(l.account()) || !v.getCurrencyUnit().equals(cu)) {
          continue;
        }
        Money dr = l.side() == Side.DEBIT ? v : zero;
        Money cr = l.side() == Side.CREDIT ? v : zero;
        if (before) {
          opening = opening.plus(dr).minus(cr);
          running = opening;
          continue;
        }
        running = running.plus(dr).minus(cr);
        lines.add(line(p, l, accounts, dr, cr, running)
            .currencyAmount(l.amount().getCurrencyUnit().equals(cu) ? Optional.empty() : Optional.of(l.amount()))
            .build());
      }
    }
    ImmutableAccountStatement.Builder b = statement(acc, includeChildren, cu, from, to, opening, lines, running);
    if (cu.equals(base)) {
      // the index keeps each currency's base value: their sum is the account's balance in the base currency
      BalanceQuery q = BalanceQuery.builder().account(acc.code()).includeChildren(includeChildren)
          .to(Optional.ofNullable(to)).build();
      Money indexed = zero;
      for (Balance bal : view.balances(q).values()) {
        indexed = indexed.plus(bal.baseValue());
      }
      b.addChecks(indexCheck(acc.code() + " " + cu.getCode(), running, indexed));
    }
    return b.build();
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
    Set<String> accounts = accounts(view, acc, includeChildren);
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
        lines.add(line(p, l, accounts, dr, cr, running).build());
      }
    }
    Check check = indexCheck(acc.code() + " " + cu.getCode(), running, net(view, acc.code(), includeChildren, cu, to));
    return statement(acc, includeChildren, cu, from, to, opening, lines, running).addChecks(check).build();
  }

  private static ImmutableAccountStatement.Builder statement(Account acc, boolean includeChildren, CurrencyUnit cu,
      @Nullable LocalDate from, @Nullable LocalDate to, Money opening, List<AccountStatementLine> lines, Money closing) {
    return AccountStatement.builder()
        .account(acc.code())
        .name(acc.name())
        .includesChildren(includeChildren)
        .currency(cu)
        .from(Optional.ofNullable(from))
        .to(Optional.ofNullable(to))
        .opening(opening)
        .addAllLines(lines)
        .closing(closing);
  }

  private static ImmutableAccountStatementLine.Builder line(PostedEntry p, JournalLine l, Set<String> accounts, Money dr,
      Money cr, Money running) {
    return AccountStatementLine.builder()
        .date(p.date())
        .entryId(p.id().value())
        .sequence(p.sequence())
        .account(l.account())
        .document(p.entry().document().map(d -> d.number()))
        .description(l.memo().orElse(p.entry().description()))
        .counterAccounts(counterAccounts(p, l.side(), accounts))
        .debit(dr)
        .credit(cr)
        .balance(running);
  }

  private static Check indexCheck(String what, Money running, Money indexed) {
    boolean agrees = indexed.isEqual(running);
    return Check.of("closing-equals-ledger-balance:" + what, agrees,
        what + ": closing balance " + running.getAmount().toPlainString() + (agrees ? " equals" : " does not equal")
            + " the ledger's balance " + indexed.getAmount().toPlainString(),
        what + ": saldo końcowe " + running.getAmount().toPlainString() + (agrees ? " zgodne" : " niezgodne")
            + " z saldem księgi " + indexed.getAmount().toPlainString());
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
