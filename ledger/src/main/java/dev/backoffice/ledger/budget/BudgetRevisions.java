package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.AccountingPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The revisions of a {@link BudgetControl}: supplements, reductions, transfers and carry-forwards, each checked
 * (amounts, STOP rules that consumption would break) before it changes a line, then recorded in every budget it
 * touches. Owns the revision sequence number; runs under the control's locks.
 */
final class BudgetRevisions {
  private static final Logger LOG = LoggerFactory.getLogger(BudgetControl.class);

  private final BudgetControl control;
  private long sequence;

  BudgetRevisions(BudgetControl control) {
    this.control = control;
  }

  /** Forgets the revision numbers, for a book rebuilt from the records (which number the revisions again). */
  void reset() {
    sequence = 0;
  }

  /**
   * The revisions of a carry-forward ({@link BudgetControl#carryForward}), checked but not applied: the control
   * records them, then applies them with {@link #applyRecorded}.
   */
  ImmutableList<BudgetRevision> carryForward(BudgetBook b, String fromBudgetId, String toBudgetId, String reason) {
    BudgetState from = BudgetBook.requireBudget(b, fromBudgetId);
    BudgetState to = BudgetBook.requireBudget(b, toBudgetId);
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
    long next = sequence;
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
      out.add(build(++next, RevisionKind.CARRY_FORWARD, changes, ls.money(e.getValue()), reason));
    }
    return out.build(); // each line's revision changes other lines than the others', so each holds applied alone
  }

  static final class Change {
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

  static long revisionAmount(BudgetState bs, Money amount, String reason) {
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

  /**
   * Validates a supplement, reduction or transfer and records it; the lines change when the record comes back
   * ({@link #applyRecorded}).
   */
  BudgetRevision revise(BudgetControl.Records out, RevisionKind kind, List<Change> changes, Money amount,
      String reason) {
    Map<LineState, long[]> after = newAmounts(changes);
    for (Map.Entry<LineState, long[]> e : after.entrySet()) {
      checkStopRulesHold(e.getKey(), e.getValue());
    }
    BudgetRevision r = build(sequence + 1, kind, changes, amount, reason);
    out.append(new BudgetRecords.Revised(r));
    LOG.info("budget revision {}", r);
    return r;
  }

  private static Map<LineState, long[]> newAmounts(List<Change> changes) {
    Map<LineState, long[]> after = new LinkedHashMap<>();
    for (Change c : changes) {
      long[] amounts = after.computeIfAbsent(c.line, BudgetRevisions::budgets);
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

  /** The revision of checked changes, numbered, stamped with the ledger's clock. */
  private BudgetRevision build(long number, RevisionKind kind, List<Change> changes, Money amount, String reason) {
    java.time.Instant now = control.requireLedger().clock().instant();
    ImmutableList.Builder<BudgetChange> recorded = ImmutableList.builder();
    for (Change c : changes) {
      recorded.add(BudgetChange.of(c.line.owner.budget.id(), c.line.line.id(), c.line.owner.year.periods().get(c.period),
          c.line.money(c.amount)));
    }
    return BudgetRevision.builder().sequence(number).kind(kind).changes(recorded.build()).amount(amount).reason(reason)
        .recordedAt(now).build();
  }

  /**
   * Applies a recorded revision: writes its changes to the lines and records it in every budget it touches. Used
   * for the control's own revisions once stored and for those read back from the store; a change of a budget or
   * line the book does not have is skipped (logged).
   */
  void applyRecorded(BudgetBook b, BudgetRevision revision) {
    List<Change> changes = new ArrayList<>();
    for (BudgetChange c : revision.changes()) {
      BudgetState bs = b.budgets.get(c.budgetId());
      LineState ls = bs == null ? null : bs.byId.get(c.lineId());
      int p = bs == null ? -1 : bs.year.periods().indexOf(c.period());
      if (ls == null || p < 0) {
        LOG.error("budget revision {}: budget {} has no line {} in {}; the change is skipped", revision.sequence(),
            c.budgetId(), c.lineId(), c.period());
        continue;
      }
      changes.add(new Change(ls, p, c.amount().getAmountMinorLong()));
    }
    Map<LineState, long[]> after = newAmounts(changes);
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
    sequence = Math.max(sequence, revision.sequence());
    LOG.debug("budget revision {} applied", revision);
  }
}
