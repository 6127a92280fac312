package dev.backoffice.ledger.event;

import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.period.PeriodChange;

/**
 * Notified after the ledger has committed a change (never for a rejected one), on the posting thread or on
 * the executor given when the listener was registered. Every method does nothing by default.
 *
 * <p>A listener that throws does not undo the change (it is already committed) and does not stop other
 * listeners; the ledger logs the failure at ERROR level with the exception.
 */
public interface LedgerListener {
  /**
   * An entry was posted (also a reversal, which additionally triggers {@link #onReversed}).
   *
   * @param entry the posted entry, with any warnings
   */
  default void onPosted(PostedEntry entry) {}

  /**
   * A reservation was made.
   *
   * @param entry the pending entry
   */
  default void onReserved(PostedEntry entry) {}

  /**
   * A reservation was committed and is now posted.
   *
   * @param entry the posted entry
   */
  default void onCommitted(PostedEntry entry) {}

  /**
   * A reservation was voided or expired.
   *
   * @param entry the entry with status VOIDED or EXPIRED
   */
  default void onReleased(PostedEntry entry) {}

  /**
   * An entry was reversed.
   *
   * @param original the reversed entry
   * @param reversal the reversing entry
   */
  default void onReversed(PostedEntry original, PostedEntry reversal) {}

  /**
   * A period changed state (closed, soft-closed, reopened).
   *
   * @param change the change
   */
  default void onPeriodChanged(PeriodChange change) {}

  /**
   * An account was opened or changed.
   *
   * @param account the account as it now is
   */
  default void onAccountSaved(Account account) {}
}
