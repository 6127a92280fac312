package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.PeriodClosedException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalCalendar;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.IdempotencyConflictException;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.event.LedgerListener;
import dev.backoffice.ledger.guard.GuardChange;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.EntryQuery;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.query.Page;
import dev.backoffice.ledger.store.InMemoryLedgerStore;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import dev.backoffice.ledger.store.SearchableLedgerStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The double-entry ledger (księga główna): the one entry point of the {@code ledger} module.
 *
 * <p>{@link #post} checks an entry in the order of the design — idempotency, open period, accounts active
 * and allowed, balance constraints, guards (budget control) — then appends it to the {@link LedgerStore} and
 * updates the balance indexes atomically. A rejected entry changes nothing. Two-phase postings
 * ({@link #reserve}, {@link #commit}, {@link #voidReservation}), reversals ({@link #reverse}), period
 * control ({@link #closePeriod}, {@link #softClosePeriod}, {@link #reopenPeriod}, {@link #closeYear}) and
 * account maintenance go through the same path.
 *
 * <p>Balance indexes: running totals (for balance constraints) and month totals (for queries) per account and
 * currency, updated with every posting; per-day totals, which a query that starts or ends inside a month
 * needs, are brought up to date by the first such query after postings (for one account from its own entries,
 * for all accounts from the journal), so posting does not pay for them. Every query sees every entry posted
 * before it.
 *
 * <p>Thread-safe: writers are serialised by a write lock; queries hold a read lock and so see a consistent
 * snapshot. Listeners are called after the lock is released. The ledger reads time only from its
 * {@link Clock}. Amounts are kept as exact minor units; a single line is limited to
 * {@value #MAX_LINE_MINOR_UNITS} minor units (10 trillion złoty), and totals that would overflow are rejected.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.builder()
 *     .chart(PolishChartOfAccounts.template())
 *     .clock(Clock.systemUTC())
 *     .build();
 * PostedEntry posted = ledger.post(entry);
 * Money bank = ledger.balance("130", Monies.PLN, LocalDate.of(2025, 1, 31));
 * }</pre>
 */
public final class Ledger implements LedgerView, AutoCloseable {
  /** The largest absolute amount of one line, in minor units. */
  public static final long MAX_LINE_MINOR_UNITS = 1_000_000_000_000_000L;

  // The front door owns the lock, the store and the listeners (its StoreLink, whether the store failed); the parts own the rest
  // (docs/ARCHITECTURE.md, "The ledger engine"). Only this class takes the lock: writing and reading below are its templates.
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Clock clock;
  private final CurrencyUnit base;
  private final FiscalCalendar calendar;
  private final LedgerStore store;
  private final Listeners listeners;
  /** The calls to the store during changes, and whether it failed. */
  private final StoreLink link;

  private final Accounts accounts;
  private final Entries entries;
  private final Reservations reservations;
  private final Periods periods;
  private final PostingEngine engine;
  private final Postings postings;
  private final BalanceQueries queries;
  private final EntrySearch search;
  private final YearEnd yearEnd;
  /** The Change of the change under way, reused (see {@link #writing}); touched only under the write lock. */
  private final Change change;

  private Ledger(Builder b) {
    this.clock = b.clock;
    this.base = b.baseCurrency;
    this.calendar = b.calendar;
    this.store = b.store;
    this.listeners = new Listeners(b.listeners.build());
    this.accounts = new Accounts(base);
    SearchableLedgerStore searchable = store instanceof SearchableLedgerStore s ? s : null;
    this.entries = searchable == null ? new EntryIndex() : new StoredEntries(searchable);
    this.reservations = new Reservations(searchable == null);
    this.periods = new Periods(calendar);
    this.engine = new PostingEngine(base, accounts, entries, reservations, periods, b.guards.build(), this);
    this.postings = new Postings(clock, engine, entries, reservations);
    this.queries = new BalanceQueries(base, accounts, entries, reservations, searchable);
    this.search = new EntrySearch(accounts, entries, reservations, searchable);
    this.yearEnd = new YearEnd(accounts, queries, periods, reservations);
    this.link = new StoreLink(store, engine, searchable == null ? null
        : () -> Opening.reread(store, base, engine, accounts, (StoredEntries) entries, reservations, periods));
    this.change = new Change(link, listeners);
    // an existing store keeps its own chart: deleted or changed accounts stay as they were left
    List<Account> missing = Opening.load(store, base, engine, accounts, entries) ? List.of()
        : b.chart.accounts().stream().filter(a -> !accounts.chart().contains(a.code())).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      openAccounts(missing);
    }
  }

  /**
   * A builder: base currency PLN, calendar years, the system UTC clock, an in-memory store, an empty chart.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------- posting

  /**
   * Posts an entry.
   *
   * @param entry the entry
   * @return the posted entry (or, for a repeated idempotency key with the same content, the earlier one)
   * @throws IdempotencyConflictException if its key or id was used by an entry with different content
   * @throws PeriodClosedException if its date falls in a closed period (or soft-closed, for a non-adjusting entry)
   * @throws PostingRejectedException if an account is unknown, blocked, not a leaf where required, does not
   *     take the currency, or misses a required dimension; or a guard rejects it
   * @throws BalanceConstraintException if a balance constraint would be broken
   */
  public PostedEntry post(JournalEntry entry) {
    Checks.notNull(entry, "entry");
    return writing(entry, Ledger::postLocked); // an unbound method reference: no allocation per post
  }

  private PostedEntry postLocked(JournalEntry entry, Change change) {
    postings.expireDue(change);
    return postings.post(entry, change, false);
  }

  /**
   * Posts a batch of entries with one wait for the store: each entry is posted or rejected on its own, in
   * order, exactly as {@link #post} would post or reject it after the entries before it, and the call returns
   * once every posted entry is durable. A rejected entry changes nothing and does not stop the rest (as in
   * TigerBeetle's batches); its outcome carries the exception {@code post} would have thrown. The batch takes
   * the ledger's write lock once, so its entries are consecutive in the journal and other writers and
   * readers wait while it is applied: keep batches to thousands of entries, not millions.
   *
   * <p>On a durable store this is the fast way to post many entries: one sync (shared, through group commit,
   * with concurrent callers) covers the whole batch instead of one per entry.
   *
   * @param entries the entries, in the order to post them
   * @return one outcome per entry, in the same order
   * @throws NullPointerException if the list or one of its elements is null (then nothing is posted)
   * @throws LedgerStoreException if the store failed; entries before the failure may have been posted but
   *     not synced, and the ledger accepts nothing more (reopen it on the store)
   */
  public BatchResult postAll(List<JournalEntry> entries) {
    Checks.notNull(entries, "entries");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == null) { // the message only when it is needed: a batch may hold thousands
        throw new NullPointerException("entries[" + i + "] must not be null");
      }
    }
    return writing(entries, (l, batch, change) -> {
      l.postings.expireDue(change);
      return l.postings.postAll(batch, change);
    });
  }

  /**
   * Checks an entry as {@link #post} would — period, accounts, constraints, guards — without posting it.
   *
   * @param entry the entry
   * @return the warnings a posting would raise
   * @throws dev.backoffice.core.error.BackOfficeException the rejection a posting would raise
   */
  public ImmutableList<PostingWarning> check(JournalEntry entry) {
    Checks.notNull(entry, "entry");
    return writing(entry, (l, e, change) -> l.postings.check(e)); // the write lock: it uses the books' scratch
  }

  /**
   * Reserves an entry (first phase of a two-phase posting): its amounts count against balance constraints
   * (available = posted − pending) and against budgets, but it moves no posted balance and is not in the
   * journal until {@link #commit}ted. Uncommitted at {@code expiresAt}, it expires.
   *
   * @param entry the entry
   * @param expiresAt when the reservation lapses; must be after the clock's now
   * @return the pending entry
   */
  public PostedEntry reserve(JournalEntry entry, Instant expiresAt) {
    Checks.notNull(entry, "entry");
    Checks.notNull(expiresAt, "expiresAt");
    return writing(entry, (l, e, change) -> {
      l.postings.expireDue(change);
      return l.postings.reserve(e, expiresAt, change);
    });
  }

  /**
   * Commits a reservation in full.
   *
   * @param id the reservation
   * @return the posted entry
   * @throws NotFoundException if there is no such entry
   * @throws ConflictException if it is not pending (already committed, voided or expired)
   */
  public PostedEntry commit(EntryId id) {
    return commit(id, null);
  }

  /**
   * Commits a reservation with smaller amounts (e.g. a card authorisation settled for less). Each amount
   * replaces the line's amount at the same position; it must be in the line's currency, have the same sign
   * and not exceed it; lines with a cost must be committed in full; the result must balance.
   *
   * @param id the reservation
   * @param amounts one amount per line
   * @return the posted entry
   */
  public PostedEntry commit(EntryId id, @Nullable List<Money> amounts) {
    Checks.notNull(id, "id");
    return writing(id, (l, i, change) -> {
      l.postings.expireDue(change);
      return l.postings.commit(i, amounts, change);
    });
  }

  /**
   * Voids a reservation (the second phase that cancels): its pending amounts stop counting.
   *
   * @param id the reservation
   * @return the entry with status {@link EntryStatus#VOIDED}
   * @throws NotFoundException if there is no such entry
   * @throws ConflictException if it is not pending
   */
  public PostedEntry voidReservation(EntryId id) {
    Checks.notNull(id, "id");
    return writing(id, (l, i, change) -> {
      l.postings.expireDue(change);
      return l.postings.voidReservation(i, change);
    });
  }

  /**
   * Expires every reservation whose expiry instant has passed by the clock. Posting methods do this too, so
   * calling it is needed only to release budget and constraints when nothing else is posted.
   *
   * @return the number of reservations expired
   */
  public int expireReservations() {
    return writing(null, (l, none, change) -> l.postings.expireDue(change));
  }

  /**
   * Reverses a posted entry (storno) with a new entry on the given date, linked to the original, described as
   * {@code Storno: <description>} and carrying the original's document and tags. An entry is reversed at most once.
   *
   * @param id the entry to reverse
   * @param date the reversal's effective date (in an open period)
   * @param mode red (same sides, negated amounts) or black (opposite sides)
   * @return the reversing entry, posted
   * @throws ConflictException if the entry is not posted or already reversed
   */
  public PostedEntry reverse(EntryId id, LocalDate date, ReversalMode mode) {
    Checks.notNull(id, "id");
    Checks.notNull(date, "date");
    Checks.notNull(mode, "mode");
    PostedEntry original = reading(id, (l, i) -> l.entries.reversible(i));
    JournalEntry reversal = Entries.reversal(original, date, mode);
    // post() checks again under its lock, so two threads reversing one entry cannot both succeed
    return post(reversal);
  }

  // ---------------------------------------------------------------------------------------------- periods

  /**
   * Soft-closes a period: from now on it accepts only adjusting entries.
   *
   * @param period a period of the ledger's fiscal calendar
   * @return the change
   */
  public PeriodChange softClosePeriod(AccountingPeriod period) {
    return changePeriod(period, PeriodState.SOFT_CLOSED, null);
  }

  /**
   * Closes a period: from now on it accepts nothing. Refused while reservations dated in it are open.
   *
   * @param period a period of the ledger's fiscal calendar
   * @return the change
   */
  public PeriodChange closePeriod(AccountingPeriod period) {
    return changePeriod(period, PeriodState.CLOSED, null);
  }

  /**
   * Reopens a soft-closed or closed period.
   *
   * @param period the period
   * @param reason why, for the audit trail; must not be blank
   * @return the change
   */
  public PeriodChange reopenPeriod(AccountingPeriod period, String reason) {
    Checks.notBlank(reason, "reason");
    return changePeriod(period, PeriodState.OPEN, reason);
  }

  private PeriodChange changePeriod(AccountingPeriod period, PeriodState to, @Nullable String reason) {
    Checks.notNull(period, "period");
    return writing(period, (l, p, change) -> {
      PeriodChange c = l.periods.change(p, to, reason, l.clock.instant(), l.reservations);
      change.append(new LedgerRecord.PeriodChanged(c), null, false);
      change.tell(x -> x.onPeriodChanged(c));
      return c;
    });
  }

  /**
   * Closes a fiscal year: posts the closing entry that moves every result account's balance (revenues and
   * expenses, per currency) to the result account, dated the last day of the year and marked adjusting, then
   * closes every period of the year. Balance-sheet accounts carry forward: their opening balances in the
   * next year equal their closing balances (see {@link YearEndClose#openingBalances()}).
   *
   * @param year the fiscal year
   * @param resultAccount the financial result account (860 in the Polish chart)
   * @return what was done
   * @throws ConflictException if every period of the year is already closed or a reservation is open in it
   */
  public YearEndClose closeYear(FiscalYear year, String resultAccount) {
    Checks.notNull(year, "year");
    Checks.notNull(resultAccount, "resultAccount");
    Optional<PostedEntry> closing = writing(year, (l, y, change) -> {
      YearEnd.Plan plan = l.yearEnd.plan(y, resultAccount, l.clock.instant());
      // the closing entry and the period changes are one group: after a crash, all of them or none
      Optional<PostedEntry> posted =
          plan.closing() == null ? Optional.empty() : Optional.of(l.postings.post(plan.closing(), change, true));
      for (int i = 0; i < plan.changes().size(); i++) {
        PeriodChange c = plan.changes().get(i);
        change.append(new LedgerRecord.PeriodChanged(c), null, i < plan.changes().size() - 1);
        change.tell(x -> x.onPeriodChanged(c));
      }
      return posted;
    });
    return YearEndClose.of(year, closing, openingBalances(year.next()));
  }

  /**
   * Closes a fiscal year to the Polish chart's result account {@value PolishChartOfAccounts#RESULT}.
   *
   * @param year the fiscal year
   * @return what was done
   */
  public YearEndClose closeYear(FiscalYear year) {
    return closeYear(year, PolishChartOfAccounts.RESULT);
  }

  /**
   * The opening balances of a fiscal year (bilans otwarcia): every balance-sheet account's balance as of
   * the day before the year starts — by construction equal to the previous year's closing balances.
   *
   * @param year the fiscal year
   * @return one row per balance-sheet account and currency with postings before the year
   */
  public ImmutableList<AccountBalance> openingBalances(FiscalYear year) {
    Checks.notNull(year, "year");
    return reading(year, (l, y) -> l.yearEnd.openingBalances(y));
  }

  // --------------------------------------------------------------------------------------------- accounts

  /**
   * Opens an account.
   *
   * @param account the account; its parent must exist
   * @return the account
   * @throws ConflictException if the code is taken
   */
  public Account openAccount(Account account) {
    openAccounts(List.of(Checks.notNull(account, "account")));
    return account;
  }

  /**
   * Opens several accounts at once, validated together (parents may come in the same call).
   *
   * @param accounts the accounts
   */
  public void openAccounts(Iterable<Account> accounts) {
    Checks.notNull(accounts, "accounts");
    writing(accounts, (l, given, change) -> l.accounts.open(given, l.clock, change));
  }

  /**
   * Changes an account: rename, block, change its limits or required dimensions. Its type and normal
   * balance cannot change once it has postings.
   *
   * @param account the account as it should be, with an existing code
   * @return the account
   */
  public Account updateAccount(Account account) {
    Checks.notNull(account, "account");
    return writing(account, (l, a, change) -> l.accounts.update(a, l.clock, change));
  }

  /**
   * Renames an account.
   *
   * @param code the code
   * @param name the new name
   * @return the renamed account
   */
  public Account renameAccount(String code, String name) {
    return updateAccount(chart().require(code).withName(name));
  }

  /**
   * Blocks an account: it accepts no postings or reservations until unblocked.
   *
   * @param code the code
   * @return the blocked account
   */
  public Account blockAccount(String code) {
    return updateAccount(chart().require(code).withBlocked(true));
  }

  /**
   * Unblocks an account.
   *
   * @param code the code
   * @return the account
   */
  public Account unblockAccount(String code) {
    return updateAccount(chart().require(code).withBlocked(false));
  }

  /**
   * Deletes an account that has never been posted to and has no children.
   *
   * @param code the code
   * @throws ConflictException if it has postings, reservations or analytic children
   */
  public void deleteAccount(String code) {
    Checks.notNull(code, "code");
    writing(code, (l, c, change) -> l.accounts.delete(c, l.clock, change));
  }

  // ------------------------------------------------------------------------------ the lock and the store

  /** A change under the write lock: the ledger, the change's argument, what it leaves for after the lock. */
  @FunctionalInterface
  private interface Write<A, R> {
    R run(Ledger ledger, A arg, Change change);
  }

  /**
   * The write template: every change runs here. Under the write lock, refuses if the store failed earlier and
   * runs the change; after unlocking, waits until what it appended is durable (so concurrent writers share a
   * sync), then runs its notes (listeners are called without the lock). Pass a method reference or a lambda
   * that captures nothing to keep the posting path free of allocation.
   */
  private <A, R> R writing(A arg, Write<A, R> change) {
    R result = null;
    RuntimeException rejected = null;
    long ticket = 0;
    List<Runnable> notes = null;
    lock.writeLock().lock();
    try {
      link.requireUsable();
      link.beginWrite();
      // one Change serves every change (posting allocates none); a change made from inside another (a guard
      // or listener that posts on the writing thread) gets its own
      Change c = lock.getWriteHoldCount() == 1 ? this.change.begin() : new Change(link, listeners);
      try {
        result = change.run(this, arg, c);
      } catch (RuntimeException e) {
        rejected = e; // the write still ends below: a shared store releases what beginWrite held
      }
      entries.endChange();
      ticket = c.ticket;
      notes = c.takeNotes();
    } finally {
      lock.writeLock().unlock();
    }
    try {
      link.endWrite(ticket);
    } catch (RuntimeException e) {
      if (rejected == null) {
        throw e;
      }
      rejected.addSuppressed(e);
    }
    if (rejected != null) {
      throw rejected;
    }
    Change.run(notes);
    return result;
  }

  /**
   * Reads what other writers sharing this ledger's store (other processes on one database) committed since
   * this ledger last wrote or refreshed, so that the queries after it see it. Every change catches up by
   * itself before it is checked; balances, the chart, periods and pending reservations show what this ledger has
   * read: call this before such a query when it must see other processes' latest entries. (Entry look-ups and
   * searches over a store that keeps the journal, such as the database store, read the store and see every
   * committed entry.) A store with one writer has nothing to read.
   *
   * @throws LedgerStoreException if the store failed
   */
  public void refresh() {
    lock.writeLock().lock();
    try {
      link.catchUp();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Makes a change of a guard's own state — budget control's budgets, revisions and commitments — as records of
   * this ledger's store: runs the change under the write lock (after catching up with a shared store), where it
   * appends its records through the recorder, which hands them to the guard's {@link PostingGuard#onRecord}; then
   * waits until they are durable. A ledger rebuilt from the store hands the guard the same records again.
   *
   * @param guard a guard this ledger was built with that keeps records ({@link PostingGuard#recordName()})
   * @param change the change
   * @param <T> its result
   * @return what the change returns
   * @throws ConflictException if the guard is not one of this ledger's or keeps no records
   * @throws LedgerStoreException if the store failed (the guard's state is then unchanged)
   */
  public <T> T writeGuardRecords(PostingGuard guard, GuardChange<T> change) {
    Checks.notNull(guard, "guard");
    Checks.notNull(change, "change");
    return writing(change, (l, c, ch) -> l.engine.guardChange(guard, c, ch));
  }

  /** The read template: every query runs here, under the read lock, and so sees one consistent state. */
  private <A, R> R reading(A arg, BiFunction<Ledger, A, R> query) {
    lock.readLock().lock();
    try {
      return query.apply(this, arg);
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------- queries

  @Override
  public CurrencyUnit baseCurrency() {
    return base;
  }

  @Override
  public ChartOfAccounts chart() {
    return accounts.chart();
  }

  @Override
  public FiscalCalendar calendar() {
    return calendar;
  }

  /** The ledger's clock. */
  public Clock clock() {
    return clock;
  }

  @Override
  public ImmutableMap<CurrencyUnit, Balance> balances(BalanceQuery q) {
    Checks.notNull(q, "query");
    return reading(q, (l, query) -> l.queries.balances(query));
  }

  @Override
  public ImmutableList<AccountBalance> accountBalances(@Nullable LocalDate from, @Nullable LocalDate to) {
    return reading(from, (l, f) -> l.queries.accountBalances(f, to));
  }

  @Override
  public Optional<PostedEntry> entry(EntryId id) {
    return reading(id, (l, i) -> Optional.ofNullable(l.entries.lookup(i)));
  }

  @Override
  public Optional<EntryId> reversedBy(EntryId id) {
    return reading(id, (l, i) -> Optional.ofNullable(l.entries.reversedBy(i)));
  }

  @Override
  public Page<PostedEntry> entries(EntryQuery q) {
    Checks.notNull(q, "query");
    return reading(q, (l, query) -> l.search.entries(query));
  }

  @Override
  public Stream<PostedEntry> journal() {
    return entries.stream();
  }

  @Override
  public long postedCount() {
    return entries.size();
  }

  @Override
  public ImmutableList<PostedEntry> pending() {
    return reading(null, (l, none) -> ImmutableList.copyOf(l.reservations.open()));
  }

  @Override
  public PeriodState periodState(AccountingPeriod period) {
    Checks.notNull(period, "period");
    return reading(period, (l, p) -> l.periods.state(p));
  }

  @Override
  public ImmutableList<PeriodChange> periodHistory() {
    return reading(null, (l, none) -> l.periods.history());
  }

  /**
   * Runs a read-only action on a consistent snapshot: no change is applied while it runs. Reports that make
   * several queries use this so that their figures agree with each other.
   *
   * @param action the queries
   * @param <T> the result type
   * @return what the action returns
   */
  @Override
  public <T> T read(Function<LedgerView, T> action) {
    return reading(action, (l, a) -> a.apply(l));
  }

  /** The store this ledger writes to. */
  public LedgerStore store() {
    return store;
  }

  /** Closes the store. */
  @Override
  public void close() {
    store.close();
  }

  // ---------------------------------------------------------------------------------------------- builder

  /** Builds a {@link Ledger}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private CurrencyUnit baseCurrency = Monies.PLN;
    private FiscalCalendar calendar = FiscalCalendar.calendarYears();
    private ChartOfAccounts chart = ChartOfAccounts.empty();
    private LedgerStore store = new InMemoryLedgerStore();
    private final ImmutableList.Builder<PostingGuard> guards = ImmutableList.builder();
    private final ImmutableList.Builder<Listeners.Registration> listeners = ImmutableList.builder();

    private Builder() {}

    /**
     * The clock for booking instants and reservation expiry.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull(value, "clock");
      return this;
    }

    /**
     * The currency the books are kept in (default PLN).
     *
     * @param value the currency
     * @return this builder
     */
    public Builder baseCurrency(CurrencyUnit value) {
      this.baseCurrency = Checks.notNull(value, "baseCurrency");
      return this;
    }

    /**
     * The fiscal calendar (default: calendar years with monthly periods).
     *
     * @param value the calendar
     * @return this builder
     */
    public Builder calendar(FiscalCalendar value) {
      this.calendar = Checks.notNull(value, "calendar");
      return this;
    }

    /**
     * The initial chart, opened when the ledger is built on an empty store. A store that already has records
     * keeps the chart they describe (change it with the account methods).
     *
     * @param value the chart
     * @return this builder
     */
    public Builder chart(ChartOfAccounts value) {
      this.chart = Checks.notNull(value, "chart");
      return this;
    }

    /**
     * The store (default: in memory). A store with records is replayed to rebuild the ledger.
     *
     * @param value the store
     * @return this builder
     */
    public Builder store(LedgerStore value) {
      this.store = Checks.notNull(value, "store");
      return this;
    }

    /**
     * Adds a guard, asked after the ledger's own checks, in the order added.
     *
     * @param value the guard
     * @return this builder
     */
    public Builder guard(PostingGuard value) {
      guards.add(Checks.notNull(value, "guard"));
      return this;
    }

    /**
     * Adds a listener called on the thread that made the change, after it is committed.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder listener(LedgerListener value) {
      listeners.add(new Listeners.Registration(Checks.notNull(value, "listener"), null));
      return this;
    }

    /**
     * Adds a listener called on the given executor.
     *
     * @param value the listener
     * @param executor where to call it
     * @return this builder
     */
    public Builder listener(LedgerListener value, Executor executor) {
      listeners.add(new Listeners.Registration(Checks.notNull(value, "listener"), Checks.notNull(executor, "executor")));
      return this;
    }

    /**
     * Builds the ledger, replaying the store's records.
     *
     * @return the ledger
     */
    public Ledger build() {
      return new Ledger(this);
    }
  }
}
