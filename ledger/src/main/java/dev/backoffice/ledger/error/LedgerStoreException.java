package dev.backoffice.ledger.error;

import dev.backoffice.core.error.BackOfficeException;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's store failed (an I/O error, a corrupt record, a store locked by another process). After a
 * failed append the ledger refuses further changes, since memory and store may disagree; reopen it.
 */
public class LedgerStoreException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed, naming the file and offset where known
   * @param cause the underlying failure
   */
  public LedgerStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the failure.
   *
   * @param message what failed
   */
  public LedgerStoreException(String message) {
    super(message);
  }
}
