package dev.backoffice.ledger.guard;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.query.LedgerView;
import java.util.List;
import java.util.Optional;

/**
 * A check that runs inside the ledger's posting transaction, after the ledger's own checks and before
 * anything is written (budget control is one). Both methods run under the ledger's write lock, so what a
 * guard sees cannot change between its check and the posting.
 *
 * <p>A guard must not call the ledger's write methods from these calls. It may query the view.
 *
 * <p>A guard may keep state of its own in the ledger's store (budget control keeps its budgets and commitments
 * there): it names its records ({@link #recordName()}), makes its changes through
 * {@code Ledger.writeGuardRecords}, and applies them in {@link #onRecord} — for its own changes, for the records
 * replayed when the ledger is built from its store, and for those other writers of a shared store committed.
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
   * (e.g. consume a budget commitment). Also called for VOID and EXPIRE, and for the changes other writers of a
   * shared store committed (or this ledger wrote inside a caller's transaction), when the ledger reads them back.
   * Must not throw.
   *
   * @param proposal the change
   * @param result the entry as it now stands
   */
  default void onApplied(ProposedPosting proposal, PostedEntry result) {}

  /**
   * The name this guard's records carry ({@link GuardRecord#guard()}), if it keeps state in the ledger's store.
   * A ledger hands a record only to the guards of its name; one no guard claims is kept in the store and
   * otherwise ignored. The default keeps no records.
   *
   * @return the name, or empty
   */
  default Optional<String> recordName() {
    return Optional.empty();
  }

  /**
   * Applies one of this guard's records: each record of a change it made through
   * {@code Ledger.writeGuardRecords} right after it was appended, every record replayed from the store while the
   * ledger is built, and records other writers of a shared store committed (catch-up) — always in the store's
   * order, under the ledger's write lock (or in its constructor). Must not throw: a failure is logged and the
   * record is skipped.
   *
   * @param record the record, owned by this guard
   * @param ledger the ledger's state just before the record
   */
  default void onRecord(GuardRecord record, LedgerView ledger) {}

  /**
   * Replaces this guard's state after the ledger read its store again (a ledger over a database store does so after
   * a commit that failed once the change was applied to memory): {@code records} are all of this guard's records
   * the store holds, in order, and the guard rebuilds what they define from scratch, as it would when bound to a
   * ledger built from the store. Called under the ledger's write lock. The default does nothing (a guard that keeps
   * no records).
   *
   * @param records this guard's records in the store
   * @param ledger the ledger's state as read again
   */
  default void onReread(List<GuardRecord> records, LedgerView ledger) {}
}
