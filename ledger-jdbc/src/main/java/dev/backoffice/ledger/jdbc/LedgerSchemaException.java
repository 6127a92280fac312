package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.error.LedgerStoreException;
import org.jspecify.annotations.Nullable;

/**
 * The database's ledger schema cannot be used by this code: it is missing or older and migrations were not
 * asked for, it is newer than this code knows (written by a later release), or an applied migration's script
 * differs from the one this code ships.
 */
public class LedgerSchemaException extends LedgerStoreException {
  private static final long serialVersionUID = 1L;

  private final int foundVersion;
  private final int knownVersion;

  /**
   * Creates the failure.
   *
   * @param message what is wrong and what to do
   * @param foundVersion the schema version in the database (0 when it has no ledger schema)
   * @param knownVersion the newest schema version this code knows
   * @param cause the underlying failure, if any
   */
  public LedgerSchemaException(String message, int foundVersion, int knownVersion, @Nullable Throwable cause) {
    super(message, cause);
    this.foundVersion = foundVersion;
    this.knownVersion = knownVersion;
  }

  /** The schema version found in the database (0 when it has no ledger schema). */
  public int foundVersion() {
    return foundVersion;
  }

  /** The newest schema version this code knows. */
  public int knownVersion() {
    return knownVersion;
  }
}
