package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.query.LedgerView;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PostingGuard} of a {@link BudgetControl}: checks posts, reservations and commits against the
 * budgets under the ledger's write lock, and keeps the control's consumption up to date when the ledger has
 * written a change (also for voided and expired reservations), and hands the control its records read back from
 * the ledger's store. Owns what its check leaves for its {@code onApplied}; the budgets themselves are the
 * control's {@link BudgetBook}.
 */
final class BudgetGuard implements PostingGuard {
  private static final Logger LOG = LoggerFactory.getLogger(BudgetGuard.class);

  private final BudgetControl control;
  /**
   * The proposal whose deltas the last check left in the control's book, and the book's change number then.
   * Written and read only under the ledger's write lock (the guard's two calls).
   */
  private @Nullable ProposedPosting checked;
  private long checkedMark;

  BudgetGuard(BudgetControl control) {
    this.control = control;
  }

  /** The guard's check: under the ledger's write lock. Leaves its deltas for {@link #onApplied} to reuse. */
  @Override
  public ImmutableList<PostingWarning> check(ProposedPosting proposal, LedgerView view) {
    Ledger bound = control.bound();
    if (bound == null) {
      return ImmutableList.of();
    }
    if (view != bound) {
      throw new PostingRejectedException(proposal.entry().subject(), null,
          "this ledger's budget guard belongs to a budget control bound to another ledger");
    }
    // no control lock: the ledger's write lock excludes every other method of the control, which all hold its
    // read lock (see BudgetControl#locked), and orders memory between them
    checked = null;
    BudgetBook b = control.book();
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
  @Override
  public void onApplied(ProposedPosting proposal, PostedEntry result) {
    Ledger bound = control.bound();
    if (bound == null) {
      return;
    }
    try { // no control lock, as in check
      BudgetBook b = control.book();
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

  /** The control keeps its budgets, revisions and commitments as records of the ledger's store, under this name. */
  @Override
  public Optional<String> recordName() {
    return Optional.of(BudgetControl.RECORD_NAME);
  }

  /** Applies one of the control's records (see {@link BudgetControl#onRecord}). */
  @Override
  public void onRecord(GuardRecord record, LedgerView ledger) {
    control.onRecord(record, ledger);
  }

  /** Rebuilds the control from its records (see {@link BudgetControl#onReread}). */
  @Override
  public void onReread(List<GuardRecord> records, LedgerView ledger) {
    control.onReread(records, ledger);
  }

  @Override
  public String toString() {
    return "BudgetGuard";
  }
}
