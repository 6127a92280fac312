package dev.backoffice.ledger.budget;

import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.query.LedgerView;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link BudgetRecords.Stored}s to a {@link BudgetControl}'s book: the one place where budgets, revisions and
 * commitments change. A bound control applies each record as it comes — its own, once the ledger appended them, and
 * those of other writers of a shared store — against the ledger as it is at that record ({@link #apply}). Records
 * replayed while the ledger was built, before the control was bound, are applied all at once when it binds
 * ({@link #restore}): first what they define, then the consumption counted from the ledger's journal and pending
 * entries as they are then — the same figures, since what a posting consumes does not depend on when the budget
 * or commitment it counts against was registered. Owns no state; runs under the ledger's and the control's locks.
 */
final class BudgetReplay {
  private static final Logger LOG = LoggerFactory.getLogger(BudgetReplay.class);

  private BudgetReplay() {}

  /** Applies one record to a bound control's book, against the ledger's state just before it. */
  static void apply(BudgetBook b, BudgetRevisions revisions, BudgetRecords.Stored record, LedgerView view) {
    if (record instanceof BudgetRecords.Registered r) {
      BudgetRegistration.initialise(b, b.register(r.budget()), view);
    } else if (record instanceof BudgetRecords.Replaced r) {
      BudgetState old = BudgetBook.requireBudget(b, r.budget().id());
      b.unregister(old);
      BudgetState bs = b.register(r.budget());
      try {
        BudgetRegistration.initialise(b, bs, view);
      } catch (RuntimeException e) {
        b.budgets.put(old.budget.id(), old); // initialise unregistered the new version
        throw e;
      }
    } else if (record instanceof BudgetRecords.CommitmentMade r) {
      CommitmentState cs = define(b, r);
      cs.posted = r.consumedBefore();
      cs.pending = r.pendingBefore();
      b.begin();
      b.touch(cs);
      cs.registering = true;
      b.settleCommitments(view.chart(), null);
      b.apply();
    } else if (record instanceof BudgetRecords.CommitmentReleased r) {
      CommitmentState cs = BudgetBook.requireCommitment(b, r.commitmentId());
      b.begin();
      b.touch(cs);
      cs.dReleased = r.amount().getAmountMinorLong();
      b.settleCommitments(view.chart(), null);
      b.apply();
    } else {
      define(b, revisions, record);
    }
  }

  /** A record replayed before the control was bound, and the ledger that replayed it. */
  record Replayed(LedgerView ledger, BudgetRecords.Stored record) {}

  /** A new book rebuilt from a control's records (see {@link #restore}), the revision numbers counted again. */
  static BudgetBook rebuilt(LedgerView view, String resultAccount, BudgetRevisions revisions, List<Replayed> replayed) {
    BudgetBook fresh = new BudgetBook(view.baseCurrency(), resultAccount);
    revisions.reset();
    restore(fresh, revisions, replayed, view);
    return fresh;
  }

  /**
   * Rebuilds a newly bound control's book from the records the ledger it binds to replayed before: what they
   * define, in order, then the consumption of every budget line and commitment from the ledger's journal and
   * pending entries, then the open commitments on the lines. Without records, nothing is read.
   */
  static void restore(BudgetBook b, BudgetRevisions revisions, List<Replayed> replayed, LedgerView view) {
    List<BudgetRecords.Stored> records = new ArrayList<>();
    replayed.stream().filter(r -> r.ledger() == view).forEach(r -> records.add(r.record()));
    if (records.isEmpty()) {
      return;
    }
    for (BudgetRecords.Stored r : records) {
      try {
        if (r instanceof BudgetRecords.Registered x) {
          b.register(x.budget());
        } else if (r instanceof BudgetRecords.Replaced x) {
          b.unregister(BudgetBook.requireBudget(b, x.budget().id()));
          b.register(x.budget());
        } else if (r instanceof BudgetRecords.CommitmentMade x) {
          define(b, x).registered = true;
        } else if (r instanceof BudgetRecords.CommitmentReleased x) {
          BudgetBook.requireCommitment(b, x.commitmentId()).released += x.amount().getAmountMinorLong();
        } else {
          define(b, revisions, r);
        }
      } catch (RuntimeException e) {
        LOG.error("budget control could not restore {}; its figures may be stale", r.type(), e);
      }
    }
    ChartOfAccounts chart = view.chart();
    b.begin();
    view.journal().forEach(p -> b.addEntry(p.entry(), p::subject, 1, false, BudgetBook.Mode.RESTORE, chart, null));
    for (PostedEntry p : view.pending()) {
      b.addEntry(p.entry(), p::subject, 1, true, BudgetBook.Mode.RESTORE, chart, null);
    }
    b.apply();
    b.begin();
    for (CommitmentState cs : b.commitments.values()) {
      long open = cs.open();
      if (open != 0) {
        b.addCommitted(cs.commitment, open, chart, null);
      }
    }
    b.apply();
    LOG.info("budget control restored {} records: {} budgets, {} commitments", records.size(), b.budgets.size(),
        b.commitments.size());
  }

  /** A new commitment's state, registered in the book with the warnings its check raised. */
  private static CommitmentState define(BudgetBook b, BudgetRecords.CommitmentMade r) {
    CommitmentState cs = new CommitmentState(r.commitment());
    cs.warnings = r.warnings();
    b.commitments.put(r.commitment().id(), cs);
    return cs;
  }

  /** The records whose effect does not depend on the ledger: removal, approval, revisions, carry-forward. */
  private static void define(BudgetBook b, BudgetRevisions revisions, BudgetRecords.Stored record) {
    if (record instanceof BudgetRecords.Removed r) {
      b.unregister(BudgetBook.requireBudget(b, r.budgetId()));
    } else if (record instanceof BudgetRecords.Approved r) {
      BudgetState bs = BudgetBook.requireBudget(b, r.budgetId());
      bs.budget = bs.budget.withVersion(BudgetVersion.APPROVED);
      bs.lines.forEach(ls -> ls.controls = true);
    } else if (record instanceof BudgetRecords.Revised r) {
      revisions.applyRecorded(b, r.revision());
    } else if (record instanceof BudgetRecords.CarriedForward r) {
      BudgetBook.requireBudget(b, r.fromBudgetId()).carriedForward = true;
    }
  }
}
