package dev.backoffice.ledger.store.file;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of opening a {@link FileLedgerStore}'s log after its directory is locked (the lock is taken in
 * {@code FileLedgerStore.open}): reading the checkpoint, creating an empty log, checking the header, scanning
 * the log for a torn tail or an incomplete group, and re-deriving the hash-chain head. Owns no state; the
 * store's constructor runs the steps and applies what they find (cutting the tail off is the store's).
 */
final class LogRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(FileLedgerStore.class);

  /** What a scan found: where the valid log ends, its records, the last frame's offset, why to cut the rest. */
  record Scan(long end, long records, long lastFrame, @Nullable String cutReason) {}

  private LogRecovery() {}

  /** The checkpoint, if there is a readable one (an unreadable one is ignored: the whole log is scanned). */
  static Optional<Checkpoint> readCheckpoint(Path checkpointPath) {
    try {
      return Checkpoint.read(checkpointPath);
    } catch (IOException e) {
      // the checkpoint only saves time and anchors the chain; the log alone is complete (the verifier reports it)
      LOG.warn("{}: ignoring an unreadable checkpoint, the whole log will be scanned: {}", checkpointPath, e.toString());
      return Optional.empty();
    }
  }

  /** Creates an empty log (its header, with a new store id) and makes it durable. */
  static void createLog(Path logPath, Path directory) throws IOException {
    byte[] h = new byte[Format.FILE_HEADER];
    System.arraycopy(Format.FILE_MAGIC, 0, h, 0, 8);
    h[8] = Format.VERSION;
    UUID id = UUID.randomUUID();
    Format.putLong(h, 12, id.getMostSignificantBits());
    Format.putLong(h, 20, id.getLeastSignificantBits());
    Format.putInt(h, Format.FILE_HEADER - 4, Format.crc32c(h, 0, Format.FILE_HEADER - 4));
    try (RandomAccessFile f = new RandomAccessFile(logPath.toFile(), "rw")) {
      f.setLength(0);
      f.write(h);
      f.getFD().sync();
    }
    LogWriter.syncDirectory(directory);
  }

  /** Throws if a log header is not one this version reads. */
  static void checkHeader(byte[] h, String logName) {
    String problem = Format.headerProblem(h);
    if (problem != null) {
      throw error(logName, 0, -1, problem, null);
    }
  }

  /**
   * Reads the log after the checkpoint (or its header) to its end: the records must follow each other; a
   * torn tail is where the scan stops (with the reason to cut it off), a damaged record followed by one of a
   * later write is damage in the middle and throws; a group whose last record is missing is cut off too.
   * Changes nothing.
   */
  static Scan scan(Path logPath, String logName, int allowedFlags, Optional<Checkpoint> checkpoint, long size)
      throws IOException {
    long start = Format.FILE_HEADER;
    long expected = 0;
    long lastFrame = -1;
    if (checkpoint.isPresent()) {
      Checkpoint cp = checkpoint.get();
      if (cp.logEnd() > size || cp.logEnd() < Format.FILE_HEADER || cp.lastFrameOffset() >= cp.logEnd()) {
        throw error(logName, size, cp.records(), "the log ends at offset " + size + " but " + cp
            + " exists: acknowledged records were lost or the checkpoint is wrong", null);
      }
      start = cp.logEnd();
      expected = cp.records();
      lastFrame = cp.lastFrameOffset();
    }
    long end;
    long groupStart = -1; // offset of the first frame of a group not yet complete
    long groupIndex = -1;
    long beforeGroup = -1;
    String cutReason = null;
    try (LogReader r = new LogReader(logPath, start, size, allowedFlags)) {
      while (true) {
        long offset = r.position();
        LogReader.Status s = r.peek();
        if (s == LogReader.Status.VALID) {
          if (r.index() != expected) {
            throw error(logName, offset, expected, "expected record #" + expected + " but found record #" + r.index()
                + ": a record is missing or out of place", null);
          }
          if (r.continuesGroup() && groupStart < 0) {
            groupStart = offset;
            groupIndex = expected;
            beforeGroup = lastFrame;
          } else if (!r.continuesGroup()) {
            groupStart = -1;
          }
          lastFrame = offset;
          expected++;
          r.advance();
          continue;
        }
        end = offset;
        if (s == LogReader.Status.END) {
          break;
        }
        Tail.Verdict v = Tail.classify(r, offset, expected);
        if (v.kind() == Tail.Kind.MIDDLE) {
          throw error(logName, offset, expected, describe(s) + ", but record #" + v.laterIndex() + " of a later write follows at"
              + " offset " + v.laterFrame() + ": the log is damaged in the middle (not a torn write). Nothing was"
              + " changed; restore the log from a backup or cut it at this offset by hand", null);
        }
        if (v.kind() != Tail.Kind.ZEROS) {
          cutReason = "a torn tail (" + describe(s) + ")";
        }
        break;
      }
    }
    if (groupStart >= 0) {
      // the operation that wrote the group never finished, so none of it was acknowledged: none of it stays
      cutReason = (cutReason == null ? "" : cutReason + " after ") + "an incomplete group of records #" + groupIndex
          + " to #" + (expected - 1) + " (an operation writing several records was cut short)";
      end = groupStart;
      expected = groupIndex;
      lastFrame = beforeGroup;
    }
    return new Scan(end, expected, lastFrame, cutReason);
  }

  /**
   * The hash of the last record (the genesis hash of an empty log), checked against the checkpoint's: a
   * record up to the checkpoint changed after it was written throws.
   */
  static byte[] chainHead(Path logPath, String logName, int allowedFlags, byte[] genesisHash,
      Optional<Checkpoint> checkpoint, long lastFrame, long records) throws IOException {
    long expected = records;
    byte[] headHash = lastFrame < 0 ? genesisHash.clone() : frameHash(logPath, logName, allowedFlags, lastFrame, expected - 1);
    if (checkpoint.isPresent()) {
      Checkpoint cp = checkpoint.get();
      byte[] h = cp.records() == 0 ? genesisHash
          : lastFrame == cp.lastFrameOffset() ? headHash : frameHash(logPath, logName, allowedFlags, cp.lastFrameOffset(), cp.records() - 1);
      if (!Arrays.equals(h, cp.headHash())) {
        throw error(logName, cp.lastFrameOffset(), cp.records() - 1, "the record no longer has the hash " + Format.hex(cp.headHash())
            + " that the checkpoint recorded: it was modified after it was written", null);
      }
    }
    return headHash;
  }

  /** The SHA-256 hash of the valid frame at an offset. */
  private static byte[] frameHash(Path logPath, String logName, int allowedFlags, long offset, long record)
      throws IOException {
    try (LogReader r = new LogReader(logPath, offset, Files.size(logPath), allowedFlags)) {
      LogReader.Status s = r.peek();
      if (s != LogReader.Status.VALID) {
        throw error(logName, offset, record, describe(s) + " where the checkpoint says the record is", null);
      }
      MessageDigest md = Format.sha256();
      md.update(r.array(), r.at(), r.frameLength());
      return md.digest();
    }
  }

  /** What a status other than VALID means, for messages. */
  static String describe(LogReader.Status s) {
    switch (s) {
      case INCOMPLETE: return "the record is incomplete (the file ends inside it)";
      case BAD_HEADER: return "no valid record header (wrong marker, header checksum, flags or length)";
      case BAD_CHECKSUM: return "the record's checksum does not match its contents";
      default: return s.toString();
    }
  }

  private static StoreFileException error(String logName, long offset, long record, String message,
      @Nullable Throwable cause) {
    return new StoreFileException(logName, offset, record, message, cause);
  }
}
