package dev.backoffice.ledger.store.file;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/** What {@link FileStoreVerifier} found in a store's files. */
@Value.Immutable
@BackOfficeStyle
public abstract class FileStoreReport {
  /** The store's directory. */
  public abstract String directory();

  /** The valid records read from the log. */
  public abstract long records();

  /** The posted entries among them (posted and committed), replayed and compared. */
  public abstract long postedEntries();

  /** The offset where the valid log ends. */
  public abstract long logEnd();

  /**
   * The bytes after the last valid record that a crash left (a torn, unacknowledged write); the next open
   * cuts them off. Not a problem by itself.
   */
  public abstract long tornTailBytes();

  /** The head of the hash chain over the valid records read. */
  public abstract ChainHead head();

  /** Every problem found, in file order then by kind; empty for a sound store. */
  public abstract ImmutableList<FileStoreProblem> problems();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableFileStoreReport.Builder builder() {
    return ImmutableFileStoreReport.builder();
  }

  /** True when no problem was found: every checksum, record number and hash matches and balances agree. */
  public boolean isSound() {
    return problems().isEmpty();
  }

  @Override
  public String toString() {
    return isSound() ? "sound: " + records() + " records, " + postedEntries() + " posted entries, head " + head().hash()
        : problems().size() + " problems in " + directory() + ": " + problems();
  }
}
