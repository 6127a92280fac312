package dev.backoffice.ledger.store.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The constants and byte-level helpers of the log format (see {@code FORMAT.md} in this package). Numbers
 * are big-endian. Nothing here does I/O.
 */
final class Format {
  /** The first eight bytes of a log file. */
  static final byte[] FILE_MAGIC = "BOLEDGER".getBytes(StandardCharsets.US_ASCII);
  /** The format version this code writes and the newest it reads. */
  static final int VERSION = 4;
  /** The oldest format version this code reads. */
  static final int MIN_VERSION = 1;
  /** The version of the checkpoint file's own layout (unchanged since format version 1). */
  static final int CHECKPOINT_VERSION = 1;
  /**
   * Frame flag (version 2 on): the record belongs to an all-or-nothing group that goes on in the next record.
   * The last record of a group has the flag clear.
   */
  static final int FLAG_CONTINUES = 1;
  /** Length of the file header. */
  static final int FILE_HEADER = 64;

  /** Marks the start of every frame: "LREC". */
  static final int FRAME_MAGIC = 0x4C524543;
  /** Length of a frame header. */
  static final int FRAME_HEADER = 64;
  /** Header plus the trailing CRC. */
  static final int FRAME_OVERHEAD = FRAME_HEADER + 4;
  /** The largest payload a frame may carry. */
  static final int MAX_PAYLOAD = 256 << 20;

  // offsets inside a frame header
  static final int F_TYPE = 4;
  static final int F_FLAGS = 5;
  static final int F_LENGTH = 8;
  static final int F_INDEX = 12;
  static final int F_BATCH = 20;
  static final int F_PREV = 28;
  static final int F_HEADER_CRC = 60;

  /** Length of a SHA-256 hash. */
  static final int HASH = 32;

  /** The first eight bytes of a checkpoint file. */
  static final byte[] CHECKPOINT_MAGIC = "BOLCKPT1".getBytes(StandardCharsets.US_ASCII);
  /** Length of a checkpoint file. */
  static final int CHECKPOINT = 8 + 4 + 16 + 8 + 8 + 8 + HASH + 4;

  static final String LOG_FILE = "ledger.log";
  static final String LOCK_FILE = "ledger.lock";
  static final String CHECKPOINT_FILE = "ledger.checkpoint";

  private Format() {}

  static int getInt(byte[] b, int off) {
    return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
  }

  static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  static long getLong(byte[] b, int off) {
    return (long) getInt(b, off) << 32 | (getInt(b, off + 4) & 0xffffffffL);
  }

  static void putLong(byte[] b, int off, long v) {
    putInt(b, off, (int) (v >>> 32));
    putInt(b, off + 4, (int) v);
  }

  static int crc32c(byte[] b, int off, int len) {
    CRC32C crc = new CRC32C();
    crc.update(b, off, len);
    return (int) crc.getValue();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * True when the bytes at {@code off} start a well-formed frame header: the magic, a header CRC that
   * matches, no flags outside {@code allowedFlags}, a payload length within bounds. Needs {@link #FRAME_HEADER}
   * bytes.
   */
  static boolean headerValid(byte[] b, int off, int allowedFlags) {
    if (getInt(b, off) != FRAME_MAGIC) {
      return false;
    }
    if (getInt(b, off + F_HEADER_CRC) != crc32c(b, off, F_HEADER_CRC)) {
      return false;
    }
    int length = getInt(b, off + F_LENGTH);
    return length >= 0 && length <= MAX_PAYLOAD && (b[off + F_FLAGS] & ~allowedFlags) == 0 && b[off + 6] == 0
        && b[off + 7] == 0;
  }

  /** The frame flags a log of a format version may carry. */
  static int allowedFlags(int version) {
    return version >= 2 ? FLAG_CONTINUES : 0;
  }

  /** The format version in a log header. */
  static int version(byte[] header) {
    return header[8] & 0xff;
  }

  /** The whole frame's length, from a valid header. */
  static int frameLength(byte[] b, int off) {
    return FRAME_OVERHEAD + getInt(b, off + F_LENGTH);
  }

  /** True when the trailing CRC of a whole frame at {@code off} matches. */
  static boolean frameCrcValid(byte[] b, int off, int frameLength) {
    int end = off + frameLength - 4;
    return getInt(b, end) == crc32c(b, off, frameLength - 4);
  }

  /**
   * What is wrong with a log header, or null when it is sound: the magic, the checksum, a supported version.
   *
   * @param h the first {@link #FILE_HEADER} bytes of the log
   */
  static @Nullable String headerProblem(byte[] h) {
    if (!Arrays.equals(h, 0, 8, FILE_MAGIC, 0, 8)) {
      return "not a ledger log (the file does not start with \"BOLEDGER\")";
    }
    if (getInt(h, FILE_HEADER - 4) != crc32c(h, 0, FILE_HEADER - 4)) {
      return "the file header's checksum does not match: the header is damaged";
    }
    int version = version(h);
    if (version < MIN_VERSION || version > VERSION) {
      return "format version " + version + " is not supported: this version of Backoffice reads versions "
          + MIN_VERSION + " to " + VERSION + (version > VERSION ? "; the log was written by a newer version" : "");
    }
    return null;
  }

  static String hex(byte[] hash) {
    StringBuilder s = new StringBuilder(hash.length * 2);
    for (byte x : hash) {
      s.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return s.toString();
  }
}
