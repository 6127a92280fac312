package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.query.LedgerView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * ledger, under its read lock (so nothing is posted meanwhile): every posted entry dated in the budget's
 * fiscal year, every pending reservation dated in it, and every open commitment dated in it. A commitment
 * registered after postings were made tagged with its id (e.g. re-registered after a restart; the control
 * keeps its state in memory) counts those postings as already consumed. Afterwards the control's own index
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
 * <h2>Thread safety and lock order</h2>
 * Thread-safe. The guard runs under the ledger's write lock; every other method, queries included, first
 * takes the ledger's read lock (through {@link Ledger#read}) and then the control's own lock — always ledger
 * first, control second, so they cannot deadlock, and no change to budgets or commitments can slip between
 * a posting's check and its application. The guard itself needs no control lock: the ledger's write lock
 * already excludes every other method and orders memory with them.
 */
public final class BudgetControl {
  /**
   * The tag that links a ledger line to the {@link Commitment} it consumes: {@code commitment=<id>} on the
   * invoice line.
   */
  public static final Dimension COMMITMENT = Dimension.of("commitment");

  private static final Logger LOG = LoggerFactory.getLogger(BudgetControl.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final String resultAccount;
  private final BudgetGuard guard = new BudgetGuard(this);
  private volatile @Nullable Ledger ledger;
  private @Nullable BudgetBook book;
  private long boundPostedCount;
  private long revisionSequence;
  /** The proposal whose deltas the last guard check left in the book, and the book's change number then. */
  private @Nullable ProposedPosting checked;
  private long checkedMark;

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
   * Binds the control to the ledger whose guard it is. Call once, right after building the ledger.
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
        book = new BudgetBook(view.baseCurrency(), resultAccount);
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
    return locked((b, view) -> {
      checkNew(b, budget);
      if (b.budgets.containsKey(budget.id())) {
        throw new ConflictException("budget " + budget.id(), "already exists");
      }
      if (budget.version().controls()) {
        checkSoleApproved(b, budget);
      }
      BudgetState bs = b.register(budget);
      initialise(b, bs, view);
      LOG.info("budget {} added: {} lines, total {}", budget.id(), budget.lines().size(), budget.total());
      return bs.budget;
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
    return locked((b, view) -> {
      checkNew(b, budget);
      BudgetState old = requireBudget(b, budget.id());
      if (old.budget.version() != BudgetVersion.DRAFT) {
        throw new ConflictException("budget " + budget.id(), "is " + old.budget.version()
            + "; only a draft can be replaced — change an approved budget with revisions");
      }
      if (budget.version().controls()) {
        checkSoleApproved(b, budget);
      }
      b.unregister(old);
      BudgetState bs = b.register(budget);
      try {
        initialise(b, bs, view);
      } catch (RuntimeException e) {
        b.unregister(bs);
        b.budgets.put(old.budget.id(), old);
        throw e;
      }
      return bs.budget;
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
    locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      if (bs.budget.version() != BudgetVersion.DRAFT) {
        throw new ConflictException("budget " + budgetId, "is " + bs.budget.version() + "; only a draft can be removed");
      }
      b.unregister(bs);
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
    return locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      if (bs.budget.version() != BudgetVersion.DRAFT) {
        throw new ConflictException("budget " + budgetId, "is already " + bs.budget.version());
      }
      checkSoleApproved(b, bs.budget);
      bs.budget = bs.budget.withVersion(BudgetVersion.APPROVED);
      bs.lines.forEach(ls -> ls.controls = true);
      LOG.info("budget {} approved", budgetId);
      return bs.budget;
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

  private void checkNew(BudgetBook b, Budget budget) {
    String subject = "budget " + budget.id();
    Checks.check(budget.version() != BudgetVersion.REVISED, subject, "version", budget.version(),
        "must be DRAFT or APPROVED when registered; REVISED is the result of revisions");
    Checks.check(budget.currency().equals(b.currency), subject, "currency", budget.currency(),
        "must be the ledger's base currency " + b.currency);
  }

  private static void checkSoleApproved(BudgetBook b, Budget budget) {
    for (BudgetState other : b.budgets.values()) {
      Budget o = other.budget;
      if (!o.id().equals(budget.id()) && o.version().controls() && o.name().equals(budget.name())
          && o.fiscalYear().equals(budget.fiscalYear())) {
        throw new ConflictException("budget " + budget.id(), "cannot control: scenario " + o.scenario() + " of "
            + o.name() + " " + o.fiscalYear().id() + " (budget " + o.id() + ") is already approved");
      }
    }
  }

  /** Fills a newly registered budget's lines from the ledger and the open commitments; unregisters it on failure. */
  private void initialise(BudgetBook b, BudgetState bs, LedgerView view) {
    try {
      b.begin();
      var chart = view.chart();
      view.journal().filter(p -> bs.periodIndex(p.date()) >= 0)
          .forEach(p -> b.addEntry(p.entry(), p::subject, 1, false, BudgetBook.Mode.INIT, chart, bs));
      for (PostedEntry p : view.pending()) {
        if (bs.periodIndex(p.date()) >= 0) {
          b.addEntry(p.entry(), p::subject, 1, true, BudgetBook.Mode.INIT, chart, bs);
        }
      }
      for (CommitmentState cs : b.commitments.values()) {
        long open = cs.open();
        if (open != 0) {
          b.addCommitted(cs.commitment, open, chart, bs);
        }
      }
      b.apply();
    } catch (PostingRejectedException e) {
      b.unregister(bs);
      throw new ConflictException("budget " + bs.budget.id(), "cannot be initialised from the ledger: " + e.getMessage());
    } catch (RuntimeException e) {
      b.unregister(bs);
      throw e;
    }
  }

  private static BudgetState requireBudget(BudgetBook b, String budgetId) {
    BudgetState bs = b.budgets.get(budgetId);
    if (bs == null) {
      throw new NotFoundException("budget", budgetId);
    }
    return bs;
  }

  private static LineState requireLine(BudgetState bs, String lineId) {
    LineState ls = bs.byId.get(Checks.notNull(lineId, "lineId"));
    if (ls == null) {
      throw new NotFoundException("budget line", lineId, "budget " + bs.budget.id() + " has no line '" + lineId + "'");
    }
    return ls;
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
    return locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      LineState ls = requireLine(bs, lineId);
      long m = revisionAmount(bs, amount, reason);
      return revise(RevisionKind.SUPPLEMENT, List.of(new Change(ls, bs.budget.periodIndex(period), m)), amount, reason);
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
    return locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      LineState ls = requireLine(bs, lineId);
      long m = revisionAmount(bs, amount, reason);
      return revise(RevisionKind.REDUCTION, List.of(new Change(ls, bs.budget.periodIndex(period), -m)), amount, reason);
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
    return locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      LineState from = requireLine(bs, fromLineId);
      LineState to = requireLine(bs, toLineId);
      int pf = bs.budget.periodIndex(fromPeriod);
      int pt = bs.budget.periodIndex(toPeriod);
      Checks.check(from != to || pf != pt, "budget " + budgetId, "toPeriod", toPeriod,
          "must differ from the giving line and period");
      long m = revisionAmount(bs, amount, reason);
      return revise(RevisionKind.TRANSFER, List.of(new Change(from, pf, -m), new Change(to, pt, m)), amount, reason);
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
    return locked((b, view) -> {
      BudgetState from = requireBudget(b, fromBudgetId);
      BudgetState to = requireBudget(b, toBudgetId);
      String subject = "budget " + fromBudgetId;
      requireApproved(from);
      requireApproved(to);
      if (!to.year.start().equals(from.year.end().plusDays(1))) {
        throw new ConflictException("budget " + toBudgetId, "covers fiscal year " + to.year.id()
            + ", which does not follow " + from.year.id() + " of budget " + fromBudgetId);
      }
      if (from.carriedForward) {
        throw new ConflictException(subject, "was already carried forward");
      }
      Map<LineState, Long> carried = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (LineState ls : from.lines) {
        long budget = BudgetBook.annualBudget(ls);
        long c = from.budget.carryForwardOf(ls.line).carriedMinor(budget, budget - BudgetBook.annualConsumed(ls));
        if (c > 0) {
          if (to.byId.containsKey(ls.line.id())) {
            carried.put(ls, c);
          } else {
            missing.add(ls.line.id());
          }
        }
      }
      if (!missing.isEmpty()) {
        throw new ConflictException("budget " + toBudgetId, "has no lines " + missing
            + " to receive the budget carried forward from " + fromBudgetId);
      }
      ImmutableList.Builder<BudgetRevision> out = ImmutableList.builder();
      for (Map.Entry<LineState, Long> e : carried.entrySet()) {
        LineState ls = e.getKey();
        long left = e.getValue();
        List<Change> changes = new ArrayList<>();
        for (int p = ls.periods - 1; p >= 0 && left > 0; p--) {
          long take = Math.min(left, ls.budget(p));
          if (take > 0) {
            changes.add(new Change(ls, p, -take));
            left -= take;
          }
        }
        changes.add(new Change(to.byId.get(ls.line.id()), 0, e.getValue()));
        out.add(apply(RevisionKind.CARRY_FORWARD, changes, ls.money(e.getValue()), reason));
      }
      from.carriedForward = true;
      return out.build();
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
    return read(b -> ImmutableList.copyOf(requireBudget(b, budgetId).revisions), ImmutableList.of());
  }

  private static final class Change {
    final LineState line;
    final int period;
    final long amount;

    Change(LineState line, int period, long amount) {
      this.line = line;
      this.period = period;
      this.amount = amount;
    }
  }

  private static long[] budgets(LineState ls) {
    long[] out = new long[ls.periods];
    for (int p = 0; p < out.length; p++) {
      out[p] = ls.budget(p);
    }
    return out;
  }

  private static void requireApproved(BudgetState bs) {
    if (!bs.controls()) {
      throw new ConflictException("budget " + bs.budget.id(), "is a DRAFT; revise only approved budgets"
          + " (replace a draft with replaceDraft)");
    }
  }

  private static long revisionAmount(BudgetState bs, Money amount, String reason) {
    Checks.notNull(amount, "amount");
    Checks.notBlank(reason, "reason");
    String subject = "budget " + bs.budget.id();
    Checks.check(amount.getCurrencyUnit().equals(bs.budget.currency()), subject, "amount", amount,
        "must be in the budget's currency " + bs.budget.currency());
    Checks.check(amount.isPositive(), subject, "amount", amount, "must be positive");
    Checks.check(reason.length() <= 512, subject, "reason", reason, "must be at most 512 characters");
    requireApproved(bs);
    return amount.getAmountMinorLong();
  }

  /** Validates a supplement, reduction or transfer, then records it. */
  private BudgetRevision revise(RevisionKind kind, List<Change> changes, Money amount, String reason) {
    Map<LineState, long[]> after = newAmounts(changes);
    for (Map.Entry<LineState, long[]> e : after.entrySet()) {
      checkStopRulesHold(e.getKey(), e.getValue());
    }
    return apply(kind, changes, amount, reason);
  }

  private static Map<LineState, long[]> newAmounts(List<Change> changes) {
    Map<LineState, long[]> after = new LinkedHashMap<>();
    for (Change c : changes) {
      long[] amounts = after.computeIfAbsent(c.line, BudgetControl::budgets);
      amounts[c.period] += c.amount;
      if (amounts[c.period] < 0) {
        AccountingPeriod p = c.line.owner.year.periods().get(c.period);
        throw new ValidationException(c.line.subject(), "amount", c.line.money(-c.amount),
            "must not exceed the line's budget in " + p + " (" + c.line.money(c.line.budget(c.period)) + ")");
      }
    }
    return after;
  }

  /** Refuses a reduction that would leave consumption above a STOP rule's limit. */
  private static void checkStopRulesHold(LineState ls, long[] amounts) {
    if (!ls.owner.controls()) {
      return;
    }
    for (ControlRule rule : ls.rules) {
      if (rule.action() != ControlAction.STOP) {
        continue;
      }
      long cumBefore = 0;
      long cumAfter = 0;
      long cumConsumed = 0;
      boolean annual = rule.scope() == ControlScope.ANNUAL;
      for (int q = 0; q < amounts.length; q++) {
        cumBefore += ls.budget(q);
        cumAfter += amounts[q];
        cumConsumed += ls.consumed(q);
        if (annual && q < amounts.length - 1) {
          continue;
        }
        long limit = cumAfter + rule.toleranceMinor(cumAfter);
        if (cumAfter < cumBefore && cumConsumed > limit) {
          AccountingPeriod p = annual ? AccountingPeriod.of(ls.owner.year.start(), ls.owner.year.end())
              : AccountingPeriod.of(ls.owner.year.start(), ls.owner.year.periods().get(q).end());
          throw new ConflictException(ls.subject(), "reducing its budget would leave consumption "
              + ls.money(cumConsumed) + " above the limit " + ls.money(limit) + " of its " + rule + " rule in " + p
              + "; release commitments or reduce less");
        }
      }
    }
  }

  /** Writes changes to the lines and records the revision in every budget it touches. */
  private BudgetRevision apply(RevisionKind kind, List<Change> changes, Money amount, String reason) {
    Map<LineState, long[]> after = newAmounts(changes);
    java.time.Instant now = requireLedger().clock().instant();
    ImmutableList.Builder<BudgetChange> recorded = ImmutableList.builder();
    for (Change c : changes) {
      recorded.add(BudgetChange.of(c.line.owner.budget.id(), c.line.line.id(), c.line.owner.year.periods().get(c.period),
          c.line.money(c.amount)));
    }
    BudgetRevision revision = BudgetRevision.builder().sequence(++revisionSequence).kind(kind)
        .changes(recorded.build()).amount(amount).reason(reason).recordedAt(now).build();
    List<BudgetState> owners = new ArrayList<>();
    for (Map.Entry<LineState, long[]> e : after.entrySet()) {
      LineState ls = e.getKey();
      long[] newAmounts = e.getValue();
      List<Money> amounts = new ArrayList<>(ls.periods);
      for (int p = 0; p < ls.periods; p++) {
        ls.setBudget(p, newAmounts[p]);
        amounts.add(ls.money(newAmounts[p]));
      }
      ls.line = ls.line.withAmounts(amounts);
      if (!owners.contains(ls.owner)) {
        owners.add(ls.owner);
      }
    }
    for (BudgetState bs : owners) {
      bs.syncValue(BudgetVersion.REVISED);
      bs.revisions.add(revision);
    }
    LOG.info("budget revision {}", revision);
    return revision;
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
    return locked((b, view) -> {
      String subject = "commitment " + commitment.id();
      Checks.check(commitment.amount().getCurrencyUnit().equals(b.currency), subject, "amount", commitment.amount(),
          "must be in the ledger's base currency " + b.currency);
      view.chart().require(commitment.account());
      CommitmentState existing = b.commitments.get(commitment.id());
      if (existing != null) {
        if (existing.commitment.equals(commitment)) {
          return existing.status();
        }
        throw new ConflictException(subject, "already exists with different content: " + existing.commitment);
      }
      CommitmentState cs = new CommitmentState(commitment);
      consumedBefore(cs, view);
      b.begin();
      b.touch(cs);
      cs.registering = true;
      b.settleCommitments(view.chart(), null);
      cs.warnings = b.enforce(ControlTarget.COMMITMENTS, () -> subject);
      b.commitments.put(commitment.id(), cs);
      b.apply();
      LOG.info("{} registered: {} on {} {}", subject, commitment.amount(), commitment.account(), commitment.dimensions());
      return cs.status();
    });
  }

  /**
   * Counts postings tagged with a commitment that were made before it was registered: postings from before
   * the control was bound, and reservations (after binding, the guard rejects tags of unknown commitments).
   */
  private void consumedBefore(CommitmentState cs, LedgerView view) {
    var chart = view.chart();
    String id = cs.commitment.id();
    view.journal().limit(boundPostedCount)
        .forEach(p -> cs.posted += book().consumptionOf(p, id, cs.commitment.account(), chart));
    for (PostedEntry p : view.pending()) {
      cs.pending += book().consumptionOf(p, id, cs.commitment.account(), chart);
    }
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
    return locked((b, view) -> release(b, view, requireCommitment(b, commitmentId), amount, reason));
  }

  private static CommitmentStatus release(BudgetBook b, LedgerView view, CommitmentState cs, Money amount,
      String reason) {
    String subject = "commitment " + cs.commitment.id();
    Checks.check(amount.getCurrencyUnit().equals(b.currency), subject, "amount", amount, "must be in " + b.currency);
    Checks.check(amount.isPositive(), subject, "amount", amount, "must be positive");
    long open = cs.open();
    Checks.check(amount.getAmountMinorLong() <= open, subject, "amount", amount,
        "must not exceed the open amount " + Money.ofMinor(b.currency, open));
    b.begin();
    b.touch(cs);
    cs.dReleased = amount.getAmountMinorLong();
    b.settleCommitments(view.chart(), null);
    b.apply();
    LOG.info("{}: released {} ({})", subject, amount, reason);
    return cs.status();
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
    return locked((b, view) -> {
      CommitmentState cs = requireCommitment(b, commitmentId);
      if (cs.open() <= 0) {
        throw new ConflictException("commitment " + commitmentId, "has nothing open");
      }
      return release(b, view, cs, Money.ofMinor(b.currency, cs.open()), reason);
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

  private static CommitmentState requireCommitment(BudgetBook b, String id) {
    CommitmentState cs = b.commitments.get(id);
    if (cs == null) {
      throw new NotFoundException("commitment", id);
    }
    return cs;
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
    return locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      ImmutableList.Builder<BudgetVariance> out = ImmutableList.builder();
      for (LineState ls : bs.lines) {
        for (int p = 0; p < ls.periods; p++) {
          out.add(row(ls, bs.year.periods().get(p), p, p));
        }
      }
      return out.build();
    });
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
    return locked((b, view) -> {
      BudgetState bs = requireBudget(b, budgetId);
      int last = bs.periodIndex(asOf);
      Checks.check(last >= 0, "budget " + budgetId, "asOf", asOf, "must lie in fiscal year " + bs.year.id());
      AccountingPeriod span = AccountingPeriod.of(bs.year.start(), bs.year.periods().get(last).end());
      ImmutableList.Builder<BudgetVariance> out = ImmutableList.builder();
      for (LineState ls : bs.lines) {
        out.add(row(ls, span, 0, last));
      }
      return out.build();
    });
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

  private static BudgetVariance row(LineState ls, AccountingPeriod span, int from, int to) {
    long budget = 0;
    long actual = 0;
    long committed = 0;
    for (int p = from; p <= to; p++) {
      budget += ls.budget(p);
      actual += ls.actual(p);
      committed += ls.commitments(p);
    }
    Optional<Rate> used = budget == 0 ? Optional.empty() : Optional.of(Rate.ofPercent(
        BigDecimal.valueOf(actual + committed).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP)));
    return BudgetVariance.builder().budgetId(ls.owner.budget.id()).version(ls.owner.budget.version())
        .lineId(ls.line.id()).accounts(ls.line.accounts()).dimensions(ls.line.dimensions()).period(span)
        .budget(ls.money(budget)).actual(ls.money(actual)).commitments(ls.money(committed))
        .available(ls.money(budget - actual - committed)).percentUsed(used).build();
  }

  // ------------------------------------------------------------------------------------------- guard

  /** The guard's check: under the ledger's write lock. Leaves its deltas for {@link #guardApplied} to reuse. */
  ImmutableList<PostingWarning> guardCheck(ProposedPosting proposal, LedgerView view) {
    Ledger bound = ledger;
    if (bound == null) {
      return ImmutableList.of();
    }
    if (view != bound) {
      throw new PostingRejectedException(proposal.entry().subject(), null,
          "this ledger's budget guard belongs to a budget control bound to another ledger");
    }
    // no control lock: the ledger's write lock excludes every other method of the control, which all hold its
    // read lock (see locked/read), and orders memory between them
    checked = null;
    BudgetBook b = book();
    var chart = view.chart();
    b.begin();
    BudgetBook.Subject subject;
    ControlTarget target;
    switch (proposal.kind()) {
      case POST:
        subject = proposal.entry()::subject;
        b.addEntry(proposal.entry(), subject, 1, false, BudgetBook.Mode.CHECK, chart, null);
        target = ControlTarget.ACTUALS;
        break;
      case RESERVE:
        subject = proposal.entry()::subject;
        b.addEntry(proposal.entry(), subject, 1, true, BudgetBook.Mode.CHECK, chart, null);
        target = ControlTarget.COMMITMENTS;
        break;
      case COMMIT:
        PostedEntry reservation = proposal.reservation().orElseThrow();
        subject = reservation::subject;
        b.addEntry(reservation.entry(), subject, -1, true, BudgetBook.Mode.APPLY, chart, null);
        b.addEntry(proposal.entry(), subject, 1, false, BudgetBook.Mode.CHECK, chart, null);
        target = ControlTarget.ACTUALS;
        break;
      default: // VOID and EXPIRE only release; the ledger never asks about them
        return ImmutableList.of();
    }
    ImmutableList<PostingWarning> warnings = ImmutableList.of();
    if (!b.nothingTouched()) {
      b.settleCommitments(chart, null);
      warnings = b.enforce(target, subject);
    }
    // the ledger applies exactly this proposal next, under the same write lock, unless another guard
    // rejects it: then the deltas just collected are the ones to apply
    checked = proposal;
    checkedMark = b.mark();
    return warnings;
  }

  /** The guard's update after the ledger wrote a change: under the ledger's write lock; never throws. */
  void guardApplied(ProposedPosting proposal, PostedEntry result) {
    Ledger bound = ledger;
    if (bound == null) {
      return;
    }
    try { // no control lock, as in guardCheck
      BudgetBook b = book();
      if (proposal == checked && b.mark() == checkedMark) {
        checked = null;
        b.apply();
        return;
      }
      checked = null;
      var chart = bound.chart();
      BudgetBook.Subject subject = result::subject;
      b.begin();
      Optional<PostedEntry> reservation = proposal.reservation();
      switch (proposal.kind()) {
        case POST:
          b.addEntry(result.entry(), subject, 1, false, BudgetBook.Mode.APPLY, chart, null);
          break;
        case RESERVE:
          b.addEntry(result.entry(), subject, 1, true, BudgetBook.Mode.APPLY, chart, null);
          break;
        case COMMIT:
          b.addEntry(reservation.orElseThrow().entry(), subject, -1, true, BudgetBook.Mode.APPLY, chart, null);
          b.addEntry(result.entry(), subject, 1, false, BudgetBook.Mode.APPLY, chart, null);
          break;
        default: // VOID, EXPIRE
          b.addEntry(reservation.orElseThrow().entry(), subject, -1, true, BudgetBook.Mode.APPLY, chart, null);
          break;
      }
      b.settleCommitments(chart, null);
      b.apply();
    } catch (RuntimeException e) {
      LOG.error("budget control could not apply {} of {}; its figures may be stale", proposal.kind(), result.subject(), e);
    }
  }

  // ------------------------------------------------------------------------------------------ locking

  private Ledger requireLedger() {
    Ledger l = ledger;
    if (l == null) {
      throw new ConflictException("budget control", "is not bound to a ledger; call bind(ledger) after building it");
    }
    return l;
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

  private BudgetBook book() {
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
