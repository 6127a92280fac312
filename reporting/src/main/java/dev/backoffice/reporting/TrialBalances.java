package dev.backoffice.reporting;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.trialbalance.AccountLevel;
import dev.backoffice.reporting.trialbalance.CurrencyAmounts;
import dev.backoffice.reporting.trialbalance.ImmutableTrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import dev.backoffice.reporting.trialbalance.TrialBalanceTotal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Computes trial balances from the ledger's balance indexes ({@link LedgerView#accountBalances}): at most
 * three index queries (history to the end, before the start, before the fiscal year), then differences.
 * The optional journal check streams the journal once. In the base-currency view, a ledger with lines in
 * foreign currencies also needs their debit and credit values, which the indexes keep only as a net: then one
 * pass over the journal ({@link BaseValues}) gives them and the journal totals together.
 */
final class TrialBalances {
  private TrialBalances() {}

  /** An account and currency. */
  private record Key(String account, CurrencyUnit currency) {}

  static TrialBalance compute(LedgerView view, TrialBalanceQuery q) {
    @Nullable LocalDate from = q.from().orElse(null);
    @Nullable LocalDate to = q.to().orElse(null);
    ChartOfAccounts chart = view.chart();
    List<AccountBalance> toEnd = view.accountBalances(null, to);
    Map<Key, Balance> beforeFrom = from == null ? Map.of() : index(view.accountBalances(null, from.minusDays(1)));
    Optional<LocalDate> yearStart = Optional.ofNullable(to != null ? to : from)
        .flatMap(d -> Calendars.yearOf(view.calendar(), d)).map(y -> y.start());
    Map<Key, Balance> beforeYear;
    if (yearStart.isEmpty()) {
      beforeYear = beforeFrom;
    } else if (yearStart.get().equals(from)) {
      beforeYear = beforeFrom;
    } else {
      beforeYear = index(view.accountBalances(null, yearStart.get().minusDays(1)));
    }

    CurrencyUnit base = view.baseCurrency();
    boolean valued = !q.byCurrency()
        && toEnd.stream().anyMatch(ab -> !ab.balance().currency().equals(base));
    List<TrialBalanceRow> posting = new ArrayList<>(toEnd.size());
    Map<CurrencyUnit, DebitCredit> journal;
    if (!valued) {
      // per currency from the indexes; a ledger with base-currency lines only gives the same rows both ways
      for (AccountBalance ab : toEnd) {
        Key key = new Key(ab.account(), ab.balance().currency());
        BaseValues.Sums sums = new BaseValues.Sums(key.currency());
        sums.addIndex(beforeFrom.get(key), beforeYear.get(key), ab.balance());
        posting.add(row(chart, ab.account(), sums));
      }
      journal = q.verifyAgainstJournal() ? journalTotals(view, from, to) : Map.of();
    } else {
      BaseValues.Scan scan = BaseValues.scan(view, base, from, to, yearStart.orElse(from), q.verifyAgainstJournal());
      Map<Key, BaseValues.Sums> merged = new TreeMap<>(TrialBalances::compareKeys);
      for (AccountBalance ab : toEnd) {
        Key key = new Key(ab.account(), ab.balance().currency());
        if (key.currency().equals(base)) {
          merged.computeIfAbsent(key, k -> new BaseValues.Sums(base))
              .addIndex(beforeFrom.get(key), beforeYear.get(key), ab.balance());
        }
      }
      scan.foreign().forEach((account, byCurrency) -> byCurrency.forEach((cu, f) -> {
        BaseValues.Sums s = merged.computeIfAbsent(new Key(account, cu), k -> new BaseValues.Sums(cu));
        for (int i = 0; i < 6; i++) {
          s.value[i] = Math.addExact(s.value[i], f.value[i]);
        }
        s.memo.putAll(f.memo);
      }));
      merged.forEach((k, s) -> posting.add(row(chart, k.account(), s)));
      journal = scan.journal();
    }

    return assemble(q, yearStart, rows(chart, posting, q.level()), posting, journal);
  }

  /**
   * A posting-level trial balance from rows already summed (read straight from a journal, without a ledger): the
   * journal's totals are then the rows' own turnover.
   */
  static TrialBalance fromRows(List<TrialBalanceRow> posting, TrialBalanceQuery q, Optional<LocalDate> cumulativeFrom) {
    Checks.check(q.level() == AccountLevel.POSTING, "level", q.level(), "must be POSTING for rows without a chart");
    Map<CurrencyUnit, DebitCredit> journal = new TreeMap<>();
    if (q.verifyAgainstJournal()) {
      for (TrialBalanceRow r : posting) {
        journal.merge(r.currency(), r.turnover(), DebitCredit::plus);
      }
    }
    return assemble(q, cumulativeFrom, posting, posting, journal);
  }

