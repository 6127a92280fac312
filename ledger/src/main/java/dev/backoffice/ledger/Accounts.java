package dev.backoffice.ledger;

import dev.backoffice.core.error.ConflictException;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.store.LedgerRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Chart maintenance. Owns the chart of accounts (an immutable value, replaced on every change and published
 * through a volatile field, so {@link #chart()} needs no lock) and the account states by code (an
 * {@link AccountIndex} of {@link AccountState}s, each with its {@link CurrencyBook}s). Openings, updates and
 * deletions are checked here without changing anything and written through the write template's
 * {@link Change}; {@link PostingEngine#apply} applies them ({@link #applySaved}, {@link #applyDeletion}), under
 * the ledger's write lock. The books' totals inside the states are written only by the posting engine and read
 * by {@link BalanceQueries}.
 */
final class Accounts {
  private final CurrencyUnit base;
  private volatile ChartOfAccounts chart = ChartOfAccounts.empty();
  private AccountIndex states = new AccountIndex();
  /** While true (replay, opening several accounts), saved accounts wait in {@link #saved} for the chart. */
  private boolean batching;
  private final LinkedHashMap<String, Account> saved = new LinkedHashMap<>();

  Accounts(CurrencyUnit base) {
    this.base = base;
  }

  ChartOfAccounts chart() {
    return chart;
  }

  /** The state of an account, or null if there is no such account. */
  @Nullable AccountState state(String code) {
    return states.get(code);
  }

  /** The state of an account whose code's {@code hashCode()} the caller has already read, or null. */
  @Nullable AccountState state(String code, int hash) {
    return states.get(code, hash);
  }

  /**
   * The state of an account a replayed line names: a store whose account records are missing gets a plain
   * account of that code, its type inferred from the code.
   */
  AccountState stateOrRecreate(String code) {
    AccountState st = states.get(code);
    if (st == null) {
      Account a = Account.of(code, code, AccountType.infer(code));
      chart = chart.with(a);
      st = new AccountState(a, base);
      states.add(st);
    }
    return st;
  }

  /**
   * Opens accounts together: checks them, then appends one record per account as one all-or-nothing group
   * (the chart is copied once for all of them), and notes the listeners' calls.
   */
  Void open(Iterable<Account> given, Clock clock, Change change) {
    List<Account> list = checkOpen(given);
    Instant now = clock.instant();
    startBatch();
    try {
      for (int i = 0; i < list.size(); i++) { // all the accounts or none of them after a crash
        change.append(new LedgerRecord.AccountSaved(list.get(i), now), null, i < list.size() - 1);
      }
    } finally {
      endBatch();
    }
    list.forEach(a -> change.tell(x -> x.onAccountSaved(a)));
    return null;
  }

  /** Changes an existing account: checks, appends the saved account, notes the listeners' call. */
  Account update(Account account, Clock clock, Change change) {
    checkUpdate(account);
    change.append(new LedgerRecord.AccountSaved(account, clock.instant()), null, false);
    change.tell(x -> x.onAccountSaved(account));
    return account;
  }

  /** Deletes an account without postings: checks, appends the deletion. */
  Void delete(String code, Clock clock, Change change) {
    checkDelete(code);
    change.append(new LedgerRecord.AccountDeleted(code, clock.instant()), null, false);
    return null;
  }

  /** Checks that accounts may be opened together (new codes, a valid tree); returns them as a list. */
  private List<Account> checkOpen(Iterable<Account> accounts) {
    List<Account> list = new ArrayList<>();
    accounts.forEach(list::add);
    ChartOfAccounts c = chart;
    for (Account a : list) {
      if (c.contains(a.code())) {
        throw new ConflictException("account " + a.code(), "already exists");
      }
    }
    c.withAll(list); // validates the tree before anything is written
    return list;
  }

  /** Checks that an existing account may take a new definition. */
  private void checkUpdate(Account account) {
    Account old = chart.require(account.code());
    AccountState st = states.get(account.code());
    if (st.hasPostings() && (old.type() != account.type() || old.normalBalance() != account.normalBalance())) {
      throw new ConflictException("account " + account.code(), "has postings; its type and normal balance cannot change");
    }
    chart.with(account);
  }

  /** Checks that an account may be deleted: it exists, has no postings and no children. */
  private void checkDelete(String code) {
    chart.require(code);
    AccountState st = states.get(code);
    if (st.hasPostings()) {
      throw new ConflictException("account " + code, "has " + st.lineCount + " posted and " + st.pendingLines
          + " pending lines and cannot be deleted; block it instead");
    }
    chart.without(code);
  }

  /** Applies a saved account: into the chart (or the batch) and its state. */
  void applySaved(Account a) {
    if (batching) {
      saved.put(a.code(), a);
    } else {
      chart = chart.with(a);
    }
    AccountState st = states.get(a.code());
    if (st == null) {
      states.add(new AccountState(a, base));
    } else {
      st.update(a);
    }
  }

  /** Applies a deletion. */
  void applyDeletion(String code) {
    chart = chart.without(code); // the engine flushed the batch first: a deletion sees the accounts saved before it
    states.remove(code);
  }

  /** Forgets every account, for a ledger that reads its store again (see {@link Opening}). */
  void reset() {
    chart = ChartOfAccounts.empty();
    states = new AccountIndex();
    saved.clear();
    batching = false;
  }

  /** From now until {@link #endBatch}, saved accounts go into the chart together. */
  void startBatch() {
    batching = true;
  }

  /** Ends a batch and puts its accounts into the chart. */
  void endBatch() {
    batching = false;
    flush();
  }

  /**
   * Puts the accounts saved while batching into the chart at once: one copy of the chart instead of one per
   * account (replaying or opening n accounts would otherwise copy it n times).
   */
  void flush() {
    if (!saved.isEmpty()) {
      chart = chart.withAll(saved.values());
      saved.clear();
    }
  }
}
