package dev.backoffice.ledger.budget;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.query.LedgerView;

/**
 * Registering a budget with a {@link BudgetControl}: the checks a new or replacing budget passes, and its
 * initialisation from the ledger's postings, pending entries and open commitments. Owns no state; runs under
 * the control's locks on the control's {@link BudgetBook}.
 */
final class BudgetRegistration {
  private BudgetRegistration() {}

  static void checkNew(BudgetBook b, Budget budget) {
    String subject = "budget " + budget.id();
    Checks.check(budget.version() != BudgetVersion.REVISED, subject, "version", budget.version(),
        "must be DRAFT or APPROVED when registered; REVISED is the result of revisions");
    Checks.check(budget.currency().equals(b.currency), subject, "currency", budget.currency(),
        "must be the ledger's base currency " + b.currency);
  }

  static void checkSoleApproved(BudgetBook b, Budget budget) {
    for (BudgetState other : b.budgets.values()) {
      Budget o = other.budget;
      if (!o.id().equals(budget.id()) && o.version().controls() && o.name().equals(budget.name())
          && o.fiscalYear().equals(budget.fiscalYear())) {
        throw new ConflictException("budget " + budget.id(), "cannot control: scenario " + o.scenario() + " of "
            + o.name() + " " + o.fiscalYear().id() + " (budget " + o.id() + ") is already approved");
      }
    }
  }

  /**
   * Checks that a budget can be initialised from the ledger (every posting in its year on its lines has a value in
   * the base currency) on a scratch book, before its record is written; the control's book is not touched.
   *
   * @throws ConflictException if it cannot
   */
  static void checkInitialisable(BudgetBook b, Budget budget, LedgerView view) {
    BudgetBook trial = b.emptyCopy();
    initialise(trial, trial.register(budget), view);
  }

  /** Fills a newly registered budget's lines from the ledger and the open commitments; unregisters it on failure. */
  static void initialise(BudgetBook b, BudgetState bs, LedgerView view) {
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
}
