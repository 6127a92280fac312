package dev.backoffice.ledger.budget;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.query.LedgerView;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registering and releasing commitments for a {@link BudgetControl}: the checks of each and its record. The book
 * changes only when the record comes back from the ledger ({@link BudgetReplay#apply}). Owns no state; runs under the
 * ledger's write lock and the control's lock.
 */
final class BudgetCommitments {
  private static final Logger LOG = LoggerFactory.getLogger(BudgetControl.class);

  private BudgetCommitments() {}

  /** See {@link BudgetControl#commit}; {@code boundPostedCount} is the number of entries posted before binding. */
  static CommitmentStatus register(BudgetBook b, LedgerView view, BudgetControl.Records out, Commitment commitment,
      long boundPostedCount) {
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
    consumedBefore(b, cs, view, boundPostedCount);
    b.begin();
    b.touch(cs);
    cs.registering = true;
    b.settleCommitments(view.chart(), null);
    cs.warnings = b.enforce(ControlTarget.COMMITMENTS, () -> subject);
    out.append(new BudgetRecords.CommitmentMade(commitment, cs.posted, cs.pending, cs.warnings));
    LOG.info("{} registered: {} on {} {}", subject, commitment.amount(), commitment.account(), commitment.dimensions());
    cs.registered = true; // what the book now has, unless the store applies the record only once the caller commits
    return b.commitments.getOrDefault(commitment.id(), cs).status();
  }

  /**
   * Counts postings tagged with a commitment that were made before it was registered: postings from before
   * the control was bound, and reservations (after binding, the guard rejects tags of unknown commitments).
   */
  private static void consumedBefore(BudgetBook b, CommitmentState cs, LedgerView view, long boundPostedCount) {
    var chart = view.chart();
    String id = cs.commitment.id();
    view.journal().limit(boundPostedCount)
        .forEach(p -> cs.posted += b.consumptionOf(p, id, cs.commitment.account(), chart));
    for (PostedEntry p : view.pending()) {
      cs.pending += b.consumptionOf(p, id, cs.commitment.account(), chart);
    }
  }

  /** See {@link BudgetControl#release} and {@link BudgetControl#close}. */
  static CommitmentStatus release(BudgetBook b, BudgetControl.Records out, CommitmentState cs, Money amount,
      String reason) {
    String subject = "commitment " + cs.commitment.id();
    Checks.check(amount.getCurrencyUnit().equals(b.currency), subject, "amount", amount, "must be in " + b.currency);
    Checks.check(amount.isPositive(), subject, "amount", amount, "must be positive");
    long open = cs.open();
    Checks.check(amount.getAmountMinorLong() <= open, subject, "amount", amount,
        "must not exceed the open amount " + Money.ofMinor(b.currency, open));
    // the status the release leads to, worked out before its record goes out: inside a caller's transaction the
    // record is applied only once that transaction commits
    CommitmentStatus after = cs.statusReleasing(amount.getAmountMinorLong());
    out.append(new BudgetRecords.CommitmentReleased(cs.commitment.id(), amount, reason));
    LOG.info("{}: released {} ({})", subject, amount, reason);
    return after;
  }
}
