package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.guard.GuardChange;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.store.LedgerRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posting engine: validation and apply. Owns no ledger state of its own but what one check works with
 * (the validation mark, the books an entry touches and the deltas inside them, a buffer of line hashes, and
 * the {@link PreparedPosting} it fills and returns), all of it reset by every {@link #check}. It changes the
 * other parts' state, and only in {@link #apply}.
 *
 * <p>The two steps are separate. {@link #check} runs every rule of a proposed posting — period, accounts,
 * line limits, overflow of running and month totals, balance constraints, guards — against the current state
 * and changes nothing (but its scratch); it returns a {@link PreparedPosting}. {@link #apply} applies a
 * {@link LedgerRecord} to memory: the one path for live changes (with the prepared value of the record's
 * posting, which saves resolving the lines again) and for records replayed from a store (without). Between
 * the two the ledger appends the record to its store; a store that commits to a database can do the same:
 * check, commit, then apply, or apply records it reads back. The caller holds the ledger's write lock for
 * both steps and everything between them.
 */
final class PostingEngine {
  private static final Logger LOG = LoggerFactory.getLogger(PostingEngine.class);
  /** The most lines one entry may have: a bound on the work one posting does under the write lock. */
  private static final int MAX_LINES = (1 << 20) - 1;

  private final CurrencyUnit base;
  private final Accounts accounts;
  private final Entries entries;
  /**
   * True when the journal is not in memory ({@link StoredEntries}): posting then adds each line to its day slots
   * too, since no catch-up could read the entries later (see {@link BalanceQueries#catchUp}).
   */
  private final boolean daysAtPosting;
  private final Reservations reservations;
  private final Periods periods;
  private final ImmutableList<PostingGuard> guards;
  /** What the guards are shown of the ledger: the ledger itself. */
  private final LedgerView view;

  // The scratch of one check: the mark that tells a book its deltas belong to this check, the books the entry
  // moves (touched[0 .. touchedCount)), and the hashes of the lines' account codes.
  private long validationMark;
  private CurrencyBook[] touched = new CurrencyBook[8];
  private int touchedCount;
  private int[] hashes = new int[8];
  /** While the ledger reads its store again, the guards' records read (see {@link #startReread}); else null. */
  private @Nullable List<GuardRecord> reread;
  /** What the last check found, refilled by every check and handed to apply (see {@link PreparedPosting}). */
  private final PreparedPosting prepared = new PreparedPosting();

  PostingEngine(CurrencyUnit base, Accounts accounts, Entries entries, Reservations reservations, Periods periods,
      ImmutableList<PostingGuard> guards, LedgerView view) {
    this.base = base;
    this.accounts = accounts;
    this.entries = entries;
    this.daysAtPosting = !(entries instanceof EntryIndex);
    this.reservations = reservations;
    this.periods = periods;
    this.guards = guards;
    Set<String> names = new HashSet<>();
    for (PostingGuard g : guards) { // a record must have one owner, or two guards would both apply it
      g.recordName().filter(n -> !names.add(n)).ifPresent(n -> {
        throw new ConflictException("guard " + g, "keeps records named '" + n + "' like another guard of this ledger;"
            + " a ledger takes one guard of a name (one budget control)");
      });
    }
    this.view = view;
  }

  // ------------------------------------------------------------------------------------------------ check

  /**
   * Runs every check of a proposed posting without changing any state.
   *
   * @param id the id it will get (null for a {@code Ledger.check} of an entry without one)
   * @param reservation for a commit: the reservation whose pending amounts the commit releases
   * @return what was resolved, for {@link #apply}
   */
  PreparedPosting check(JournalEntry entry, @Nullable EntryId id, PostingKind kind, @Nullable PostedEntry reservation) {
    periods.check(entry, id);
    ImmutableList<JournalLine> lines = entry.lines();
    int ln = lines.size();
    if (ln > MAX_LINES) {
      throw new ValidationException(subject(id, entry), "lines", ln, "must be at most " + MAX_LINES);
    }
    long mark = ++validationMark;
    touchedCount = 0;
    boolean pendingKind = kind == PostingKind.RESERVE;
    PreparedPosting out = prepared;
    out.start(id, kind, reservation, ln);
    CurrencyBook[] books = out.books;
    long[] amounts = out.amounts;
    if (ln > hashes.length) {
      hashes = new int[Math.max(ln, hashes.length * 2)];
    }
    int[] h = hashes;
    String overflowOn = null; // the account whose totals an ArithmeticException below would be about
    try {
      // First read what every line needs of the caller's objects (the code's hash, the amount in minor units):
      // the lines do not depend on each other, so their cache misses overlap instead of each waiting behind the
      // previous line's account lookup. The checks below still run line by line in their usual order.
      for (int li = 0; li < ln; li++) {
        JournalLine line = lines.get(li);
        h[li] = line.account().hashCode();
        amounts[2 * li] = rawMinor(line.amount());
      }
      for (int li = 0; li < ln; li++) {
        JournalLine line = lines.get(li);
        AccountState st = accounts.state(line.account(), h[li]);
        if (st == null) {
          throw new PostingRejectedException(subject(id, entry), line.account(), "account does not exist in the chart of accounts");
        }
        Money amount = line.amount();
        CurrencyUnit cu = amount.getCurrencyUnit();
        if (!st.plain) {
          checkAccount(st.account, line, cu, id, entry);
        }
        long minor = checkMinor(amounts[2 * li], amount, id, entry, line);
        long baseMinor;
        if (cu.equals(base)) {
          baseMinor = minor;
        } else {
          Optional<Money> cost = line.cost();
          baseMinor = cost.isPresent() && cost.get().getCurrencyUnit().equals(base) ? minor(cost.get(), id, entry, line) : 0;
        }
        // an account's first line in a currency creates an empty book: it has no lines, so no query shows it
        CurrencyBook book = st.bookOrCreate(cu);
        books[li] = book;
        amounts[2 * li] = minor;
        amounts[2 * li + 1] = baseMinor;
        if (book.mark != mark) {
          book.resetDeltas(mark);
          touch(book);
        }
        overflowOn = st.code;
        if (line.side() == Side.DEBIT) {
          if (pendingKind) {
            book.dPendingDr = Math.addExact(book.dPendingDr, minor);
          } else {
            book.dPostedDr = Math.addExact(book.dPostedDr, minor);
            book.dBase = Math.addExact(book.dBase, baseMinor);
          }
        } else if (pendingKind) {
          book.dPendingCr = Math.addExact(book.dPendingCr, minor);
        } else {
          book.dPostedCr = Math.addExact(book.dPostedCr, minor);
          book.dBase = Math.subtractExact(book.dBase, baseMinor);
        }
      }
      if (reservation != null) { // a commit releases the reserved pending amounts
        for (JournalLine line : reservation.lines()) {
          CurrencyBook book = accounts.state(line.account()).bookOrCreate(line.amount().getCurrencyUnit());
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
      int month = pendingKind ? 0 : DayIndex.monthKey(entry.date());
      CurrencyBook[] t = touched;
      for (int i = 0, n = touchedCount; i < n; i++) {
        CurrencyBook book = t[i];
        overflowOn = book.owner.code;
        Math.addExact(book.postedDr, book.dPostedDr);
        Math.addExact(book.postedCr, book.dPostedCr);
        Math.addExact(book.pendingDr, book.dPendingDr);
        Math.addExact(book.pendingCr, book.dPendingCr);
        Math.addExact(book.baseValue, book.dBase);
        if (!pendingKind) {
          book.checkMonth(month, book.dPostedDr, book.dPostedCr, book.dBase);
        }
        if (!book.owner.unconstrained) {
          checkConstraint(book.owner.account, book, id, entry);
        }
      }
    } catch (ArithmeticException overflow) {
      throw new ValidationException(subject(id, entry), "lines on account " + overflowOn, ln + " lines",
          "must keep the account's balances and month turnovers within ±9.2e18 minor units");
    }
    if (guards.isEmpty()) {
      out.done(entry, ImmutableList.of(), null);
      return out;
    }
    ProposedPosting proposal = ProposedPosting.of(kind, entry, Optional.ofNullable(reservation));
    ImmutableList.Builder<PostingWarning> warnings = ImmutableList.builder();
    for (PostingGuard g : guards) {
      warnings.addAll(g.check(proposal, view));
    }
    out.done(entry, warnings.build(), proposal);
    return out;
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
    ChartOfAccounts c = accounts.chart();
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

  private void touch(CurrencyBook book) {
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, touchedCount * 2);
    }
    touched[touchedCount++] = book;
  }

  /** The name of an entry in messages ("entry E17"), built only when a message needs it (never on the hot path). */
  static String subject(@Nullable EntryId id, JournalEntry entry) {
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
    if (v > Ledger.MAX_LINE_MINOR_UNITS || v < -Ledger.MAX_LINE_MINOR_UNITS) {
      throw new ValidationException(subject(id, entry), "line on " + line.account(), m, "must not exceed "
          + Ledger.MAX_LINE_MINOR_UNITS + " minor units in absolute value");
    }
    return v;
  }

  // ------------------------------------------------------------------------------------------------ apply

  /**
   * Applies a record to memory: the single path for live changes and for replay. Nothing here can fail for a
   * record that {@link #check} passed (or that a store replays: it was checked when first written).
   *
   * @param prepared what {@link #check} resolved for the record's posting, or null (replay, or a record
   *     that is not a posting); used only if it was prepared for the record's very entry
   */
  void apply(LedgerRecord record, @Nullable PreparedPosting prepared) {
    if (!(record instanceof LedgerRecord.AccountSaved)) {
      accounts.flush(); // e.g. a deletion must see the accounts saved before it
    }
    if (record instanceof LedgerRecord.EntryPosted r) {
      addPosted(r.entry(), prepared);
    } else if (record instanceof LedgerRecord.EntryReserved r) {
      PostedEntry p = r.entry();
      entries.remember(p);
      reservations.add(p);
      addLines(p, -1, true, 1, prepared);
    } else if (record instanceof LedgerRecord.ReservationCommitted r) {
      PostedEntry p = r.entry();
      PostedEntry reservation = reservations.remove(p.id());
      if (reservation != null) {
        addLines(reservation, -1, true, -1, null);
      }
      addPosted(p, prepared);
    } else if (record instanceof LedgerRecord.ReservationVoided r) {
      release(r.id(), EntryStatus.VOIDED);
    } else if (record instanceof LedgerRecord.ReservationExpired r) {
      release(r.id(), EntryStatus.EXPIRED);
    } else if (record instanceof LedgerRecord.PeriodChanged r) {
      periods.apply(r.change());
    } else if (record instanceof LedgerRecord.AccountSaved r) {
      accounts.applySaved(r.account());
    } else if (record instanceof LedgerRecord.AccountDeleted r) {
      accounts.applyDeletion(r.code());
    } else if (record instanceof LedgerRecord.GuardRecorded r) {
      toGuards(r.record());
    }
  }

  /**
   * Applies a record another writer of a shared store committed — or one of this ledger's own, written inside a
   * caller's transaction, once the caller committed — and tells the guards of the entry it posts, reserves,
   * commits or releases, as a live change tells them ({@link #applied}): so that budget control counts what other
   * instances posted. Replay does not tell them (a guard that keeps records rebuilds its state when bound).
   */
  void applyShared(LedgerRecord record) {
    if (guards.isEmpty()) {
      apply(record, null);
      return;
    }
    EntryId released = record instanceof LedgerRecord.ReservationCommitted r ? r.entry().id()
        : record instanceof LedgerRecord.ReservationVoided r ? r.id()
        : record instanceof LedgerRecord.ReservationExpired r ? r.id() : null;
    PostedEntry reservation = released == null ? null : entries.lookup(released);
    apply(record, null);
    Optional<PostedEntry> pending = reservation != null && reservation.status() == EntryStatus.PENDING
        ? Optional.of(reservation) : Optional.empty();
    if (record instanceof LedgerRecord.EntryPosted r) {
      applied(ProposedPosting.of(PostingKind.POST, r.entry().entry(), Optional.empty()), r.entry());
    } else if (record instanceof LedgerRecord.EntryReserved r) {
      applied(ProposedPosting.of(PostingKind.RESERVE, r.entry().entry(), Optional.empty()), r.entry());
    } else if (record instanceof LedgerRecord.ReservationCommitted r) {
      applied(pending.isPresent() ? ProposedPosting.of(PostingKind.COMMIT, r.entry().entry(), pending)
          : ProposedPosting.of(PostingKind.POST, r.entry().entry(), Optional.empty()), r.entry());
    } else if (released != null && pending.isPresent()) {
      PostingKind kind = record instanceof LedgerRecord.ReservationVoided ? PostingKind.VOID : PostingKind.EXPIRE;
      applied(ProposedPosting.of(kind, pending.get().entry(), pending), entries.lookup(released));
    }
  }

  /** Hands a guard's record to the guards of its name (none: the record stays in the store, unused). */
  private void toGuards(GuardRecord record) {
    if (reread != null) {
      reread.add(record); // handed over whole when the ledger has read its store again
      return;
    }
    for (PostingGuard g : guards) {
      if (g.recordName().filter(record.guard()::equals).isPresent()) {
        try {
          g.onRecord(record, view);
        } catch (RuntimeException e) {
          LOG.error("guard {} failed to apply its record {}; its state may be stale", g, record, e);
        }
      }
    }
  }

  /** From now until {@link #endReread}, guards' records are kept for {@link PostingGuard#onReread}. */
  void startReread() {
    reread = new ArrayList<>();
  }

  /** Hands each guard its records read again, when the ledger read the whole store ({@code complete}). */
  void endReread(boolean complete) {
    List<GuardRecord> records = reread;
    reread = null;
    if (!complete || records == null) {
      return;
    }
    for (PostingGuard g : guards) {
      Optional<String> name = g.recordName();
      if (name.isPresent()) {
        try {
          g.onReread(records.stream().filter(r -> r.guard().equals(name.get())).collect(Collectors.toList()), view);
        } catch (RuntimeException e) {
          LOG.error("guard {} failed to rebuild its state from the store; its state may be stale", g, e);
        }
      }
    }
  }

  /**
   * Runs a guard's change ({@code Ledger.writeGuardRecords}) under the write lock: the records it appends go to
   * the store as one group and are then applied, which hands them back to the guard ({@link #toGuards}).
   */
  <T> T guardChange(PostingGuard guard, GuardChange<T> change, Change c) {
    Optional<String> name = guard.recordName();
    if (name.isEmpty() || guards.stream().noneMatch(g -> g == guard)) {
      throw new ConflictException("guard " + guard, "is not one of this ledger's guards or keeps no records;"
          + " build the ledger with Ledger.builder().guard(it)");
    }
    boolean[] open = {true}; // the recorder serves this change only, while the write lock is held
    try {
      return change.run(view, records -> {
        Checks.check(open[0], "guard " + guard, "recorder", "used after its change", "must be used only inside it");
        Checks.check(!records.isEmpty(), "guard " + guard, "records", "[]", "must hold at least one record");
        List<LedgerRecord> out = new ArrayList<>(records.size());
        for (GuardRecord r : records) {
          Checks.check(r.guard().equals(name.get()), "guard " + guard, "record", r, "must be owned by " + name.get());
          out.add(new LedgerRecord.GuardRecorded(r));
        }
        c.appendGroup(out);
      });
    } finally {
      open[0] = false;
    }
  }

  /** Tells the guards of an applied posting, if there are any (else the proposal is not even made). */
  void applied(PreparedPosting prepared, PostedEntry result) {
    if (!guards.isEmpty()) {
      applied(prepared.proposal(), result);
    }
  }

  /** Tells the guards of an applied change; a guard that fails is logged, the change stands. */
  void applied(ProposedPosting proposal, PostedEntry result) {
    for (PostingGuard g : guards) {
      try {
        g.onApplied(proposal, result);
      } catch (RuntimeException e) {
        LOG.error("guard {} failed after {} was applied; its state may be stale", g, result.subject(), e);
      }
    }
  }

  private void addPosted(PostedEntry p, @Nullable PreparedPosting prepared) {
    int index = entries.addPosted(p);
    addLines(p, index, false, 1, prepared);
  }

  private void release(EntryId id, EntryStatus status) {
    PostedEntry p = reservations.remove(id);
    if (p == null) {
      return;
    }
    addLines(p, -1, true, -1, null);
    PostedEntry r = PostedEntry.of(p.id(), 0, p.recordedAt(), p.entry(), status, p.expiresAt(), p.warnings());
    entries.released(r);
    reservations.released(r);
  }

  /**
   * Adds an entry's lines to the books: to the pending totals ({@code pendingKind}, with {@code sign} −1 to
   * take a reservation's lines off again), or to the posted totals and month totals, and to each account's
   * references at {@code journalIndex}. Day slots are left to {@link BalanceQueries#catchUp}, unless the
   * journal is not in memory.
   */
  private void addLines(PostedEntry p, int journalIndex, boolean pendingKind, int sign,
      @Nullable PreparedPosting prepared) {
    ImmutableList<JournalLine> lines = p.lines();
    int month = pendingKind ? 0 : DayIndex.monthKey(p.date());
    int day = p.date().getDayOfMonth();
    boolean usePrepared = prepared != null && sign == 1 && prepared.isFor(p.entry());
    if (usePrepared) {
      prepared.applied();
    }
    for (int i = 0; i < lines.size(); i++) {
      JournalLine l = lines.get(i);
      CurrencyBook book;
      long minor;
      if (usePrepared) {
        book = prepared.books[i];
        minor = prepared.amounts[2 * i];
      } else {
        book = accounts.stateOrRecreate(l.account()).bookOrCreate(l.amount().getCurrencyUnit());
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
      if (usePrepared) {
        baseMinor = prepared.amounts[2 * i + 1];
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
      book.addToMonth(month, credit, minor, baseMinor); // its day when a query needs it: BalanceQueries.catchUp
      if (daysAtPosting) {
        book.addToDay(month, day, credit, minor, baseMinor);
        st.countLine();
      } else {
        st.addLine(journalIndex);
      }
    }
  }
}
