package dev.backoffice.ledger.store.file;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checkpoint file: "the log held {@code records} records, the last one at {@code lastFrameOffset}
 * with hash {@code headHash}, ending at {@code logEnd}", written atomically (temporary file, sync, rename,
 * directory sync) on close and every {@link FileStoreOptions#checkpointIntervalBytes()} of log.
 *
 * <p>It serves two ends: on open only the log after {@code logEnd} is scanned for a torn tail (the prefix
 * is checked as it is replayed), and it anchors the hash chain: a log shorter than the checkpoint, or whose
 * record {@code records - 1} no longer hashes to {@code headHash}, lost or changed records the store had
 * vouched for.
 */
record Checkpoint(byte[] storeId, long records, long lastFrameOffset, long logEnd, byte[] headHash) {
  /** Reads a checkpoint; empty when the file does not exist. */
  static Optional<Checkpoint> read(Path file) throws IOException {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (b.length != Format.CHECKPOINT || !Arrays.equals(b, 0, 8, Format.CHECKPOINT_MAGIC, 0, 8)) {
      throw new IOException("not a checkpoint file (" + b.length + " bytes, wrong magic or length)");
    }
    if (Format.getInt(b, Format.CHECKPOINT - 4) != Format.crc32c(b, 0, Format.CHECKPOINT - 4)) {
      throw new IOException("the checkpoint's checksum does not match");
    }
    if (b[8] != Format.CHECKPOINT_VERSION) {
      throw new IOException("checkpoint format version " + (b[8] & 0xff) + " is not supported (this version reads "
          + Format.CHECKPOINT_VERSION + ")");
    }
    return Optional.of(new Checkpoint(Arrays.copyOfRange(b, 12, 28), Format.getLong(b, 28), Format.getLong(b, 36),
        Format.getLong(b, 44), Arrays.copyOfRange(b, 52, 52 + Format.HASH)));
  }

  /** Writes this checkpoint atomically over {@code file}. */
  void write(Path file) throws IOException {
    byte[] b = new byte[Format.CHECKPOINT];
    System.arraycopy(Format.CHECKPOINT_MAGIC, 0, b, 0, 8);
    b[8] = Format.CHECKPOINT_VERSION;
    System.arraycopy(storeId, 0, b, 12, 16);
    Format.putLong(b, 28, records);
    Format.putLong(b, 36, lastFrameOffset);
    Format.putLong(b, 44, logEnd);
    System.arraycopy(headHash, 0, b, 52, Format.HASH);
    Format.putInt(b, Format.CHECKPOINT - 4, Format.crc32c(b, 0, Format.CHECKPOINT - 4));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (RandomAccessFile f = new RandomAccessFile(tmp.toFile(), "rw")) {
      f.setLength(0);
      f.write(b);
      f.getFD().sync();
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    LogWriter.syncDirectory(file.getParent());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Checkpoint && Arrays.equals(((Checkpoint) o).storeId, storeId)
        && ((Checkpoint) o).records == records && ((Checkpoint) o).lastFrameOffset == lastFrameOffset
        && ((Checkpoint) o).logEnd == logEnd && Arrays.equals(((Checkpoint) o).headHash, headHash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(records) * 31 + Arrays.hashCode(headHash);
  }

  @Override
  public String toString() {
    return "checkpoint of " + records + " records ending at " + logEnd + ", head " + Format.hex(headHash);
  }
}
