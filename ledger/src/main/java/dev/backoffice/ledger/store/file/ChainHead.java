package dev.backoffice.ledger.store.file;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;

/**
 * The head of a store's hash chain: how many records the log holds and the SHA-256 hash of the last one,
 * which (through the previous-hash field every record carries) covers every record before it. Kept outside
 * the store — printed in a report, sent to an auditor, written to another system — it lets
 * {@link FileStoreVerifier} prove later that none of those records was changed or removed, even by someone
 * who rewrote the whole file.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class ChainHead {
  /** The number of records covered (the last one is record {@code records - 1}); 0 for an empty log. */
  @Value.Parameter
  public abstract long records();

  /**
   * The SHA-256 hash of the last record's frame as 64 lower-case hex digits; for an empty log the hash of
   * the file header.
   */
  @Value.Parameter
  public abstract String hash();

  /**
   * A chain head.
   *
   * @param records the number of records
   * @param hash the last record's hash, 64 lower-case hex digits
   * @return the head
   */
  public static ChainHead of(long records, String hash) {
    return ImmutableChainHead.of(records, hash);
  }

  @Value.Check
  void check() {
    Checks.check(records() >= 0, "chain head", "records", records(), "must not be negative");
    Checks.check(hash().matches("[0-9a-f]{64}"), "chain head", "hash", hash(), "must be 64 lower-case hex digits");
  }

  /** {@code "1234 records, head 9f86d0…"}. */
  @Override
  public String toString() {
    return records() + " records, head " + hash();
  }
}
