package dev.backoffice.ledger.guard;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.query.LedgerView;

/**
 * A check that runs inside the ledger's posting transaction, after the ledger's own checks and before
 * anything is written (budget control is one). Both methods run under the ledger's write lock, so what a
 * guard sees cannot change between its check and the posting.
 *
 * <p>A guard must not call the ledger's write methods. It may query the view.
 */
public interface PostingGuard {
  /**
   * Asks whether a change may proceed.
   *
   * @param proposal the change (POST, RESERVE or COMMIT)
   * @param ledger the ledger's state before the change
   * @return warnings to attach to the posted entry (empty to pass silently)
   * @throws dev.backoffice.ledger.error.PostingRejectedException (or a subclass) to reject; nothing is written
   */
  ImmutableList<PostingWarning> check(ProposedPosting proposal, LedgerView ledger);

  /**
   * Tells the guard that a change was written, so it can update its own state in the same transaction
   * (e.g. consume a budget commitment). Also called for VOID and EXPIRE. Must not throw.
   *
   * @param proposal the change
   * @param result the entry as it now stands
   */
  default void onApplied(ProposedPosting proposal, PostedEntry result) {}
}
