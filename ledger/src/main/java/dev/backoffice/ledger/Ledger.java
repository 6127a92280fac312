package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.PeriodClosedException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalCalendar;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingOutcome;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.IdempotencyConflictException;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.event.LedgerListener;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.guard.ProposedPosting;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
  /** The most lines one entry may have: a bound on the work one posting does under the write lock. */
  private static final int MAX_LINES = (1 << 20) - 1;

  /** The notes of a change when nobody listens: every add is guarded by a check that listeners exist. */
  private static final List<Runnable> NO_NOTES = List.of();

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Clock clock;
  private final CurrencyUnit base;
  private final FiscalCalendar calendar;
  private final LedgerStore store;
  private final ImmutableList<PostingGuard> guards;
  private final ImmutableList<Registration> listeners;

  private volatile ChartOfAccounts chart = ChartOfAccounts.empty();
  private final AccountIndex states = new AccountIndex();
  private final HashMap<IdempotencyKey, PostedEntry> byKey = new HashMap<>();
  /** Entries whose id is not of the form E<n>; those of that form live in {@link #numbered}. */
  private final HashMap<EntryId, PostedEntry> byId = new HashMap<>();
  /**
   * Entries with ids E<n>, by n (the ledger's own ids and callers' ids of that form): no hashing on the hot
   * path. A posted entry E<n> at journal index n − 1 (so every entry a ledger numbers itself, while it makes
   * no reservations) is found in the journal and takes no slot here.
   */
  private final Journal numbered = new Journal();
  private final HashMap<EntryId, EntryId> reversedBy = new HashMap<>();
  private final LinkedHashMap<EntryId, PostedEntry> pending = new LinkedHashMap<>();
  private final List<PostedEntry> released = new ArrayList<>();
  private final PriorityQueue<PostedEntry> expiries =
      new PriorityQueue<>(Comparator.comparing((PostedEntry p) -> p.expiresAt().orElseThrow()));
  private final TreeMap<LocalDate, PeriodChange> nonOpen = new TreeMap<>();
  private final List<PeriodChange> periodHistory = new ArrayList<>();
  private final Journal journal = new Journal();
  /** How many journal entries the books' day slots hold (see {@link #catchUpDayIndexes}). */
  private volatile int dayIndexed;
  /** Held by the one reader that catches the day slots up. */
  private final Object dayIndexLock = new Object();
  private long nextAutoId = 1;
  private long validationMark;
  /** The books the entry being validated moves: touched[0 .. touchedCount). */
  private CurrencyBook[] touched = new CurrencyBook[8];
  private int touchedCount;
  private volatile boolean failed;

  private Ledger(Builder b) {
    this.clock = b.clock;
    this.base = b.baseCurrency;
    this.calendar = b.calendar;
    this.store = b.store;
    this.guards = b.guards.build();
    this.listeners = b.listeners.build();
    long[] records = {0};
    batchingAccounts = true;
    try {
      store.replay(r -> {
        records[0]++;
        apply(r);
      });
    } finally {
      batchingAccounts = false;
      flushAccounts();
    }
    if (records[0] > 0) {
      return; // an existing store keeps its own chart: deleted or changed accounts stay as they were left
    }
    List<Account> missing = new ArrayList<>();
    for (Account a : b.chart.accounts()) {
      if (!chart.contains(a.code())) {
        missing.add(a);
      }
    }
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
    List<Runnable> notes = listeners.isEmpty() ? NO_NOTES : new ArrayList<>(2);
    PostedEntry result;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      expireDue(notes);
      result = postLocked(entry, notes);
      // also covers an earlier result returned for a repeated key that another writer may still be syncing
      ticket = lastTicket;
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    runAll(notes);
    return result;
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
    List<Runnable> notes = listeners.isEmpty() ? NO_NOTES : new ArrayList<>(entries.size() * 2);
    List<PostingOutcome> outcomes = new ArrayList<>(entries.size());
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      expireDue(notes);
      for (int i = 0; i < entries.size(); i++) {
        PostedEntry posted;
        try {
          posted = postLocked(entries.get(i), notes);
        } catch (LedgerStoreException e) {
          throw e;
        } catch (BackOfficeException e) {
          outcomes.add(PostingOutcome.rejected(i, e));
          continue;
        }
        outcomes.add(PostingOutcome.posted(i, posted));
      }
      ticket = lastTicket;
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    runAll(notes);
    return BatchResult.of(outcomes);
  }

  /** Posts under the write lock held by the caller; notifications go to {@code notes}, to run after unlocking. */
  private PostedEntry postLocked(JournalEntry entry, List<Runnable> notes) {
    PostedEntry earlier = earlierResult(entry);
    if (earlier != null) {
      return earlier;
    }
    EntryId id = idFor(entry);
    PostedEntry original = entry.reversalOf().isPresent() ? reversible(entry.reversalOf().get()) : null;
    ImmutableList<PostingWarning> warnings = validate(entry, id, PostingKind.POST, null);
    PostedEntry result =
        PostedEntry.of(id, journal.size() + 1L, clock.instant(), entry, EntryStatus.POSTED, Optional.empty(), warnings);
    write(new LedgerRecord.EntryPosted(result));
    if (!guards.isEmpty()) {
      applied(proposal(PostingKind.POST, entry, null), result);
    }
    if (!listeners.isEmpty()) {
      notes.add(() -> notify(l -> l.onPosted(result)));
      if (original != null) {
        notes.add(() -> notify(l -> l.onReversed(original, result)));
      }
    }
    return result;
  }

  /** The entry a reversal names, if it may be reversed: posted and not reversed yet. */
  private PostedEntry reversible(EntryId id) {
    PostedEntry original = lookup(id);
    if (original == null) {
      throw new NotFoundException("entry", id.value());
    }
    if (original.status() != EntryStatus.POSTED) {
      throw new ConflictException("entry " + id, "is " + original.status() + " and cannot be reversed"
          + (original.status() == EntryStatus.PENDING ? "; void the reservation instead" : ""));
    }
    EntryId by = reversedBy.get(id);
    if (by != null) {
      throw new ConflictException("entry " + id, "is already reversed by entry " + by);
    }
    return original;
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
    lock.writeLock().lock();
    try {
      PostedEntry earlier = earlierResult(entry);
      if (earlier != null) {
        return earlier.warnings();
      }
      return validate(entry, entry.id().orElse(null), PostingKind.POST, null);
    } finally {
      lock.writeLock().unlock();
    }
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
    List<Runnable> notes = new ArrayList<>(2);
    PostedEntry result;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      expireDue(notes);
      PostedEntry earlier = earlierResult(entry);
      if (earlier != null) {
        return earlier;
      }
      EntryId id = idFor(entry);
      Instant now = clock.instant();
      Checks.check(expiresAt.isAfter(now), "entry " + id, "expiresAt", expiresAt, "must be after now (" + now + ")");
      ImmutableList<PostingWarning> warnings = validate(entry, id, PostingKind.RESERVE, null);
      ProposedPosting proposal = proposal(PostingKind.RESERVE, entry, null);
      result = PostedEntry.of(id, 0, now, entry, EntryStatus.PENDING, Optional.of(expiresAt), warnings);
      ticket = write(new LedgerRecord.EntryReserved(result));
      applied(proposal, result);
      notes.add(() -> notify(l -> l.onReserved(result)));
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    runAll(notes);
    return result;
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
    List<Runnable> notes = new ArrayList<>(2);
    PostedEntry result;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      expireDue(notes);
      PostedEntry reservation = requirePending(id);
      JournalEntry entry = amounts == null ? reservation.entry() : withAmounts(reservation, amounts);
      ImmutableList<PostingWarning> warnings = validate(entry, id, PostingKind.COMMIT, reservation);
      ProposedPosting proposal = proposal(PostingKind.COMMIT, entry, reservation);
      result = PostedEntry.of(id, journal.size() + 1L, clock.instant(), entry, EntryStatus.POSTED, Optional.empty(),
          ImmutableList.<PostingWarning>builder().addAll(reservation.warnings()).addAll(warnings).build());
      ticket = write(new LedgerRecord.ReservationCommitted(result));
      applied(proposal, result);
      notes.add(() -> notify(l -> l.onCommitted(result)));
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    runAll(notes);
    return result;
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
    List<Runnable> notes = new ArrayList<>(2);
    PostedEntry result;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      expireDue(notes);
      PostedEntry reservation = requirePending(id);
      ticket = write(new LedgerRecord.ReservationVoided(id, clock.instant()));
      result = lookup(id);
      applied(ProposedPosting.of(PostingKind.VOID, reservation.entry(), Optional.of(reservation)), result);
      notes.add(() -> notify(l -> l.onReleased(result)));
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    runAll(notes);
    return result;
  }

  /**
   * Expires every reservation whose expiry instant has passed by the clock. Posting methods do this too, so
   * calling it is needed only to release budget and constraints when nothing else is posted.
   *
   * @return the number of reservations expired
   */
  public int expireReservations() {
    List<Runnable> notes = new ArrayList<>();
    int n;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      n = expireDue(notes);
      ticket = lastTicket;
    } finally {
      lock.writeLock().unlock();
    }
    if (n > 0) {
      awaitDurable(ticket);
    }
    runAll(notes);
    return n;
  }

  /**
   * Reverses a posted entry (storno) with a new entry on the given date, linked to the original. An entry is
   * reversed at most once.
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
    PostedEntry original;
    lock.readLock().lock();
    try {
      original = reversible(id);
    } finally {
      lock.readLock().unlock();
    }
    ImmutableJournalEntry.Builder b = JournalEntry.builder()
        .date(date)
        .description(truncate("Storno: " + original.entry().description(), 512))
        .adjusting(original.entry().adjusting())
        .reversalOf(id);
    original.entry().document().ifPresent(b::document);
    for (JournalLine l : original.lines()) {
      b.addLines(mode == ReversalMode.RED ? l.negated() : l.withOppositeSide());
    }
    // post() checks again under its lock, so two threads reversing one entry cannot both succeed
    return post(b.build());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
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
    PeriodChange change;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      change = periodChange(period, to, reason);
      ticket = write(new LedgerRecord.PeriodChanged(change));
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    PeriodChange c = change;
    notify(l -> l.onPeriodChanged(c));
    return change;
  }

  /** Validates a period transition and returns the change, without writing it. */
  private PeriodChange periodChange(AccountingPeriod period, PeriodState to, @Nullable String reason) {
    AccountingPeriod actual = calendar.periodOf(period.start());
    if (!actual.equals(period)) {
      throw new ValidationException("period", period.id(), "must be a period of the fiscal calendar (the date "
          + period.start() + " lies in " + actual.id() + ")");
    }
    PeriodState from = periodState(period);
    String subject = "period " + period.id();
    if (from == to) {
      throw new ConflictException(subject, "is already " + to);
    }
    if (to == PeriodState.SOFT_CLOSED && from == PeriodState.CLOSED) {
      throw new ConflictException(subject, "is CLOSED; reopen it before soft-closing");
    }
    if (to != PeriodState.OPEN) {
      for (PostedEntry p : pending.values()) {
        if (period.contains(p.date())) {
          throw new ConflictException(subject, "has an open reservation, entry " + p.id() + "; commit or void it first");
        }
      }
    }
    return PeriodChange.of(period, from, to, Optional.ofNullable(reason), clock.instant());
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
    List<Runnable> notes = new ArrayList<>();
    Optional<PostedEntry> closing;
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      chart.require(resultAccount);
      boolean allClosed = year.periods().stream().allMatch(p -> periodState(p) == PeriodState.CLOSED);
      if (allClosed) {
        throw new ConflictException("fiscal year " + year.id(), "is already closed");
      }
      List<PeriodChange> changes = new ArrayList<>(); // validates first: no open reservations
      for (AccountingPeriod p : year.periods()) {
        if (periodState(p) != PeriodState.CLOSED) {
          changes.add(periodChange(p, PeriodState.CLOSED, "year-end close " + year.id()));
        }
      }
      JournalEntry entry = closingEntry(year, resultAccount);
      // the closing entry and the period changes are one group: after a crash, all of them or none
      groupContinues = true;
      closing = entry == null ? Optional.empty() : Optional.of(postLocked(entry, notes));
      ticket = lastTicket;
      for (int i = 0; i < changes.size(); i++) {
        PeriodChange c = changes.get(i);
        groupContinues = i < changes.size() - 1;
        ticket = write(new LedgerRecord.PeriodChanged(c));
        notes.add(() -> notify(l -> l.onPeriodChanged(c)));
      }
    } finally {
      groupContinues = false;
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    runAll(notes);
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

  private @Nullable JournalEntry closingEntry(FiscalYear year, String resultAccount) {
    ImmutableJournalEntry.Builder b = JournalEntry.builder()
        .date(year.end())
        .document(DocumentRef.of("PK", "ZR/" + year.id(), year.end()))
        .description("Zamknięcie roku obrotowego " + year.id() + ": przeniesienie wyniku na konto " + resultAccount)
        .adjusting(true);
    Map<CurrencyUnit, Money[]> toResult = new TreeMap<>();
    int lines = 0;
    catchUpDayIndexes(null, year.end());
    for (Account a : chart.accounts()) {
      if (a.category() != AccountCategory.RESULT) {
        continue;
      }
      AccountState st = states.get(a.code());
      for (CurrencyBook book : st.books) {
        long[] s = book.sum(null, year.end());
        long net = s[DayIndex.DR] - s[DayIndex.CR];
        if (net == 0) {
          continue;
        }
        Money amount = Money.ofMinor(book.currency, Math.abs(net));
        Money[] sums = toResult.computeIfAbsent(book.currency, c -> new Money[] {Money.zero(c), Money.zero(c)});
        if (net > 0) { // debit balance (costs): credit it, debit the result
          b.addLines(JournalLine.credit(a.code(), amount));
          sums[0] = sums[0].plus(amount);
        } else {
          b.addLines(JournalLine.debit(a.code(), amount));
          sums[1] = sums[1].plus(amount);
        }
        lines++;
      }
    }
    if (lines == 0) {
      return null;
    }
    for (Money[] sums : toResult.values()) {
      if (!sums[0].isZero()) {
        b.addLines(JournalLine.debit(resultAccount, sums[0]));
      }
      if (!sums[1].isZero()) {
        b.addLines(JournalLine.credit(resultAccount, sums[1]));
      }
    }
    return b.build();
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
    return accountBalances(null, year.start().minusDays(1)).stream()
        .filter(r -> chart.require(r.account()).category() == AccountCategory.BALANCE_SHEET)
        .collect(ImmutableList.toImmutableList());
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
    List<Account> list = new ArrayList<>();
    accounts.forEach(list::add);
    long ticket = 0;
    lock.writeLock().lock();
    try {
      ensureUsable();
      for (Account a : list) {
        if (chart.contains(a.code())) {
          throw new ConflictException("account " + a.code(), "already exists");
        }
      }
      chart.withAll(list); // validates the tree before anything is written
      Instant now = clock.instant();
      batchingAccounts = true;
      for (int i = 0; i < list.size(); i++) {
        groupContinues = i < list.size() - 1; // all the accounts or none of them after a crash
        ticket = write(new LedgerRecord.AccountSaved(list.get(i), now));
      }
    } finally {
      groupContinues = false;
      batchingAccounts = false;
      flushAccounts();
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    for (Account a : list) {
      notify(l -> l.onAccountSaved(a));
    }
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
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      Account old = chart.require(account.code());
      AccountState st = states.get(account.code());
      if (st.hasPostings() && (old.type() != account.type() || old.normalBalance() != account.normalBalance())) {
        throw new ConflictException("account " + account.code(), "has postings; its type and normal balance cannot change");
      }
      chart.with(account);
      ticket = write(new LedgerRecord.AccountSaved(account, clock.instant()));
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
    notify(l -> l.onAccountSaved(account));
    return account;
  }

  /**
   * Renames an account.
   *
   * @param code the code
   * @param name the new name
   * @return the renamed account
   */
  public Account renameAccount(String code, String name) {
    return updateAccount(chart.require(code).withName(name));
  }

  /**
   * Blocks an account: it accepts no postings or reservations until unblocked.
   *
   * @param code the code
   * @return the blocked account
   */
  public Account blockAccount(String code) {
    return updateAccount(chart.require(code).withBlocked(true));
  }

  /**
   * Unblocks an account.
   *
   * @param code the code
   * @return the account
   */
  public Account unblockAccount(String code) {
    return updateAccount(chart.require(code).withBlocked(false));
  }

  /**
   * Deletes an account that has never been posted to and has no children.
   *
   * @param code the code
   * @throws ConflictException if it has postings, reservations or analytic children
   */
  public void deleteAccount(String code) {
    Checks.notNull(code, "code");
    long ticket;
    lock.writeLock().lock();
    try {
      ensureUsable();
      chart.require(code);
      AccountState st = states.get(code);
      if (st.hasPostings()) {
        throw new ConflictException("account " + code, "has " + st.lineCount + " posted and " + st.pendingLines
            + " pending lines and cannot be deleted; block it instead");
      }
      chart.without(code);
      ticket = write(new LedgerRecord.AccountDeleted(code, clock.instant()));
    } finally {
      lock.writeLock().unlock();
    }
    awaitDurable(ticket);
  }

  // ------------------------------------------------------------------------------------------- validation

  private void ensureUsable() {
    if (failed) {
      throw new LedgerStoreException("the ledger's store failed earlier; reopen the ledger from its store");
    }
  }

  /** The earlier result for a repeated key or id with the same content; conflict for different content. */
  private @Nullable PostedEntry earlierResult(JournalEntry entry) {
    if (entry.idempotencyKey().isPresent()) {
      PostedEntry earlier = byKey.get(entry.idempotencyKey().get());
      if (earlier != null) {
        return sameOrConflict(earlier, entry, entry.idempotencyKey().get().value());
      }
    }
    if (entry.id().isPresent()) {
      PostedEntry earlier = lookup(entry.id().get());
      if (earlier != null) {
        return sameOrConflict(earlier, entry, entry.id().get().value());
      }
    }
    return null;
  }

  /**
   * The earlier entry if it holds the same content, else a conflict on the key. A committed reservation is
   * compared with its committed content, so after a partial commit the original request counts as different.
   */
  private static PostedEntry sameOrConflict(PostedEntry earlier, JournalEntry entry, String key) {
    if (earlier.entry().equals(entry)) {
      return earlier;
    }
    throw new IdempotencyConflictException(key, earlier.id().value());
  }

  private EntryId idFor(JournalEntry entry) {
    if (entry.id().isPresent()) {
      return entry.id().get();
    }
    // The counter moves only when an entry is written (see remember), so a rejected entry uses up no id;
    // every id of the form E<n> already taken, also a caller's, has n below the counter, so this one is free.
    return EntryId.ofNumber(nextAutoId);
  }

  private PostedEntry requirePending(EntryId id) {
    PostedEntry p = lookup(id);
    if (p == null) {
      throw new NotFoundException("entry", id.value());
    }
    if (p.status() != EntryStatus.PENDING) {
      throw new ConflictException("entry " + id, "is " + p.status() + ", not a pending reservation");
    }
    return p;
  }

  private JournalEntry withAmounts(PostedEntry reservation, List<Money> amounts) {
    String subject = "entry " + reservation.id();
    List<JournalLine> lines = reservation.lines();
    Checks.check(amounts.size() == lines.size(), subject, "amounts", amounts.size(),
        "must give one amount for each of the " + lines.size() + " lines");
    List<JournalLine> committed = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JournalLine l = lines.get(i);
      Money m = Checks.notNull(amounts.get(i), "amounts[" + i + "]");
      String field = "amounts[" + i + "]";
      Checks.check(m.getCurrencyUnit().equals(l.amount().getCurrencyUnit()), subject, field, m, "must be in " + l.amount().getCurrencyUnit());
      Checks.check(m.isZero() || m.getAmount().signum() == l.amount().getAmount().signum(), subject, field, m,
          "must have the sign of the reserved amount " + l.amount());
      Checks.check(m.abs().compareTo(l.amount().abs()) <= 0, subject, field, m,
          "must not exceed the reserved amount " + l.amount());
      Checks.check(l.cost().isEmpty() || m.equals(l.amount()), subject, field, m,
          "must equal the reserved amount " + l.amount() + " on a line with a cost");
      committed.add(ImmutableJournalLine.copyOf(l).withAmount(m));
    }
    return ImmutableJournalEntry.copyOf(reservation.entry()).withLines(committed);
  }

  /**
   * Runs every check of a proposed change without changing anything but scratch fields.
   *
   * @param reservation for a commit: the reservation whose pending amounts the commit releases
   */
  private ImmutableList<PostingWarning> validate(
      JournalEntry entry, @Nullable EntryId id, PostingKind kind, @Nullable PostedEntry reservation) {
    checkPeriod(entry, id);
    if (entry.lines().size() > MAX_LINES) {
      throw new ValidationException(subject(id, entry), "lines", entry.lines().size(), "must be at most " + MAX_LINES);
    }
    long mark = ++validationMark;
    touchedCount = 0;
    boolean pendingKind = kind == PostingKind.RESERVE;
    preparedFor = null;
    checkedProposal = null;
    try {
      ImmutableList<JournalLine> lines = entry.lines();
      int ln = lines.size();
      reservePrepared(ln);
      // First read what every line needs of the caller's objects (the code's hash, the amount in minor units):
      // the lines do not depend on each other, so their cache misses overlap instead of each waiting behind the
      // previous line's account lookup. The checks below still run line by line in their usual order.
      int[] hashes = prepHash;
      long[] raw = prepMinor;
      for (int li = 0; li < ln; li++) {
        JournalLine line = lines.get(li);
        hashes[li] = line.account().hashCode();
        raw[li] = rawMinor(line.amount());
      }
      for (int li = 0; li < ln; li++) {
        JournalLine line = lines.get(li);
        AccountState st = states.get(line.account(), hashes[li]);
        if (st == null) {
          throw new PostingRejectedException(subject(id, entry), line.account(), "account does not exist in the chart of accounts");
        }
        Money amount = line.amount();
        CurrencyUnit cu = amount.getCurrencyUnit();
        if (!st.plain) {
          checkAccount(st.account, line, cu, id, entry);
        }
        long minor = checkMinor(raw[li], amount, id, entry, line);
        long baseMinor;
        if (cu.equals(base)) {
          baseMinor = minor;
        } else {
          Optional<Money> cost = line.cost();
          baseMinor = cost.isPresent() && cost.get().getCurrencyUnit().equals(base) ? minor(cost.get(), id, entry, line) : 0;
        }
        // an account's first line in a currency creates an empty book: it has no lines, so no query shows it
        CurrencyBook book = st.bookOrCreate(cu);
        prepare(li, book, minor, baseMinor);
        if (book.mark != mark) {
          book.resetDeltas(mark);
          touch(book);
        }
        if (line.side() == Side.DEBIT) {
          if (pendingKind) {
            book.dPendingDr = Math.addExact(book.dPendingDr, minor);
          } else {
            book.dPostedDr = Math.addExact(book.dPostedDr, minor);
          }
        } else if (pendingKind) {
          book.dPendingCr = Math.addExact(book.dPendingCr, minor);
        } else {
          book.dPostedCr = Math.addExact(book.dPostedCr, minor);
        }
      }
      if (reservation != null) { // a commit releases the reserved pending amounts
        for (JournalLine line : reservation.lines()) {
          AccountState st = states.get(line.account());
          CurrencyBook book = st.bookOrCreate(line.amount().getCurrencyUnit());
          if (book.mark != mark) {
            book.resetDeltas(mark);
            touch(book);
          }
          long minor = line.amount().getAmountMinorLong();
          if (line.side() == Side.DEBIT) {
            book.dPendingDr -= minor;
          } else {
            book.dPendingCr -= minor;
          }
        }
      }
      CurrencyBook[] t = touched;
      for (int i = 0, n = touchedCount; i < n; i++) {
        CurrencyBook book = t[i];
        Math.addExact(book.postedDr, book.dPostedDr);
        Math.addExact(book.postedCr, book.dPostedCr);
        Math.addExact(book.pendingDr, book.dPendingDr);
        Math.addExact(book.pendingCr, book.dPendingCr);
        if (!book.owner.unconstrained) {
          checkConstraint(book.owner.account, book, id, entry);
        }
      }
    } catch (ArithmeticException overflow) {
      throw new ValidationException(subject(id, entry), "lines", entry.lines().size() + " lines",
          "must keep every balance within ±9.2e18 minor units");
    }
    preparedFor = entry;
    if (guards.isEmpty()) {
      return ImmutableList.of();
    }
    ProposedPosting proposal = ProposedPosting.of(kind, entry, Optional.ofNullable(reservation));
    ImmutableList.Builder<PostingWarning> warnings = ImmutableList.builder();
    for (PostingGuard g : guards) {
      warnings.addAll(g.check(proposal, this));
    }
    checkedProposal = proposal;
    return warnings.build();
  }

  /** The proposal the guards checked last, if it was validated and not yet applied. */
  private @Nullable ProposedPosting checkedProposal;

  /**
   * The proposal to hand to the guards' {@code onApplied}: the very object {@link #validate} gave to their
   * {@code check} when it is the same posting, so that a guard can reuse what it computed there (the budget
   * guard does), else a new one.
   */
  private ProposedPosting proposal(PostingKind kind, JournalEntry entry, @Nullable PostedEntry reservation) {
    ProposedPosting p = checkedProposal;
    checkedProposal = null;
    if (p != null && p.kind() == kind && p.entry() == entry && p.reservation().orElse(null) == reservation) {
      return p;
    }
    return ProposedPosting.of(kind, entry, Optional.ofNullable(reservation));
  }

  // What validate resolved for each line of the entry it passed last, so that applying it does not look
  // the accounts up and convert the amounts a second time. Valid only while preparedFor is that entry.
  private @Nullable JournalEntry preparedFor;
  private CurrencyBook[] prepBooks = new CurrencyBook[8];
  private long[] prepMinor = new long[8];
  private long[] prepBase = new long[8];

  private int[] prepHash = new int[8];

  private void reservePrepared(int lines) {
    if (lines > prepBooks.length) {
      int n = Math.max(lines, prepBooks.length * 2);
      prepBooks = java.util.Arrays.copyOf(prepBooks, n);
      prepMinor = java.util.Arrays.copyOf(prepMinor, n);
      prepBase = java.util.Arrays.copyOf(prepBase, n);
      prepHash = java.util.Arrays.copyOf(prepHash, n);
    }
  }

  /** Stores line i's resolution; {@link #reservePrepared} made room for it. */
  private void prepare(int i, CurrencyBook book, long minor, long baseMinor) {
    prepBooks[i] = book;
    prepMinor[i] = minor;
    prepBase[i] = baseMinor;
  }

  /** The checks of an account that is not {@link AccountState#plain plain}: blocked, currency, leaf, dimensions. */
  private void checkAccount(Account a, JournalLine line, CurrencyUnit cu, @Nullable EntryId id, JournalEntry entry) {
    if (a.blocked()) {
      throw new PostingRejectedException(subject(id, entry), a.code(), "account is blocked");
    }
    if (!a.allows(cu)) {
      throw new PostingRejectedException(subject(id, entry), a.code(), "currency " + cu + " is not allowed (allowed: "
          + a.allowedCurrencies() + ")");
    }
    ChartOfAccounts c = chart;
    if (a.leafOnly() && !c.isLeaf(a.code())) {
      throw new PostingRejectedException(subject(id, entry), a.code(),
          "postings are allowed only on analytic accounts " + c.children(a.code()));
    }
    for (Dimension d : a.requiredDimensions()) {
      if (!line.dimensions().has(d)) {
        throw new PostingRejectedException(subject(id, entry), a.code(), "posting must carry dimension '" + d + "'");
      }
    }
  }

  private void touch(CurrencyBook book) {
    if (touchedCount == touched.length) {
      touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
    }
    touched[touchedCount++] = book;
  }

  /** The name of an entry in messages ("entry E17"), built only when a message needs it (never on the hot path). */
  private static String subject(@Nullable EntryId id, JournalEntry entry) {
    return id != null ? "entry " + id : entry.subject();
  }

  private static long minor(Money m, @Nullable EntryId id, JournalEntry entry, JournalLine line) {
    return checkMinor(rawMinor(m), m, id, entry, line);
  }

  /** The amount in minor units, {@code Long.MAX_VALUE} when beyond a long (then out of range anyway). */
  private static long rawMinor(Money m) {
    try {
      return m.getAmountMinorLong();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** {@code v}, the minor units of {@code m}, if within the line limit. */
  private static long checkMinor(long v, Money m, @Nullable EntryId id, JournalEntry entry, JournalLine line) {
    if (v > MAX_LINE_MINOR_UNITS || v < -MAX_LINE_MINOR_UNITS) {
      throw new ValidationException(subject(id, entry), "line on " + line.account(), m, "must not exceed " + MAX_LINE_MINOR_UNITS
          + " minor units in absolute value");
    }
    return v;
  }

  private void checkConstraint(Account a, CurrencyBook book, @Nullable EntryId id, JournalEntry entry) {
    BalanceConstraint k = a.constraint();
    if (k == BalanceConstraint.NONE) {
      return;
    }
    long limit = a.overdraftLimit().filter(l -> l.getCurrencyUnit().equals(book.currency))
        .map(Money::getAmountMinorLong).orElse(0L);
    long limitedSideDelta;
    long available;
    long exposure;
    if (k == BalanceConstraint.DEBITS_MUST_NOT_EXCEED_CREDITS) {
      limitedSideDelta = book.dPostedDr + book.dPendingDr - book.dPostedCr;
      available = book.postedCr + limit - book.postedDr - book.pendingDr;
      exposure = (book.postedDr + book.dPostedDr + book.pendingDr + book.dPendingDr) - (book.postedCr + book.dPostedCr) - limit;
    } else {
      limitedSideDelta = book.dPostedCr + book.dPendingCr - book.dPostedDr;
      available = book.postedDr + limit - book.postedCr - book.pendingCr;
      exposure = (book.postedCr + book.dPostedCr + book.pendingCr + book.dPendingCr) - (book.postedDr + book.dPostedDr) - limit;
    }
    if (exposure > 0 && limitedSideDelta > 0) {
      throw new BalanceConstraintException(subject(id, entry), a.code(), k, Money.ofMinor(book.currency, available),
          Money.ofMinor(book.currency, limitedSideDelta));
    }
  }

  private void checkPeriod(JournalEntry entry, @Nullable EntryId id) {
    if (nonOpen.isEmpty()) {
      return;
    }
    Map.Entry<LocalDate, PeriodChange> f = nonOpen.floorEntry(entry.date());
    if (f == null || !f.getValue().period().contains(entry.date())) {
      return;
    }
    PeriodChange pc = f.getValue();
    if (pc.to() == PeriodState.CLOSED) {
      throw new PeriodClosedException(subject(id, entry), pc.period().id(), "CLOSED", entry.date());
    }
    if (pc.to() == PeriodState.SOFT_CLOSED && !entry.adjusting()) {
      throw new PeriodClosedException(subject(id, entry), pc.period().id(), "SOFT_CLOSED (only adjusting entries)", entry.date());
    }
  }

  // ------------------------------------------------------------------------------------ writing and apply

  private long lastTicket;
  /**
   * True while an operation that writes several records has more to write after the next one: the store then
   * keeps them as one all-or-nothing group (see {@link LedgerStore#append(LedgerRecord, boolean)}).
   */
  private boolean groupContinues;
  /** While true (replay, {@link #openAccounts}), saved accounts wait in {@link #savedAccounts} for the chart. */
  private boolean batchingAccounts;
  private final LinkedHashMap<String, Account> savedAccounts = new LinkedHashMap<>();

  private long write(LedgerRecord record) {
    long ticket;
    try {
      ticket = store.append(record, groupContinues);
    } catch (RuntimeException e) {
      failed = true;
      throw e instanceof LedgerStoreException ? e : new LedgerStoreException("appending to the ledger's store failed", e);
    }
    apply(record);
    lastTicket = ticket;
    return ticket;
  }

  private void awaitDurable(long ticket) {
    if (ticket <= 0) {
      return;
    }
    try {
      store.awaitDurable(ticket);
    } catch (RuntimeException e) {
      failed = true;
      throw e instanceof LedgerStoreException ? e : new LedgerStoreException("syncing the ledger's store failed", e);
    }
  }

  private void applied(ProposedPosting proposal, PostedEntry result) {
    for (PostingGuard g : guards) {
      try {
        g.onApplied(proposal, result);
      } catch (RuntimeException e) {
        LOG.error("guard {} failed after {} was applied; its state may be stale", g, result.subject(), e);
      }
    }
  }

  /** Applies a record to memory: the single path for live changes and for replay. */
  private void apply(LedgerRecord record) {
    if (!savedAccounts.isEmpty() && !(record instanceof LedgerRecord.AccountSaved)) {
      flushAccounts(); // e.g. a deletion must see the accounts saved before it
    }
    if (record instanceof LedgerRecord.EntryPosted) {
      addPosted(((LedgerRecord.EntryPosted) record).entry());
    } else if (record instanceof LedgerRecord.EntryReserved) {
      PostedEntry p = ((LedgerRecord.EntryReserved) record).entry();
      remember(p);
      pending.put(p.id(), p);
      expiries.add(p);
      addLines(p, -1, true, 1);
    } else if (record instanceof LedgerRecord.ReservationCommitted) {
      PostedEntry p = ((LedgerRecord.ReservationCommitted) record).entry();
      PostedEntry reservation = pending.remove(p.id());
      if (reservation != null) {
        addLines(reservation, -1, true, -1);
      }
      addPosted(p);
    } else if (record instanceof LedgerRecord.ReservationVoided) {
      release(((LedgerRecord.ReservationVoided) record).id(), EntryStatus.VOIDED);
    } else if (record instanceof LedgerRecord.ReservationExpired) {
      release(((LedgerRecord.ReservationExpired) record).id(), EntryStatus.EXPIRED);
    } else if (record instanceof LedgerRecord.PeriodChanged) {
      PeriodChange c = ((LedgerRecord.PeriodChanged) record).change();
      periodHistory.add(c);
      if (c.to() == PeriodState.OPEN) {
        nonOpen.remove(c.period().start());
      } else {
        nonOpen.put(c.period().start(), c);
      }
    } else if (record instanceof LedgerRecord.AccountSaved) {
      Account a = ((LedgerRecord.AccountSaved) record).account();
      if (batchingAccounts) {
        savedAccounts.put(a.code(), a);
      } else {
        chart = chart.with(a);
      }
      AccountState st = states.get(a.code());
      if (st == null) {
        states.add(new AccountState(a, base));
      } else {
        st.update(a);
      }
    } else if (record instanceof LedgerRecord.AccountDeleted) {
      String code = ((LedgerRecord.AccountDeleted) record).code();
      chart = chart.without(code);
      states.remove(code);
    }
  }

  /**
   * Puts the accounts saved while batching into the chart at once: one copy of the chart instead of one per
   * account (replaying or opening n accounts would otherwise copy it n times).
   */
  private void flushAccounts() {
    if (!savedAccounts.isEmpty()) {
      chart = chart.withAll(savedAccounts.values());
      savedAccounts.clear();
    }
  }

  private void remember(PostedEntry p) {
    Optional<IdempotencyKey> key = p.entry().idempotencyKey();
    if (key.isPresent()) {
      byKey.put(key.get(), p);
    }
    if (p.id().number() >= nextAutoId) {
      nextAutoId = p.id().number() + 1;
    }
    replace(p);
  }

  /** Stores an entry under its id: ids E<n> by index (or by its place in the journal), others by hash. */
  private void replace(PostedEntry p) {
    long n = p.id().number();
    if (n < 0) {
      byId.put(p.id(), p);
    } else if (n <= journal.size() && journal.get((int) n - 1) == p) {
      numbered.clear(n); // a committed reservation leaves its pending version there
    } else {
      numbered.set(n, p);
    }
  }

  private @Nullable PostedEntry lookup(EntryId id) {
    long n = id.number();
    if (n < 0) {
      return byId.get(id);
    }
    // a posted entry is final: found at its number in the journal, it is the one (ids are unique)
    if (n <= journal.size()) {
      PostedEntry p = journal.get((int) n - 1);
      if (p.id().number() == n) {
        return p;
      }
    }
    return numbered.find(n);
  }

  private void addPosted(PostedEntry p) {
    int index = journal.size();
    journal.add(p);
    remember(p);
    Optional<EntryId> original = p.entry().reversalOf();
    if (original.isPresent()) {
      reversedBy.put(original.get(), p.id());
    }
    addLines(p, index, false, 1);
  }

  private void release(EntryId id, EntryStatus status) {
    PostedEntry p = pending.remove(id);
    if (p == null) {
      return;
    }
    addLines(p, -1, true, -1);
    PostedEntry r = PostedEntry.of(p.id(), 0, p.recordedAt(), p.entry(), status, p.expiresAt(), p.warnings());
    replace(r);
    released.add(r);
    p.entry().idempotencyKey().ifPresent(k -> byKey.put(k, r));
  }

  private void addLines(PostedEntry p, int journalIndex, boolean pendingKind, int sign) {
    ImmutableList<JournalLine> lines = p.lines();
    int month = pendingKind ? 0 : DayIndex.monthKey(p.date());
    boolean prepared = preparedFor == p.entry() && sign == 1;
    preparedFor = null;
    for (int i = 0; i < lines.size(); i++) {
      JournalLine l = lines.get(i);
      CurrencyBook book;
      long minor;
      if (prepared) {
        book = prepBooks[i];
        minor = prepMinor[i];
      } else {
        AccountState st = states.get(l.account());
        if (st == null) { // replay of a store whose account records are missing: recreate a plain account
          Account a = Account.of(l.account(), l.account(), dev.backoffice.ledger.account.AccountType.infer(l.account()));
          chart = chart.with(a);
          st = new AccountState(a, base);
          states.add(st);
        }
        book = st.bookOrCreate(l.amount().getCurrencyUnit());
        minor = sign * l.amount().getAmountMinorLong();
      }
      AccountState st = book.owner;
      if (pendingKind) {
        if (l.side() == Side.DEBIT) {
          book.pendingDr += minor;
        } else {
          book.pendingCr += minor;
        }
        st.pendingLines += sign;
        continue;
      }
      long baseMinor;
      if (prepared) {
        baseMinor = prepBase[i];
      } else {
        Optional<Money> bv = l.baseValue(base);
        baseMinor = bv.isPresent() ? bv.get().getAmountMinorLong() : 0;
      }
      boolean credit = l.side() == Side.CREDIT;
      if (credit) {
        book.postedCr += minor;
        book.baseValue -= baseMinor;
      } else {
        book.postedDr += minor;
        book.baseValue += baseMinor;
      }
      book.addToMonth(month, credit, minor, baseMinor); // its day when a query needs it: catchUpDayIndexes
      st.addLine(journalIndex);
    }
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
  private void catchUpDayIndexes(@Nullable LocalDate from, @Nullable LocalDate to) {
    if (!DayIndex.readsDays(from, to) || dayIndexed == journal.size()) { // volatile: publishes the last catch-up
      return;
    }
    synchronized (dayIndexLock) {
      int n = journal.size();
      for (int i = dayIndexed; i < n; i++) {
        PostedEntry p = journal.get(i);
        LocalDate date = p.date();
        int month = DayIndex.monthKey(date);
        int day = date.getDayOfMonth();
        for (JournalLine l : p.lines()) {
          Money amount = l.amount();
          CurrencyBook book = states.get(l.account()).book(amount.getCurrencyUnit());
          if (i >= book.daysUpTo) { // else a query of the account alone caught it up
            addToDay(book, month, day, l);
          }
        }
      }
      dayIndexed = n;
    }
  }

  /**
   * Brings one account's day slots up to the journal, as {@link #catchUpDayIndexes} does for all, reading
   * only the entries with a line on the account: a query of one account after many postings need not read
   * every entry.
   */
  private void catchUpDayIndexes(AccountState st, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (!DayIndex.readsDays(from, to) || dayIndexed == journal.size()) {
      return;
    }
    synchronized (dayIndexLock) {
      int n = journal.size();
      for (CurrencyBook book : st.books) {
        int upTo = Math.max(book.daysUpTo, dayIndexed);
        if (upTo >= n) {
          continue;
        }
        for (int k = st.firstEntryAtOrAfter(upTo); k < st.entryCount; k++) {
          PostedEntry p = journal.get(st.entryRef(k));
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

  /** Expires due reservations; returns how many. Caller holds the write lock. */
  private int expireDue(List<Runnable> notes) {
    if (expiries.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    int n = 0;
    while (!expiries.isEmpty() && !expiries.peek().expiresAt().orElseThrow().isAfter(now)) {
      PostedEntry p = expiries.poll();
      if (!pending.containsKey(p.id())) {
        continue;
      }
      write(new LedgerRecord.ReservationExpired(p.id(), now));
      PostedEntry r = lookup(p.id());
      applied(ProposedPosting.of(PostingKind.EXPIRE, p.entry(), Optional.of(p)), r);
      if (!listeners.isEmpty()) {
        notes.add(() -> notify(l -> l.onReleased(r)));
      }
      n++;
    }
    return n;
  }

  /** Runs the notes of a change in order; by index, so that posting without listeners allocates no iterator. */
  private static void runAll(List<Runnable> notes) {
    for (int i = 0, n = notes.size(); i < n; i++) {
      notes.get(i).run();
    }
  }

  private void notify(java.util.function.Consumer<LedgerListener> call) {
    for (Registration r : listeners) {
      Runnable run = () -> {
        try {
          call.accept(r.listener);
        } catch (RuntimeException e) {
          LOG.error("ledger listener {} failed", r.listener, e);
        }
      };
      if (r.executor == null) {
        run.run();
      } else {
        r.executor.execute(run);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- queries

  @Override
  public CurrencyUnit baseCurrency() {
    return base;
  }

  @Override
  public ChartOfAccounts chart() {
    return chart;
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
    lock.readLock().lock();
    try {
      ChartOfAccounts c = chart;
      c.require(q.account());
      List<String> accounts = q.includeChildren() ? c.subtree(q.account()) : List.of(q.account());
      LocalDate from = q.from().orElse(null);
      LocalDate to = q.to().orElse(null);
      Map<CurrencyUnit, long[]> sums = new TreeMap<>();
      for (String code : accounts) {
        AccountState st = states.get(code);
        if (q.dimensions().isEmpty()) {
          catchUpDayIndexes(st, from, to);
          for (CurrencyBook book : st.books) {
            if (q.currency().isPresent() && !q.currency().get().equals(book.currency)) {
              continue;
            }
            long[] s = book.sum(from, to);
            long[] acc = sums.computeIfAbsent(book.currency, k -> new long[6]);
            acc[0] += s[DayIndex.DR];
            acc[1] += s[DayIndex.CR];
            acc[2] += s[DayIndex.BASE];
            acc[3] += book.pendingDr;
            acc[4] += book.pendingCr;
            acc[5] += s[DayIndex.COUNT] + (book.pendingDr != 0 || book.pendingCr != 0 ? 1 : 0);
          }
        } else {
          sumFiltered(st, q, from, to, sums);
        }
      }
      ImmutableMap.Builder<CurrencyUnit, Balance> out = ImmutableMap.builder();
      sums.forEach((cu, s) -> {
        if (s[5] > 0) {
          out.put(cu, balance(cu, s));
        }
      });
      return out.build();
    } finally {
      lock.readLock().unlock();
    }
  }

  private Balance balance(CurrencyUnit cu, long[] s) {
    return Balance.builder().currency(cu)
        .debit(Money.ofMinor(cu, s[0])).credit(Money.ofMinor(cu, s[1]))
        .baseValue(cu.equals(base) ? Money.ofMinor(cu, s[0] - s[1]) : Money.ofMinor(base, s[2]))
        .pendingDebit(Money.ofMinor(cu, s[3])).pendingCredit(Money.ofMinor(cu, s[4]))
        .build();
  }

  private void sumFiltered(AccountState st, BalanceQuery q, @Nullable LocalDate from, @Nullable LocalDate to,
      Map<CurrencyUnit, long[]> sums) {
    Dimensions filter = q.dimensions();
    for (int k = 0; k < st.entryCount; k++) {
      PostedEntry p = journal.get(st.entryRef(k));
      if ((from != null && p.date().isBefore(from)) || (to != null && p.date().isAfter(to))) {
        continue;
      }
      for (JournalLine l : p.lines()) {
        CurrencyUnit cu = l.amount().getCurrencyUnit();
        if (!l.account().equals(st.code) || (q.currency().isPresent() && !q.currency().get().equals(cu))
            || !l.dimensions().matches(filter)) {
          continue;
        }
        long[] acc = sums.computeIfAbsent(cu, x -> new long[6]);
        long m = l.amount().getAmountMinorLong();
        long bv = l.baseValue(base).map(Money::getAmountMinorLong).orElse(0L);
        if (l.side() == Side.DEBIT) {
          acc[0] += m;
          acc[2] += bv;
        } else {
          acc[1] += m;
          acc[2] -= bv;
        }
        acc[5]++;
      }
    }
    for (PostedEntry p : pending.values()) {
      for (JournalLine l : p.lines()) {
        CurrencyUnit cu = l.amount().getCurrencyUnit();
        if (!l.account().equals(st.account.code()) || !l.dimensions().matches(filter)
            || (q.currency().isPresent() && !q.currency().get().equals(cu))) {
          continue;
        }
        long[] acc = sums.computeIfAbsent(cu, x -> new long[6]);
        acc[l.side() == Side.DEBIT ? 3 : 4] += l.amount().getAmountMinorLong();
        acc[5]++;
      }
    }
  }

  @Override
  public ImmutableList<AccountBalance> accountBalances(@Nullable LocalDate from, @Nullable LocalDate to) {
    lock.readLock().lock();
    try {
      ImmutableList.Builder<AccountBalance> out = ImmutableList.builder();
      catchUpDayIndexes(from, to);
      for (Account a : chart.accounts()) {
        AccountState st = states.get(a.code());
        for (CurrencyBook book : st.books) {
          long[] s = book.sum(from, to);
          if (s[DayIndex.COUNT] == 0) {
            continue;
          }
          long[] v = {s[DayIndex.DR], s[DayIndex.CR], s[DayIndex.BASE], book.pendingDr, book.pendingCr, 1};
          out.add(AccountBalance.of(a.code(), balance(book.currency, v)));
        }
      }
      return out.build();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<PostedEntry> entry(EntryId id) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(lookup(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<EntryId> reversedBy(EntryId id) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(reversedBy.get(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Page<PostedEntry> entries(EntryQuery q) {
    Checks.notNull(q, "query");
    lock.readLock().lock();
    try {
      List<PostedEntry> matches = new ArrayList<>();
      if (q.status() == EntryStatus.POSTED) {
        if (q.account().isPresent()) {
          ChartOfAccounts c = chart;
          c.require(q.account().get());
          TreeSet<Integer> indexes = new TreeSet<>();
          for (String code : q.includeChildren() ? c.subtree(q.account().get()) : List.of(q.account().get())) {
            AccountState st = states.get(code);
            for (int k = 0; k < st.entryCount; k++) {
              indexes.add(st.entryRef(k));
            }
          }
          for (int i : indexes) {
            PostedEntry p = journal.get(i);
            if (matches(p, q)) {
              matches.add(p);
            }
          }
        } else {
          int n = journal.size();
          for (int i = 0; i < n; i++) {
            PostedEntry p = journal.get(i);
            if (matches(p, q)) {
              matches.add(p);
            }
          }
        }
      } else {
        Iterable<PostedEntry> source = q.status() == EntryStatus.PENDING ? pending.values()
            : released.stream().filter(p -> p.status() == q.status())::iterator;
        for (PostedEntry p : source) {
          if (matches(p, q) && (q.account().isEmpty() || touchesAccount(p, q))) {
            matches.add(p);
          }
        }
      }
      int fromIdx = Math.min(q.offset(), matches.size());
      int toIdx = Math.min(fromIdx + q.limit(), matches.size());
      return Page.of(matches.subList(fromIdx, toIdx), q.offset(), matches.size());
    } finally {
      lock.readLock().unlock();
    }
  }

  private boolean touchesAccount(PostedEntry p, EntryQuery q) {
    List<String> accounts = q.includeChildren() ? chart.subtree(q.account().get()) : List.of(q.account().get());
    return p.lines().stream().anyMatch(l -> accounts.contains(l.account()));
  }

  private static boolean matches(PostedEntry p, EntryQuery q) {
    LocalDate d = p.date();
    if ((q.from().isPresent() && d.isBefore(q.from().get())) || (q.to().isPresent() && d.isAfter(q.to().get()))) {
      return false;
    }
    JournalEntry e = p.entry();
    if (q.documentNumber().isPresent()
        && (e.document().isEmpty() || !e.document().get().number().equals(q.documentNumber().get()))) {
      return false;
    }
    if (!q.dimensions().isEmpty() && e.lines().stream().noneMatch(l -> l.dimensions().matches(q.dimensions()))) {
      return false;
    }
    if (q.text().isPresent()) {
      String t = q.text().get().toLowerCase(Locale.ROOT);
      boolean hit = e.description().toLowerCase(Locale.ROOT).contains(t)
          || e.document().map(doc -> doc.number().toLowerCase(Locale.ROOT).contains(t)).orElse(false)
          || e.lines().stream().anyMatch(l -> l.memo().map(m -> m.toLowerCase(Locale.ROOT).contains(t)).orElse(false));
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Stream<PostedEntry> journal() {
    return journal.stream();
  }

  @Override
  public long postedCount() {
    return journal.size();
  }

  @Override
  public ImmutableList<PostedEntry> pending() {
    lock.readLock().lock();
    try {
      return ImmutableList.copyOf(pending.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public PeriodState periodState(AccountingPeriod period) {
    Checks.notNull(period, "period");
    lock.readLock().lock();
    try {
      PeriodChange c = nonOpen.get(period.start());
      return c != null && c.period().equals(period) ? c.to() : PeriodState.OPEN;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public ImmutableList<PeriodChange> periodHistory() {
    lock.readLock().lock();
    try {
      return ImmutableList.copyOf(periodHistory);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs a read-only action on a consistent snapshot: no change is applied while it runs. Reports that make
   * several queries use this so that their figures agree with each other.
   *
   * @param action the queries
   * @param <T> the result type
   * @return what the action returns
   */
  public <T> T read(java.util.function.Function<LedgerView, T> action) {
    lock.readLock().lock();
    try {
      return action.apply(this);
    } finally {
      lock.readLock().unlock();
    }
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

  private static final class Registration {
    final LedgerListener listener;
    final @Nullable Executor executor;

    Registration(LedgerListener listener, @Nullable Executor executor) {
      this.listener = listener;
      this.executor = executor;
    }
  }

  /** Builds a {@link Ledger}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private CurrencyUnit baseCurrency = Monies.PLN;
    private FiscalCalendar calendar = FiscalCalendar.calendarYears();
    private ChartOfAccounts chart = ChartOfAccounts.empty();
    private LedgerStore store = new InMemoryLedgerStore();
    private final ImmutableList.Builder<PostingGuard> guards = ImmutableList.builder();
    private final ImmutableList.Builder<Registration> listeners = ImmutableList.builder();

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
      listeners.add(new Registration(Checks.notNull(value, "listener"), null));
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
      listeners.add(new Registration(Checks.notNull(value, "listener"), Checks.notNull(executor, "executor")));
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
