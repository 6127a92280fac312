package dev.backoffice.ledger.error;

import dev.backoffice.core.error.ConflictException;

/**
 * An entry reuses an idempotency key (or an entry id) that an earlier entry with different content already
 * used. Repeating the same content with the same key is not an error: it returns the earlier result.
 */
public class IdempotencyConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String existingEntryId;

  /**
   * Creates the conflict.
   *
   * @param key the reused key or id
   * @param existingEntryId the id of the entry that already used it
   */
  public IdempotencyConflictException(String key, String existingEntryId) {
    super("idempotency key " + key, "already used by entry " + existingEntryId + " with different content");
    this.key = key;
    this.existingEntryId = existingEntryId;
  }

  /** The reused key (or entry id). */
  public String key() {
    return key;
  }

  /** The entry that used it first. */
  public String existingEntryId() {
    return existingEntryId;
  }
}