  private static TrialBalance assemble(TrialBalanceQuery q, Optional<LocalDate> yearStart, List<TrialBalanceRow> rows,
      List<TrialBalanceRow> posting, Map<CurrencyUnit, DebitCredit> journal) {
    List<TrialBalanceTotal> totals = totals(posting, journal, q.verifyAgainstJournal());
    ImmutableTrialBalance.Builder b = TrialBalance.builder()
        .from(q.from())
        .to(q.to())
        .cumulativeFrom(yearStart)
        .level(q.level())
        .byCurrency(q.byCurrency())
        .addAllRows(rows)
        .addAllTotals(totals);
    for (TrialBalanceTotal t : totals) {
      b.addChecks(balanceCheck(t));
      t.journal().ifPresent(j -> b.addChecks(journalCheck(t, j)));
    }
    return b.build();
  }

  private static TrialBalanceRow row(ChartOfAccounts chart, String account, BaseValues.Sums s) {
    return TrialBalanceRow.builder()
        .account(account)
        .name(chart.account(account).map(Account::name).orElse(account))
        .currency(s.currency)
        .depth(depth(chart, account))
        .aggregate(false)
        .opening(s.opening())
        .turnover(s.turnover())
        .cumulativeTurnover(s.cumulative())
        .closing(s.closing())
        .addAllCurrencyAmounts(s.memo().stream().filter(m -> !m.currency().equals(s.currency)).toList())
        .build();
  }

  private static Map<Key, Balance> index(List<AccountBalance> rows) {
    Map<Key, Balance> m = new HashMap<>(rows.size() * 2);
    for (AccountBalance ab : rows) {
      m.put(new Key(ab.account(), ab.balance().currency()), ab.balance());
    }
    return m;
  }

  private static int depth(ChartOfAccounts chart, String code) {
    int d = 0;
    Optional<Account> a = chart.account(code);
    while (a.isPresent() && a.get().parent().isPresent()) {
      d++;
      a = chart.account(a.get().parent().get());
    }
    return d;
  }

  /** The debits and credits of every journal line dated in the range, per currency. */
  static Map<CurrencyUnit, DebitCredit> journalTotals(LedgerView view, @Nullable LocalDate from, @Nullable LocalDate to) {
    Map<CurrencyUnit, long[]> sums = new TreeMap<>();
    view.journal().forEach(p -> addEntry(p, from, to, sums));
    Map<CurrencyUnit, DebitCredit> out = new LinkedHashMap<>();
    sums.forEach((cu, s) -> out.put(cu, DebitCredit.of(Money.ofMinor(cu, s[0]), Money.ofMinor(cu, s[1]))));
    return out;
  }

