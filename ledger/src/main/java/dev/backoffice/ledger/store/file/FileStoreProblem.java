package dev.backoffice.ledger.store.file;

import dev.backoffice.core.BackOfficeStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** One thing {@link FileStoreVerifier} found wrong with a store, located by byte offset and record number. */
@Value.Immutable
@BackOfficeStyle
public abstract class FileStoreProblem {
  /** What kind of damage or tampering. */
  public enum Kind {
    /** The log header is missing, damaged, or of an unsupported version: nothing else could be read. */
    BAD_HEADER,
    /** A record fails its checksum or is no valid frame, and is not a torn tail. */
    CORRUPT_RECORD,
    /** Record numbers jump: records were deleted. */
    MISSING_RECORD,
    /** A record number repeats or goes back: records were copied or reordered. */
    DUPLICATE_RECORD,
    /**
     * A record's hash no longer matches the previous-hash field of the record after it: the record was changed
     * (and its checksums recomputed) after it was written.
     */
    MODIFIED_RECORD,
    /** A record passes its checksums but cannot be decoded. */
    UNREADABLE_RECORD,
    /** The checkpoint is unreadable, belongs to another store, or vouches for records the log no longer has. */
    CHECKPOINT_MISMATCH,
    /** The chain head given by the caller does not match the log. */
    ANCHOR_MISMATCH,
    /** The journal's sequence numbers or count disagree with the posted records. */
    JOURNAL_MISMATCH,
    /** A balance of the replayed ledger differs from the independent sum of the posted lines. */
    BALANCE_MISMATCH,
    /** Replaying the records into a fresh ledger failed. */
    REPLAY_FAILED
  }

  /** The kind of problem. */
  @Value.Parameter
  public abstract Kind kind();

  /** The byte offset in the file where the problem is, when it has one. */
  @Value.Parameter
  public abstract OptionalLong offset();

  /** The record number concerned (0 for the first record), when there is one. */
  @Value.Parameter
  public abstract OptionalLong record();

  /** A complete description for a human reader. */
  @Value.Parameter
  public abstract String message();

  /**
   * A problem.
   *
   * @param kind the kind
   * @param offset the byte offset, or -1 when it has none
   * @param record the record number, or -1 when it has none
   * @param message the description
   * @return the problem
   */
  public static FileStoreProblem of(Kind kind, long offset, long record, String message) {
    return ImmutableFileStoreProblem.of(kind, offset >= 0 ? OptionalLong.of(offset) : OptionalLong.empty(),
        record >= 0 ? OptionalLong.of(record) : OptionalLong.empty(), message);
  }

  /** {@code "MODIFIED_RECORD at offset 1234 (record #7): …"}. */
  @Override
  public String toString() {
    return kind() + (offset().isPresent() ? " at offset " + offset().getAsLong() : "")
        + (record().isPresent() ? " (record #" + record().getAsLong() + ")" : "") + ": " + message();
  }
}
