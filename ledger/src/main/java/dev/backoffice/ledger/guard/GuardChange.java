package dev.backoffice.ledger.guard;

import dev.backoffice.ledger.query.LedgerView;

/**
 * A change of a guard's own state, run by {@code Ledger.writeGuardRecords} under the ledger's write lock: it reads
 * the ledger's state, checks what it must, appends the change's records through the {@link GuardRecorder} and
 * returns its result. Nothing else writes to the ledger meanwhile, so what it checked still holds when its
 * records are applied.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface GuardChange<T> {
  /**
   * Makes the change.
   *
   * @param ledger the ledger's state
   * @param recorder appends the change's records
   * @return the result
   */
  T run(LedgerView ledger, GuardRecorder recorder);
}
