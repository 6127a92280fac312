package dev.backoffice.ledger.store.file;

import dev.backoffice.ledger.error.LedgerStoreException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A failure of a {@link FileLedgerStore} tied to one of its files: a corrupt or missing record, a store
 * locked by another process, a file written by a newer format version, an I/O error. The file and, where
 * known, the byte offset and the record number are fields as well as part of the message.
 */
public class StoreFileException extends LedgerStoreException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long offset;
  private final long record;

  /**
   * Creates the failure.
   *
   * @param file the file concerned
   * @param offset the byte offset in the file, or -1 when not tied to one
   * @param record the record number (0 for the first record of the log), or -1 when not tied to one
   * @param message what went wrong; the file, offset and record are prepended
   * @param cause the underlying failure, if any
   */
  public StoreFileException(String file, long offset, long record, String message, @Nullable Throwable cause) {
    super(prefix(file, offset, record) + message, cause);
    this.file = file;
    this.offset = offset;
    this.record = record;
  }

  private static String prefix(String file, long offset, long record) {
    return file + (offset >= 0 ? " at offset " + offset : "") + (record >= 0 ? " (record #" + record + ")" : "") + ": ";
  }

  /** The file concerned, as a path string. */
  public String file() {
    return file;
  }

  /** The byte offset in the file where the problem is, if the failure is tied to one. */
  public OptionalLong offset() {
    return offset >= 0 ? OptionalLong.of(offset) : OptionalLong.empty();
  }

  /** The number of the record concerned (0 for the first record of the log), if known. */
  public OptionalLong record() {
    return record >= 0 ? OptionalLong.of(record) : OptionalLong.empty();
  }
}
