package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.query.LedgerView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Budget control (kontrola budżetu): budgets, their revisions, commitments (encumbrances) and the
 * availability check that guards postings — the one entry point of {@code dev.backoffice.ledger.budget}.
 *
 * <h2>Setting up</h2>
 * The control plugs into a ledger as a {@link PostingGuard} and is then bound to that ledger, from which it
 * reads existing actuals and pending entries and the clock for its audit trail:
 * <pre>{@code
 * BudgetControl budgets = BudgetControl.create();
 * Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).guard(budgets.guard()).build();
 * budgets.bind(ledger);
 * budgets.addBudget(opex2025);                 // a draft: tracked, not checked
 * budgets.approve("OPEX-2025");                // now it controls ledger.post / reserve / commit
 * }</pre>
 *
 * <h2>What is counted</h2>
 * For every budget line and period: <b>actuals</b> (posted ledger lines that count against the line, see
 * {@link BudgetLine}), <b>commitments</b> (open amounts of {@link Commitment}s plus pending ledger
 * reservations) and the <b>budget</b> (after {@link BudgetRevision}s).
 * {@code available = budget − actuals − commitments}. The ledger's year-end closing entry (adjusting, with a
 * line on the result account, 860 by default) is not counted.
 *
 * <p><b>Initialisation.</b> A budget added when the ledger already has postings is initialised from the
 * ledger, under its write lock (so nothing is posted meanwhile): every posted entry dated in the budget's
 * fiscal year, every pending reservation dated in it, and every open commitment dated in it. A commitment
 * registered after postings were made tagged with its id (postings from before the control was bound) counts
 * those postings as already consumed. Afterwards the control's own index
 * is kept up to date by the guard in the ledger's transaction, so a check costs O(lines of the entry ×
 * matching budget lines), independent of the number of budget lines.
 *
 * <h2>Control</h2>
 * Each change is checked against the {@link ControlRule}s of every approved budget line it touches, all
 * lines of the change on one budget line added up first: {@code Ledger.post} and the commit of a reservation
 * under the rules for {@link ControlTarget#ACTUALS}; {@code Ledger.reserve} and {@link #commit} under those
 * for {@link ControlTarget#COMMITMENTS}. A STOP breach rejects the whole change with a
 * {@link BudgetExceededException} and changes nothing; WARN breaches let it pass with
 * {@link PostingWarning}s (source {@code "budget"}) in the posted entry, which the ledger's listeners see.
 * {@code Ledger.check(entry)} and {@link #check(JournalEntry)} are what-ifs that change nothing.
 *
 * <h2>Stored</h2>
 * Every change — a budget added, replaced, removed or approved, a revision, a carry-forward, a commitment
 * registered or released — is a record of the ledger's store (file or database), written through
 * {@link Ledger#writeGuardRecords} as one all-or-nothing group: the control's figures change only once the store
 * took the records, so a store that fails leaves them as they were. A ledger built with the control's guard over
 * a store that holds such records hands them to the guard, and {@link #bind} restores the same budgets,
 * revisions and commitments; records another instance sharing a database store wrote reach the control when this
 * ledger catches up ({@code Ledger.refresh()} or its next change).
 *
 * <h2>Thread safety and lock order</h2>
 * Thread-safe. The guard runs under the ledger's write lock, and so does every change of the control; queries
 * take the ledger's read lock (through {@link Ledger#read}); both then take the control's own lock — always
 * ledger first, control second, so they cannot deadlock, and no change to budgets or commitments can slip
 * between a posting's check and its application. The guard itself needs no control lock: the ledger's write lock
 * already excludes every other method and orders memory with them.
 */
public final class BudgetControl {
  /**
   * The tag that links a ledger line to the {@link Commitment} it consumes: {@code commitment=<id>} on the
   * invoice line.
   */
  public static final Dimension COMMITMENT = Dimension.of("commitment");

  /** The name of the control's records in the ledger's store ({@link GuardRecord#guard()}). */
  static final String RECORD_NAME = "budget";

  private static final Logger LOG = LoggerFactory.getLogger(BudgetControl.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final String resultAccount;
  private final BudgetGuard guard = new BudgetGuard(this);
  private volatile @Nullable Ledger ledger;
  private @Nullable BudgetBook book;
  private long boundPostedCount;
  private final BudgetRevisions revisions = new BudgetRevisions(this);
  /** Records replayed before {@link #bind}, for it to restore (under the ledger's lock, or in its constructor). */
  private final List<BudgetReplay.Replayed> replayed = new ArrayList<>();

  private BudgetControl(Builder b) {
    this.resultAccount = b.resultAccount;
  }

  /**
   * A control with the defaults (result account {@value PolishChartOfAccounts#RESULT}).
   *
   * @return a new, unbound control
   */
  public static BudgetControl create() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The guard to register with {@code Ledger.builder().guard(...)}. Until {@link #bind} it lets everything
   * pass.
   *
   * @return the guard
   */
  public PostingGuard guard() {
    return guard;
  }

  /**
   * Binds the control to the ledger whose guard it is. Call once, right after building the ledger. A ledger
   * built over a store that holds the control's records (see the class documentation, "Stored") gave them to
   * the guard while it was built: binding restores the budgets, revisions and commitments they describe, with
   * the consumption of the ledger's postings and reservations as they now are.
   *
   * @param target the ledger built with {@link #guard()}
   * @return this control
   * @throws ConflictException if the control is already bound
   */
  public BudgetControl bind(Ledger target) {
    Checks.notNull(target, "ledger");
    target.read(view -> {
      lock.lock();
      try {
        if (ledger != null) {
          throw new ConflictException("budget control", "is already bound to a ledger");
        }
        book = BudgetReplay.rebuilt(view, resultAccount, revisions, replayed);
        replayed.clear();
        boundPostedCount = view.postedCount();
        ledger = target;
        return null;
      } finally {
        lock.unlock();
      }
    });
    return this;
  }

  // ------------------------------------------------------------------------------------------- budgets

  /**
   * Registers a budget, initialised from the ledger's postings, pending entries and commitments in its
   * fiscal year. A {@link BudgetVersion#DRAFT} is tracked only; an {@link BudgetVersion#APPROVED} budget
   * controls at once.
   *
   * @param budget the budget, DRAFT or APPROVED, in the ledger's base currency
   * @return the budget as registered
   * @throws ConflictException if the id is taken, another scenario of the same name and year is approved, or
   *     a posting in its year on a budgeted account has no base-currency value
   * @throws ValidationException if the version is REVISED or the currency is not the ledger's
   */
  public Budget addBudget(Budget budget) {
    Checks.notNull(budget, "budget");
    return changing((b, view, out) -> {
      BudgetRegistration.checkNew(b, budget);
      if (b.budgets.containsKey(budget.id())) {
        throw new ConflictException("budget " + budget.id(), "already exists");
      }
      if (budget.version().controls()) {
        BudgetRegistration.checkSoleApproved(b, budget);
      }
      BudgetRegistration.checkInitialisable(b, budget, view);
      out.append(new BudgetRecords.Registered(budget));
      LOG.info("budget {} added: {} lines, total {}", budget.id(), budget.lines().size(), budget.total());
      return budget;
    });
  }

  /**
   * Replaces a draft budget (same id) with a new version of it, re-initialised from the ledger.
   *
   * @param budget the new content, DRAFT or APPROVED
   * @return the budget as registered
   * @throws NotFoundException if there is no budget with its id
   * @throws ConflictException if the registered budget is not a draft
   */
  public Budget replaceDraft(Budget budget) {
    Checks.notNull(budget, "budget");
    return changing((b, view, out) -> {
      BudgetRegistration.checkNew(b, budget);
      BudgetState old = BudgetBook.requireBudget(b, budget.id());
      if (old.budget.version() != BudgetVersion.DRAFT) {
        throw new ConflictException("budget " + budget.id(), "is " + old.budget.version()
            + "; only a draft can be replaced — change an approved budget with revisions");
      }
      if (budget.version().controls()) {
        BudgetRegistration.checkSoleApproved(b, budget);
      }
      BudgetRegistration.checkInitialisable(b, budget, view);
      out.append(new BudgetRecords.Replaced(budget));
      return budget;
    });
  }

  /**
   * Removes a draft budget.
   *
   * @param budgetId the budget
   * @throws NotFoundException if there is no such budget
   * @throws ConflictException if it is not a draft
   */
  public void removeDraft(String budgetId) {
    Checks.notNull(budgetId, "budgetId");
    changing((b, view, out) -> {
      BudgetState bs = BudgetBook.requireBudget(b, budgetId);
      if (bs.budget.version() != BudgetVersion.DRAFT) {
        throw new ConflictException("budget " + budgetId, "is " + bs.budget.version() + "; only a draft can be removed");
      }
      out.append(new BudgetRecords.Removed(budgetId));
      return null;
    });
  }

  /**
   * Approves a draft budget: from now on it controls postings. Consumption already recorded stays; if it
   * already exceeds a line's limit, further increases on that line are stopped or warned about.
   *
   * @param budgetId the draft
   * @return the approved budget
   * @throws NotFoundException if there is no such budget
   * @throws ConflictException if it is not a draft, or another scenario of its name and year is approved
   */
  public Budget approve(String budgetId) {
    Checks.notNull(budgetId, "budgetId");
    return changing((b, view, out) -> {
      BudgetState bs = BudgetBook.requireBudget(b, budgetId);
      if (bs.budget.version() != BudgetVersion.DRAFT) {
        throw new ConflictException("budget " + budgetId, "is already " + bs.budget.version());
      }
      BudgetRegistration.checkSoleApproved(b, bs.budget);
      Budget approved = bs.budget.withVersion(BudgetVersion.APPROVED);
      out.append(new BudgetRecords.Approved(budgetId));
      LOG.info("budget {} approved", budgetId);
      return approved;
    });
  }

  /**
   * A budget as it now stands (revised amounts, current version).
   *
   * @param budgetId the id
   * @return the budget, or empty
   */
  public Optional<Budget> budget(String budgetId) {
    Checks.notNull(budgetId, "budgetId");
    return read(b -> Optional.ofNullable(b.budgets.get(budgetId)).map(bs -> bs.budget), Optional.empty());
  }

  /** Every registered budget, in registration order. */
  public ImmutableList<Budget> budgets() {
    return read(b -> b.budgets.values().stream().map(bs -> bs.budget).collect(ImmutableList.toImmutableList()),
        ImmutableList.of());
  }

  // ----------------------------------------------------------------------------------------- revisions

  /**
   * Adds budget to one period of a line of an approved budget.
   *
   * @param budgetId the budget
   * @param lineId the line
   * @param period a period of the budget's fiscal year
   * @param amount the amount added, positive, in the budget's currency
   * @param reason why, for the audit trail
   * @return the revision recorded
   * @throws NotFoundException if the budget or line does not exist
   * @throws ConflictException if the budget is a draft
   */
  public BudgetRevision supplement(String budgetId, String lineId, AccountingPeriod period, Money amount,
      String reason) {
    return changing((b, view, out) -> {
      BudgetState bs = BudgetBook.requireBudget(b, budgetId);
      LineState ls = BudgetBook.requireLine(bs, lineId);
      long m = BudgetRevisions.revisionAmount(bs, amount, reason);
      return revisions.revise(out, RevisionKind.SUPPLEMENT, List.of(new BudgetRevisions.Change(ls, bs.budget.periodIndex(period), m)), amount, reason);
    });
  }

  /**
   * Takes budget from one period of a line of an approved budget.
   *
   * @param budgetId the budget
   * @param lineId the line
   * @param period a period of the budget's fiscal year
   * @param amount the amount taken, positive, at most the period's budget
   * @param reason why, for the audit trail
   * @return the revision recorded
   * @throws ConflictException if the budget is a draft, or a STOP rule of the line would be broken by what
   *     is already consumed
   */
  public BudgetRevision reduce(String budgetId, String lineId, AccountingPeriod period, Money amount, String reason) {
    return changing((b, view, out) -> {
      BudgetState bs = BudgetBook.requireBudget(b, budgetId);
      LineState ls = BudgetBook.requireLine(bs, lineId);
      long m = BudgetRevisions.revisionAmount(bs, amount, reason);
      return revisions.revise(out, RevisionKind.REDUCTION, List.of(new BudgetRevisions.Change(ls, bs.budget.periodIndex(period), -m)), amount, reason);
    });
  }

  /**
   * Moves budget between two lines (or two periods of one line) of an approved budget; the total is unchanged.
   *
   * @param budgetId the budget
   * @param fromLineId the line giving
   * @param fromPeriod the period giving
   * @param toLineId the line receiving
   * @param toPeriod the period receiving
   * @param amount the amount moved, positive, at most the giving period's budget
   * @param reason why, for the audit trail
   * @return the revision recorded
   * @throws ConflictException if the budget is a draft, or a STOP rule of the giving line would be broken by
   *     what is already consumed
   */
  public BudgetRevision transfer(String budgetId, String fromLineId, AccountingPeriod fromPeriod, String toLineId,
      AccountingPeriod toPeriod, Money amount, String reason) {
    return changing((b, view, out) -> {
      BudgetState bs = BudgetBook.requireBudget(b, budgetId);
      LineState from = BudgetBook.requireLine(bs, fromLineId);
      LineState to = BudgetBook.requireLine(bs, toLineId);
      int pf = bs.budget.periodIndex(fromPeriod);
      int pt = bs.budget.periodIndex(toPeriod);
      Checks.check(from != to || pf != pt, "budget " + budgetId, "toPeriod", toPeriod,
          "must differ from the giving line and period");
      long m = BudgetRevisions.revisionAmount(bs, amount, reason);
      return revisions.revise(out, RevisionKind.TRANSFER, List.of(new BudgetRevisions.Change(from, pf, -m), new BudgetRevisions.Change(to, pt, m)), amount, reason);
    });
  }

  /**
   * Carries unused budget of every line forward to the same line (by id) of the next fiscal year's budget,
   * by each line's {@link CarryForwardRule}: the amount is taken from the old line's last periods first and
   * added to the first period of the new line. Run it once, after the old year is closed: the old lines'
   * availability drops by what was carried. Lines with nothing to carry are left alone.
   *
   * @param fromBudgetId the old year's approved budget
   * @param toBudgetId the next year's approved budget
   * @param reason why, for the audit trail
   * @return one revision per line carried, possibly none
   * @throws ConflictException if a budget is a draft, the years are not consecutive, the old budget was
   *     already carried forward, or a line with something to carry has no counterpart in the new budget
   */
  public ImmutableList<BudgetRevision> carryForward(String fromBudgetId, String toBudgetId, String reason) {
    Checks.notBlank(reason, "reason");
    return changing((b, view, out) -> {
      ImmutableList<BudgetRevision> carried = revisions.carryForward(b, fromBudgetId, toBudgetId, reason);
      List<BudgetRecords.Stored> records = new ArrayList<>();
      carried.forEach(r -> records.add(new BudgetRecords.Revised(r)));
      records.add(new BudgetRecords.CarriedForward(fromBudgetId, toBudgetId)); // the group's last record
      out.append(records.toArray(new BudgetRecords.Stored[0]));
      carried.forEach(r -> LOG.info("budget revision {}", r));
      return carried;
    });
  }

  /**
   * The revisions that changed a budget, oldest first.
   *
   * @param budgetId the budget
   * @return the revisions (empty for an unrevised budget)
   * @throws NotFoundException if there is no such budget
   */
  public ImmutableList<BudgetRevision> revisions(String budgetId) {
    Checks.notNull(budgetId, "budgetId");
    return read(b -> ImmutableList.copyOf(BudgetBook.requireBudget(b, budgetId).revisions), ImmutableList.of());
  }

  // --------------------------------------------------------------------------------------- commitments

  /**
   * Registers a commitment (an order or contract): its amount counts against the budget lines it selects
   * until consumed by tagged postings or released. Checked under the {@link ControlTarget#COMMITMENTS}
   * rules. Registering the same commitment again returns its status and changes nothing.
   *
   * @param commitment the commitment, in the ledger's base currency, on an existing account
   * @return its status, with any warnings
   * @throws BudgetExceededException if a STOP rule would be broken (nothing is registered)
   * @throws ConflictException if a different commitment has the same id
   * @throws NotFoundException if the account does not exist
   */
  public CommitmentStatus commit(Commitment commitment) {
    Checks.notNull(commitment, "commitment");
    return changing((b, view, out) -> BudgetCommitments.register(b, view, out, commitment, boundPostedCount));
  }

  /**
   * Releases part of a commitment (an order partly cancelled): the amount stops counting against the budget.
   *
   * @param commitmentId the commitment
   * @param amount the amount released, positive, at most the open amount
   * @param reason why, for the log
   * @return its status
   * @throws NotFoundException if there is no such commitment
   */
  public CommitmentStatus release(String commitmentId, Money amount, String reason) {
    Checks.notNull(commitmentId, "commitmentId");
    Checks.notNull(amount, "amount");
    Checks.notBlank(reason, "reason");
    return changing((b, view, out) ->
        BudgetCommitments.release(b, out, BudgetBook.requireCommitment(b, commitmentId), amount, reason));
  }

  /**
   * Releases whatever is still open of a commitment (the order is closed or cancelled).
   *
   * @param commitmentId the commitment
   * @param reason why, for the log
   * @return its status, with nothing open
   * @throws NotFoundException if there is no such commitment
   * @throws ConflictException if nothing is open
   */
  public CommitmentStatus close(String commitmentId, String reason) {
    Checks.notNull(commitmentId, "commitmentId");
    Checks.notBlank(reason, "reason");
    return changing((b, view, out) -> {
      CommitmentState cs = BudgetBook.requireCommitment(b, commitmentId);
      if (cs.open() <= 0) {
        throw new ConflictException("commitment " + commitmentId, "has nothing open");
      }
      return BudgetCommitments.release(b, out, cs, Money.ofMinor(b.currency, cs.open()), reason);
    });
  }

  /**
   * A commitment's status.
   *
   * @param commitmentId the id
   * @return the status, or empty
   */
  public Optional<CommitmentStatus> commitment(String commitmentId) {
    Checks.notNull(commitmentId, "commitmentId");
    return read(b -> Optional.ofNullable(b.commitments.get(commitmentId)).map(CommitmentState::status), Optional.empty());
  }

  /** Every registered commitment's status, in registration order. */
  public ImmutableList<CommitmentStatus> commitments() {
    return read(b -> b.commitments.values().stream().map(CommitmentState::status)
        .collect(ImmutableList.toImmutableList()), ImmutableList.of());
  }

  // ------------------------------------------------------------------------------------------- what-if

  /**
   * What posting an entry would do to the budgets, without posting it (only the budget side: use
   * {@code Ledger.check} for the ledger's own rules too).
   *
   * @param entry the entry
   * @return one row per budget line touched and rule applying
   * @throws PostingRejectedException if the guard would reject the entry for another reason than a
   *     budget (a line without base-currency value, an unknown commitment tag)
   */
  public BudgetCheck check(JournalEntry entry) {
    Checks.notNull(entry, "entry");
    return locked((b, view) -> {
      b.begin();
      b.addEntry(entry, entry::subject, 1, false, BudgetBook.Mode.CHECK, view.chart(), null);
      b.settleCommitments(view.chart(), null);
      return BudgetCheck.of(b.evaluate(ControlTarget.ACTUALS));
    });
  }

  /**
   * What registering a commitment would do to the budgets, without registering it.
   *
   * @param commitment the commitment
   * @return one row per budget line touched and rule applying
   */
  public BudgetCheck check(Commitment commitment) {
    Checks.notNull(commitment, "commitment");
    return locked((b, view) -> {
      CommitmentState cs = new CommitmentState(commitment);
      b.begin();
      b.touch(cs);
      cs.registering = true;
      b.settleCommitments(view.chart(), null);
      return BudgetCheck.of(b.evaluate(ControlTarget.COMMITMENTS));
    });
  }

  // ------------------------------------------------------------------------------------------ variance

  /**
   * Budget versus actual per line and period (one row per line and period of the fiscal year), for the
   * reporting module.
   *
   * @param budgetId the budget
   * @return rows ordered by line, then period
   * @throws NotFoundException if there is no such budget
   */
  public ImmutableList<BudgetVariance> variance(String budgetId) {
    Checks.notNull(budgetId, "budgetId");
    return locked((b, view) -> BudgetBook.requireBudget(b, budgetId).variance());
  }

  /**
   * Budget versus actual per line, accumulated from the start of the fiscal year through the period
   * containing a date (year to date).
   *
   * @param budgetId the budget
   * @param asOf a date in the budget's fiscal year
   * @return one row per line
   * @throws NotFoundException if there is no such budget
   * @throws ValidationException if the date is outside the fiscal year
   */
  public ImmutableList<BudgetVariance> varianceToDate(String budgetId, LocalDate asOf) {
    Checks.notNull(budgetId, "budgetId");
    Checks.notNull(asOf, "asOf");
    return locked((b, view) -> BudgetBook.requireBudget(b, budgetId).varianceToDate(asOf));
  }

  /**
   * Budget versus actual per line for the whole fiscal year.
   *
   * @param budgetId the budget
   * @return one row per line
   * @throws NotFoundException if there is no such budget
   */
  public ImmutableList<BudgetVariance> annualVariance(String budgetId) {
    Checks.notNull(budgetId, "budgetId");
    LocalDate end = budget(budgetId).orElseThrow(() -> new NotFoundException("budget", budgetId)).fiscalYear().end();
    return varianceToDate(budgetId, end);
  }

  // ------------------------------------------------------------------------------------------ locking

  Ledger requireLedger() {
    Ledger l = ledger;
    if (l == null) {
      throw new ConflictException("budget control", "is not bound to a ledger; call bind(ledger) after building it");
    }
    return l;
  }

  /** Appends the records of one change of the control, as one all-or-nothing group. */
  @FunctionalInterface
  interface Records {
    void append(BudgetRecords.Stored... records);
  }

  /** A change of the control: checks against the book and the ledger, appends its records, returns its result. */
  @FunctionalInterface
  private interface Write<T> {
    T run(BudgetBook b, LedgerView view, Records out);
  }

  /**
   * Runs a change under the ledger's write lock (through {@link Ledger#writeGuardRecords}), then the control's lock:
   * its records go to the ledger's store and come back through {@link #onRecord}, which changes the book. A store
   * that fails leaves the book as it was.
   */
  private <T> T changing(Write<T> action) {
    Ledger l = requireLedger();
    return l.writeGuardRecords(guard, (view, recorder) -> {
      lock.lock();
      try {
        return action.run(book(), view, records -> {
          Instant at = l.clock().instant();
          List<GuardRecord> out = new ArrayList<>(records.length);
          for (BudgetRecords.Stored r : records) {
            out.add(r.toGuardRecord(RECORD_NAME, at));
          }
          recorder.append(out);
        });
      } finally {
        lock.unlock();
      }
    });
  }

  /**
   * Applies one of the control's records (its guard's {@link PostingGuard#onRecord}): under the ledger's write lock,
   * or in the constructor of a ledger replaying its store. Before {@link #bind} the record is kept for it.
   */
  void onRecord(GuardRecord record, LedgerView view) {
    BudgetRecords.Stored r = BudgetRecords.of(record);
    lock.lock();
    try {
      Ledger l = ledger;
      if (l == null) {
        replayed.add(new BudgetReplay.Replayed(view, r));
      } else if (view == l) {
        BudgetReplay.apply(book(), revisions, r, view);
      } else {
        LOG.warn("budget control bound to another ledger ignores {}", record);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Rebuilds the control from all its records after the ledger read its store again (its guard's onReread). */
  void onReread(List<GuardRecord> records, LedgerView view) {
    lock.lock();
    try {
      replayed.clear();
      records.forEach(r -> replayed.add(new BudgetReplay.Replayed(view, BudgetRecords.of(r))));
      if (ledger != null) {
        book = BudgetReplay.rebuilt(view, resultAccount, revisions, replayed);
        boundPostedCount = view.postedCount();
        replayed.clear();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Runs an action under the ledger's read lock, then the control's lock (the fixed lock order). */
  private <T> T locked(BiFunction<BudgetBook, LedgerView, T> action) {
    Ledger l = requireLedger();
    return l.read(view -> {
      lock.lock();
      try {
        return action.apply(book(), view);
      } finally {
        lock.unlock();
      }
    });
  }

  /** The ledger the control is bound to, or null before {@link #bind}. */
  @Nullable Ledger bound() {
    return ledger;
  }

  /** The control's book; it exists once the control is bound. */
  BudgetBook book() {
    return Checks.notNull(book, "book");
  }

  /** Runs a query under the ledger's read lock and the control's lock (as {@link #locked}); the fallback when unbound. */
  private <T> T read(java.util.function.Function<BudgetBook, T> query, T unbound) {
    Ledger l = ledger;
    return l == null ? unbound : locked((b, view) -> query.apply(b));
  }

  /** Builds a {@link BudgetControl}. */
  public static final class Builder {
    private String resultAccount = PolishChartOfAccounts.RESULT;

    private Builder() {}

    /**
     * The account the ledger closes the year to; entries that are adjusting and touch it are the closing
     * entry and do not count (default {@value PolishChartOfAccounts#RESULT}).
     *
     * @param code the account code
     * @return this builder
     */
    public Builder resultAccount(String code) {
      this.resultAccount = Checks.notBlank(code, "resultAccount");
      return this;
    }

    /**
     * Builds the control, unbound.
     *
     * @return the control
     */
    public BudgetControl build() {
      return new BudgetControl(this);
    }
  }
}
