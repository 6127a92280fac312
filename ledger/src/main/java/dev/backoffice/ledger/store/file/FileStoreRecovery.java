package dev.backoffice.ledger.store.file;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/**
 * What {@link FileLedgerStore#open} found and did: the records the log holds and the torn tail it cut off
 * after a crash (the unacknowledged end of the last write).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class FileStoreRecovery {
  /** The records in the log after recovery. */
  @Value.Parameter
  public abstract long records();

  /** The bytes of a torn tail cut off (0 after a clean close or a crash between writes). */
  @Value.Parameter
  public abstract long truncatedBytes();

  /** The byte offset where the log was cut (equal to the log's end when nothing was cut). */
  @Value.Parameter
  public abstract long logEnd();

  /** Whether a checkpoint let the open skip scanning part of the log. */
  @Value.Parameter
  public abstract boolean fromCheckpoint();

  /** Whether the log was created by this open. */
  @Value.Parameter
  public abstract boolean created();

  /**
   * The recovery outcome.
   *
   * @param records records in the log
   * @param truncatedBytes bytes cut off
   * @param logEnd where the log now ends
   * @param fromCheckpoint whether a checkpoint was used
   * @param created whether the log is new
   * @return the outcome
   */
  public static FileStoreRecovery of(long records, long truncatedBytes, long logEnd, boolean fromCheckpoint,
      boolean created) {
    return ImmutableFileStoreRecovery.of(records, truncatedBytes, logEnd, fromCheckpoint, created);
  }
}
