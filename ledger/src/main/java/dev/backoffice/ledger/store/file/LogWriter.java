package dev.backoffice.ledger.store.file;

import dev.backoffice.ledger.store.LedgerRecord;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link FileLedgerStore}'s frames: encodes, checksums and chains records after the last one written,
 * writes them to the log, preallocates, and syncs safely from interrupts. Owns the drainer's state: the sync
 * channel, the encoding buffers, and where the written log ends (record count, offset, last frame, chain head,
 * an open group). One drain at a time touches it (the store hands the drain over under its mutex); the store
 * reads the fields under that rule too, and sets them once when it recovers the log on open.
 */
final class LogWriter {
  private static final int ZERO_CHUNK = 1 << 20;

  private final Path logPath;
  private final String logName;
  private final FileStoreOptions options;
  private final RandomAccessFile log;

  FileChannel syncChannel;
  private final MessageDigest digest = Format.sha256();
  private final CRC32C crc = new CRC32C();
  private final ByteSink scratch = new ByteSink(4096);
  private final ByteSink frames = new ByteSink(1 << 16);
  byte[] headHash;
  /** Records written to the file (synced or not). */
  long written;
  long writeOffset;
  long allocatedEnd;
  long lastFrameOffset;
  /** Whether the last frame written marks a group that goes on: no checkpoint may end there. */
  boolean writtenGroupOpen;
  private byte @Nullable [] zeros;

  LogWriter(Path logPath, String logName, FileStoreOptions options, RandomAccessFile log, FileChannel syncChannel) {
    this.logPath = logPath;
    this.logName = logName;
    this.options = options;
    this.log = log;
    this.syncChannel = syncChannel;
  }

  /**
   * Frames, checksums, chains and writes records after the last one written; syncs nothing.
   *
   * @param batch the number of the first record since the last sync, which every frame carries
   */
  void writeRecords(RecordQueue q, long batch) throws IOException {
    ByteSink out = frames;
    out.reset();
    long index = written;
    long frameOffset = lastFrameOffset;
    boolean groupOpen = writtenGroupOpen;
    byte[] chain = headHash;
    for (int r = 0; r < q.size; r++) {
      LedgerRecord record = q.records[r];
      scratch.reset();
      int type;
      try {
        type = RecordCodec.encode(record, scratch);
      } catch (RuntimeException e) {
        throw error(-1, index, "cannot encode a " + record.getClass().getSimpleName() + ": " + e.getMessage()
            + "; the store accepts no more records: reopen it to recover", e);
      }
      int len = scratch.size();
      if (len > Format.MAX_PAYLOAD) {
        throw error(-1, index, "a " + record.getClass().getSimpleName() + " of " + len + " bytes exceeds the"
            + " largest record of " + Format.MAX_PAYLOAD + " bytes; the store accepts no more records: reopen it", null);
      }
      int at = out.skip(Format.FRAME_HEADER);
      byte[] b = out.array();
      Format.putInt(b, at, Format.FRAME_MAGIC);
      b[at + Format.F_TYPE] = (byte) type;
      b[at + Format.F_FLAGS] = (byte) (q.continues[r] ? Format.FLAG_CONTINUES : 0);
      b[at + 6] = 0;
      b[at + 7] = 0;
      Format.putInt(b, at + Format.F_LENGTH, len);
      Format.putLong(b, at + Format.F_INDEX, index);
      Format.putLong(b, at + Format.F_BATCH, batch);
      System.arraycopy(chain, 0, b, at + Format.F_PREV, Format.HASH);
      crc.reset();
      crc.update(b, at, Format.F_HEADER_CRC);
      Format.putInt(b, at + Format.F_HEADER_CRC, (int) crc.getValue());
      out.bytes(scratch.array(), 0, len);
      int end = out.skip(4);
      b = out.array();
      crc.reset();
      crc.update(b, at, end - at);
      Format.putInt(b, end, (int) crc.getValue());
      digest.update(b, at, end + 4 - at);
      chain = digest.digest();
      frameOffset = writeOffset + at;
      groupOpen = q.continues[r];
      index++;
    }
    int n = out.size();
    log.seek(writeOffset);
    log.write(out.array(), 0, n);
    long end = writeOffset + n;
    if (end > allocatedEnd) {
      allocatedEnd = end;
      preallocate();
    }
    // only now that the bytes are in the file: a failed write leaves the chain where the file is
    writeOffset = end;
    headHash = chain;
    lastFrameOffset = frameOffset;
    writtenGroupOpen = groupOpen;
    written = index;
  }

  /** Extends the file with zeros so that the following syncs need not change its size. */
  private void preallocate() throws IOException {
    long bytes = options.preallocateBytes();
    if (bytes == 0) {
      return;
    }
    if (zeros == null) {
      zeros = new byte[(int) Math.min(ZERO_CHUNK, bytes)];
    }
    log.seek(allocatedEnd);
    for (long left = bytes; left > 0; ) {
      int n = (int) Math.min(zeros.length, left);
      log.write(zeros, 0, n);
      left -= n;
    }
    allocatedEnd += bytes;
  }

  /**
   * {@code FileChannel.force}, kept safe from interrupts: an interrupted channel closes itself, so the
   * interrupt status is set aside during the sync and the channel reopened if an interrupt closed it anyway.
   */
  void force(boolean metadata) throws IOException {
    boolean interrupted = Thread.interrupted();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          syncChannel.force(metadata);
          return;
        } catch (ClosedByInterruptException e) {
          interrupted |= Thread.interrupted();
          if (attempt == 3) {
            throw e;
          }
          syncChannel = FileChannel.open(logPath, StandardOpenOption.WRITE);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Syncs a directory so that a file created or renamed in it survives a crash (POSIX only). */
  static void syncDirectory(Path dir) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return; // Windows cannot open a directory for syncing; NTFS journals the entry itself
    }
    boolean interrupted = Thread.interrupted();
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private StoreFileException error(long offset, long record, String message, @Nullable Throwable cause) {
    return new StoreFileException(logName, offset, record, message, cause);
  }
}
