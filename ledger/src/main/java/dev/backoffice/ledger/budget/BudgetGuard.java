package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.query.LedgerView;

/**
 * The {@link PostingGuard} of a {@link BudgetControl}: checks posts, reservations and commits against the
 * budgets under the ledger's write lock, and keeps the control's consumption up to date when the ledger has
 * written a change (also for voided and expired reservations).
 */
final class BudgetGuard implements PostingGuard {
  private final BudgetControl control;

  BudgetGuard(BudgetControl control) {
    this.control = control;
  }

  @Override
  public ImmutableList<PostingWarning> check(ProposedPosting proposal, LedgerView ledger) {
    return control.guardCheck(proposal, ledger);
  }

  @Override
  public void onApplied(ProposedPosting proposal, PostedEntry result) {
    control.guardApplied(proposal, result);
  }

  @Override
  public String toString() {
    return "BudgetGuard";
  }
}
