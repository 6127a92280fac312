package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.store.SearchableLedgerStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Balance queries. Owns how far the books' day slots have caught up with the journal ({@link #dayIndexed},
 * and each book's {@code daysUpTo}) and the lock of that catch-up; reads the books' totals ({@link Accounts}),
 * the journal ({@link EntryIndex}, or the store that keeps it) and open reservations ({@link Reservations}). Every method runs under the
 * ledger's lock, read or write, so nothing is posted meanwhile; readers that come together catch the day
 * slots up one at a time, under {@link #dayIndexLock}.
 */
final class BalanceQueries {
  private final CurrencyUnit base;
  private final Accounts accounts;
  /** The journal in memory, or null when the store keeps it (then posting keeps the day slots itself). */
  private final @Nullable EntryIndex journal;
  /** The store that keeps the journal, when memory does not. */
  private final @Nullable SearchableLedgerStore search;
  private final Reservations reservations;
  /** How many journal entries the books' day slots hold (see {@link #catchUp}). */
  private volatile int dayIndexed;
  /** Held by the one reader that catches the day slots up. */
  private final Object dayIndexLock = new Object();

  BalanceQueries(CurrencyUnit base, Accounts accounts, Entries entries, Reservations reservations,
      @Nullable SearchableLedgerStore search) {
    this.base = base;
    this.accounts = accounts;
    this.journal = entries instanceof EntryIndex index ? index : null;
    this.search = search;
    this.reservations = reservations;
  }

  /** See {@link dev.backoffice.ledger.query.LedgerView#balances}. */
  ImmutableMap<CurrencyUnit, Balance> balances(BalanceQuery q) {
    ChartOfAccounts c = accounts.chart();
    c.require(q.account());
    List<String> codes = q.includeChildren() ? c.subtree(q.account()) : List.of(q.account());
    LocalDate from = q.from().orElse(null);
    LocalDate to = q.to().orElse(null);
    Map<CurrencyUnit, BalanceSum> sums = new TreeMap<>();
    for (String code : codes) {
      AccountState st = accounts.state(code);
      if (q.dimensions().isEmpty()) {
        catchUp(st, from, to);
        for (CurrencyBook book : st.books) {
          if (q.currency().isPresent() && !q.currency().get().equals(book.currency)) {
            continue;
          }
          sums.computeIfAbsent(book.currency, k -> new BalanceSum()).addBook(book.sum(from, to), book);
        }
      } else {
        sumFiltered(st, q, from, to, sums);
      }
    }
    ImmutableMap.Builder<CurrencyUnit, Balance> out = ImmutableMap.builder();
    sums.forEach((cu, s) -> {
      if (s.lines > 0) {
        out.put(cu, s.toBalance(cu, base));
      }
    });
    return out.build();
  }

  /** Sums an account's lines that match a query's dimensions, from its entries and the open reservations. */
  private void sumFiltered(AccountState st, BalanceQuery q, @Nullable LocalDate from, @Nullable LocalDate to,
      Map<CurrencyUnit, BalanceSum> sums) {
    Dimensions filter = q.dimensions();
    EntryIndex index = journal;
    if (index == null) {
      Objects.requireNonNull(search).scan(EntryStatus.POSTED, from, to, List.of(st.code), p -> {
        sumPosted(p, st, q, sums);
        return true;
      });
    } else {
      for (int k = 0; k < st.entryCount; k++) {
        PostedEntry p = index.get(st.entryRef(k));
        if ((from == null || !p.date().isBefore(from)) && (to == null || !p.date().isAfter(to))) {
          sumPosted(p, st, q, sums);
        }
      }
    }
    for (PostedEntry p : reservations.open()) {
      for (JournalLine l : p.lines()) {
        CurrencyUnit cu = l.amount().getCurrencyUnit();
        if (!l.account().equals(st.account.code()) || !l.dimensions().matches(filter)
            || (q.currency().isPresent() && !q.currency().get().equals(cu))) {
          continue;
        }
        sums.computeIfAbsent(cu, x -> new BalanceSum()).addPending(l.side() == Side.CREDIT, l.amount().getAmountMinorLong());
      }
    }
  }

  /** Adds a posted entry's lines on an account that match a query's currency and dimensions. */
  private void sumPosted(PostedEntry p, AccountState st, BalanceQuery q, Map<CurrencyUnit, BalanceSum> sums) {
    for (JournalLine l : p.lines()) {
      CurrencyUnit cu = l.amount().getCurrencyUnit();
      if (!l.account().equals(st.code) || (q.currency().isPresent() && !q.currency().get().equals(cu))
          || !l.dimensions().matches(q.dimensions())) {
        continue;
      }
      long bv = l.baseValue(base).map(Money::getAmountMinorLong).orElse(0L);
      sums.computeIfAbsent(cu, x -> new BalanceSum()).addPosted(l.side() == Side.CREDIT, l.amount().getAmountMinorLong(), bv);
    }
  }

  /** See {@link dev.backoffice.ledger.query.LedgerView#accountBalances}. */
  ImmutableList<AccountBalance> accountBalances(@Nullable LocalDate from, @Nullable LocalDate to) {
    ImmutableList.Builder<AccountBalance> out = ImmutableList.builder();
    catchUp(from, to);
    for (Account a : accounts.chart().accounts()) {
      AccountState st = accounts.state(a.code());
      for (CurrencyBook book : st.books) {
        long[] s = book.sum(from, to);
        if (s[DayIndex.COUNT] == 0) {
          continue;
        }
        BalanceSum sum = new BalanceSum();
        sum.addBook(s, book);
        out.add(AccountBalance.of(a.code(), sum.toBalance(book.currency, base)));
      }
    }
    return out.build();
  }

  /**
   * Brings every book's day slots up to the journal, if a sum from {@code from} to {@code to} reads days (it
   * starts or ends inside a month; see {@link DayIndex}): sums the lines of the entries posted since into their
   * days. Posting keeps only month totals, because a random day of a random account's months is a cache miss
   * that every posted line would wait on (about half of the posting thread's CPU); here the entries are read in
   * journal order, once for all accounts. The caller holds the ledger's lock, read or write, so the journal
   * does not grow meanwhile; of readers that come together, one catches up and the others wait for it, and
   * once the days are up to date they only read them.
   */
  void catchUp(@Nullable LocalDate from, @Nullable LocalDate to) {
    EntryIndex index = journal;
    if (index == null || !DayIndex.readsDays(from, to) || dayIndexed == index.size()) { // volatile: publishes the last catch-up
      return;
    }
    synchronized (dayIndexLock) {
      int n = index.size();
      for (int i = dayIndexed; i < n; i++) {
        PostedEntry p = index.get(i);
        LocalDate date = p.date();
        int month = DayIndex.monthKey(date);
        int day = date.getDayOfMonth();
        for (JournalLine l : p.lines()) {
          Money amount = l.amount();
          CurrencyBook book = accounts.state(l.account()).book(amount.getCurrencyUnit());
          if (i >= book.daysUpTo) { // else a query of the account alone caught it up
            addToDay(book, month, day, l);
          }
        }
      }
      dayIndexed = n;
    }
  }

  /**
   * Brings one account's day slots up to the journal, as {@link #catchUp(LocalDate, LocalDate)} does for all,
   * reading only the entries with a line on the account: a query of one account after many postings need not
   * read every entry.
   */
  private void catchUp(AccountState st, @Nullable LocalDate from, @Nullable LocalDate to) {
    EntryIndex index = journal;
    if (index == null || !DayIndex.readsDays(from, to) || dayIndexed == index.size()) {
      return;
    }
    synchronized (dayIndexLock) {
      int n = index.size();
      for (CurrencyBook book : st.books) {
        int upTo = Math.max(book.daysUpTo, dayIndexed);
        if (upTo >= n) {
          continue;
        }
        for (int k = st.firstEntryAtOrAfter(upTo); k < st.entryCount; k++) {
          PostedEntry p = index.get(st.entryRef(k));
          LocalDate date = p.date();
          for (JournalLine l : p.lines()) {
            Money amount = l.amount();
            if (amount.getCurrencyUnit().equals(book.currency) && l.account().equals(st.code)) {
              addToDay(book, DayIndex.monthKey(date), date.getDayOfMonth(), l);
            }
          }
        }
        book.daysUpTo = n;
      }
    }
  }

  /** Adds a posted line to its book's day slots, as posting added it to the totals. */
  private void addToDay(CurrencyBook book, int month, int day, JournalLine l) {
    Optional<Money> bv = l.baseValue(base);
    book.addToDay(month, day, l.side() == Side.CREDIT, l.amount().getAmountMinorLong(),
        bv.isPresent() ? bv.get().getAmountMinorLong() : 0);
  }
}
