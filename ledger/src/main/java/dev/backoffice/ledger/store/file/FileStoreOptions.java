package dev.backoffice.ledger.store.file;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;

/**
 * How a {@link FileLedgerStore} lays out and checks its files. The defaults suit a ledger that posts
 * continuously; every option only trades speed or disk space, never durability.
 *
 * <pre>{@code
 * FileLedgerStore store = FileLedgerStore.open(dir, FileStoreOptions.builder().preallocateBytes(0).build());
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class FileStoreOptions {
  /**
   * How many bytes of zeros the log grows by when a write needs room (default 4 MiB; 0 grows it write by
   * write). Syncing data written into space that already exists does not have to update the file's size,
   * which roughly halves the sync's latency on ext4; the unused zeros are cut off on close.
   */
  @Value.Default
  public long preallocateBytes() {
    return 4L << 20;
  }

  /**
   * After how many bytes of new log a checkpoint is written (default 64 MiB). A checkpoint lets the next open
   * skip scanning the log it covers for a torn tail, and anchors the hash chain. One is always written on
   * close.
   */
  @Value.Default
  public long checkpointIntervalBytes() {
    return 64L << 20;
  }

  /**
   * Whether {@link FileLedgerStore#replay} checks the hash chain (default true): each record must carry the
   * SHA-256 hash of the record before it, so that a record edited with a recomputed checksum stops the open
   * with its offset. Checksums are checked either way.
   */
  @Value.Default
  public boolean verifyChainOnReplay() {
    return true;
  }

  /** The defaults. */
  public static FileStoreOptions defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static ImmutableFileStoreOptions.Builder builder() {
    return ImmutableFileStoreOptions.builder();
  }

  @Value.Check
  void check() {
    Checks.check(preallocateBytes() >= 0 && preallocateBytes() <= (1L << 30), "file store options", "preallocateBytes",
        preallocateBytes(), "must be between 0 and 1 GiB");
    Checks.check(checkpointIntervalBytes() >= 4096, "file store options", "checkpointIntervalBytes",
        checkpointIntervalBytes(), "must be at least 4096");
  }
}
