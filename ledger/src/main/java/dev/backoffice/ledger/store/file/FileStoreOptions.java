package dev.backoffice.ledger.store.file;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.util.Optional;
import java.util.concurrent.Executor;
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

  /**
   * An executor on which the store encodes, checksums and writes appended records while the writers go on
   * posting (default: none). Without one, a writer that waits for its record does that work itself, after
   * posting; with one, a single writer posting a batch overlaps its posting with the writing of the batch
   * (on a second core) and waits only for the sync. The store gives it one task at a time, which ends when
   * nothing is left to write; give it an executor with a thread to spare. If the executor refuses a task,
   * the waiting writers do the work. Durability is the same either way: a record is acknowledged only
   * after its sync.
   */
  public abstract Optional<Executor> executor();

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