  private static void addEntry(PostedEntry p, @Nullable LocalDate from, @Nullable LocalDate to, Map<CurrencyUnit, long[]> sums) {
    LocalDate d = p.date();
    if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) {
      return;
    }
    for (JournalLine l : p.lines()) {
      Money m = l.amount();
      long[] s = sums.computeIfAbsent(m.getCurrencyUnit(), c -> new long[2]);
      s[l.side() == Side.DEBIT ? 0 : 1] += m.getAmountMinorLong();
    }
  }

  private static List<TrialBalanceTotal> totals(List<TrialBalanceRow> posting, Map<CurrencyUnit, DebitCredit> journal,
      boolean verified) {
    Map<CurrencyUnit, DebitCredit[]> sums = new TreeMap<>();
    for (TrialBalanceRow r : posting) {
      DebitCredit[] s = sums.computeIfAbsent(r.currency(), TrialBalances::zeros);
      s[0] = s[0].plus(r.opening());
      s[1] = s[1].plus(r.turnover());
      s[2] = s[2].plus(r.cumulativeTurnover());
      s[3] = s[3].plus(r.closing());
    }
    for (CurrencyUnit cu : journal.keySet()) {
      sums.computeIfAbsent(cu, TrialBalances::zeros);
    }
    List<TrialBalanceTotal> out = new ArrayList<>();
    sums.forEach((cu, s) -> out.add(TrialBalanceTotal.builder().currency(cu)
        .opening(s[0]).turnover(s[1]).cumulativeTurnover(s[2]).closing(s[3])
        .journal(verified ? Optional.of(journal.getOrDefault(cu, DebitCredit.zero(cu))) : Optional.empty())
        .build()));
    return out;
  }

  private static DebitCredit[] zeros(CurrencyUnit cu) {
    DebitCredit z = DebitCredit.zero(cu);
    return new DebitCredit[] {z, z, z, z};
  }

  private static List<TrialBalanceRow> rows(ChartOfAccounts chart, List<TrialBalanceRow> posting, AccountLevel level) {
    switch (level) {
      case POSTING:
        return posting;
      case SYNTHETIC: {
        Map<Key, TrialBalanceRow> byRoot = new TreeMap<>(TrialBalances::compareKeys);
        for (TrialBalanceRow r : posting) {
          Account root = chart.root(r.account());
          byRoot.merge(new Key(root.code(), r.currency()), relabel(chart, r, root, 0), TrialBalances::sum);
        }
        return new ArrayList<>(byRoot.values());
      }
      case HIERARCHY: {
        Map<Key, TrialBalanceRow> all = new HashMap<>();
        for (TrialBalanceRow r : posting) {
          Optional<Account> a = chart.account(r.account());
          while (a.isPresent()) {
            Account acc = a.get();
            all.merge(new Key(acc.code(), r.currency()), relabel(chart, r, acc, depth(chart, acc.code())), TrialBalances::sum);
            a = acc.parent().flatMap(chart::account);
          }
        }
        List<TrialBalanceRow> out = new ArrayList<>(all.size());
        for (Account root : chart.roots()) {
          walk(chart, root.code(), all, out);
        }
        return out;
      }
      default:
        throw new IllegalStateException("unknown level " + level);
    }
  }

  private static void walk(ChartOfAccounts chart, String code, Map<Key, TrialBalanceRow> all, List<TrialBalanceRow> out) {
    all.entrySet().stream().filter(e -> e.getKey().account().equals(code))
        .sorted((x, y) -> x.getKey().currency().compareTo(y.getKey().currency()))
        .forEach(e -> out.add(e.getValue()));
    for (String child : chart.children(code)) {
      walk(chart, child, all, out);
    }
  }

  private static int compareKeys(Key x, Key y) {
    int c = x.account().compareTo(y.account());
    return c != 0 ? c : x.currency().compareTo(y.currency());
  }

  private static TrialBalanceRow relabel(ChartOfAccounts chart, TrialBalanceRow r, Account a, int depth) {
    return TrialBalanceRow.builder().from(r).account(a.code()).name(a.name()).depth(depth)
        .aggregate(!chart.isLeaf(a.code())).build();
  }

  /** Sums two rows of one account: turnovers and expanded balances side by side. */
  private static TrialBalanceRow sum(TrialBalanceRow x, TrialBalanceRow y) {
    return TrialBalanceRow.builder().from(x)
        .opening(x.opening().plus(y.opening()))
        .turnover(x.turnover().plus(y.turnover()))
        .cumulativeTurnover(x.cumulativeTurnover().plus(y.cumulativeTurnover()))
        .closing(x.closing().plus(y.closing()))
        .currencyAmounts(sumMemo(x.currencyAmounts(), y.currencyAmounts()))
        .build();
  }

  private static List<CurrencyAmounts> sumMemo(List<CurrencyAmounts> x, List<CurrencyAmounts> y) {
    if (y.isEmpty()) {
      return x;
    }
    Map<CurrencyUnit, CurrencyAmounts> m = new TreeMap<>();
    for (CurrencyAmounts a : x) {
      m.put(a.currency(), a);
    }
    for (CurrencyAmounts a : y) {
      m.merge(a.currency(), a, CurrencyAmounts::plus);
    }
    return new ArrayList<>(m.values());
  }

  private static Check balanceCheck(TrialBalanceTotal t) {
    String cu = t.currency().getCode();
    String en = cu + ": debits " + (t.balanced() ? "equal" : "do not equal") + " credits — opening "
        + pair(t.opening()) + ", turnover " + pair(t.turnover()) + ", cumulative " + pair(t.cumulativeTurnover())
        + ", closing " + pair(t.closing());
    String pl = cu + ": suma Wn " + (t.balanced() ? "równa sumie" : "różna od sumy") + " Ma — bilans otwarcia "
        + pair(t.opening()) + ", obroty " + pair(t.turnover()) + ", obroty narastająco " + pair(t.cumulativeTurnover())
        + ", salda końcowe " + pair(t.closing());
    if (!t.balanced()) {
      en += " (entries with a cost in another currency balance in that currency, not in " + cu + ")";
      pl += " (zapisy z kosztem w innej walucie bilansują się w tamtej walucie, nie w " + cu + ")";
    }
    return Check.of("debits-equal-credits:" + cu, t.balanced(), en, pl);
  }

  private static Check journalCheck(TrialBalanceTotal t, DebitCredit journal) {
    String cu = t.currency().getCode();
    boolean ok = t.matchesJournal().orElse(false);
    String en = cu + ": turnover " + pair(t.turnover()) + (ok ? " equals" : " does not equal")
        + " the journal total " + pair(journal);
    String pl = cu + ": obroty " + pair(t.turnover()) + (ok ? " zgodne" : " niezgodne")
        + " z sumą dziennika " + pair(journal);
    return Check.of("turnover-equals-journal:" + cu, ok, en, pl);
  }

  private static String pair(DebitCredit dc) {
    return dc.debit().getAmount().toPlainString() + " / " + dc.credit().getAmount().toPlainString();
  }
}
