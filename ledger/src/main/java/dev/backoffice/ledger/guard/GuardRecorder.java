package dev.backoffice.ledger.guard;

import java.util.List;

/**
 * What a {@link GuardChange} appends its records through: the ledger's own write path, under its write lock.
 */
@FunctionalInterface
public interface GuardRecorder {
  /**
   * Appends records to the ledger's store as one all-or-nothing group, then hands each, in order, to the owning
   * guard's {@link PostingGuard#onRecord} — the one place where a guard that keeps records changes its state. If
   * the store fails, nothing is handed over (the guard's state is unchanged) and the ledger refuses every further
   * change until it is reopened from its store. A store that writes into a transaction the caller owns hands the
   * records over only once the caller committed.
   *
   * @param records the records, each owned by the guard the change is made for; at least one
   * @throws dev.backoffice.ledger.error.LedgerStoreException if the store failed
   * @throws dev.backoffice.core.error.ValidationException if a record belongs to another guard, or there is none
   */
  void append(List<GuardRecord> records);
}
