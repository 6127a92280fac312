package dev.backoffice.ledger.store.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the frames of a log file front to back through a window buffer, between two offsets. It reads with
 * {@link RandomAccessFile}, whose reads an interrupt cannot abort (an interrupted {@code FileChannel} closes
 * itself). Not thread-safe; the caller keeps the range stable while reading.
 */
final class LogReader implements Closeable {
  /** What lies at the current position. */
  enum Status {
    /** A whole frame whose header and checksum are right. */
    VALID,
    /** The end of the range. */
    END,
    /** Fewer bytes than the frame needs before the end of the range. */
    INCOMPLETE,
    /** Not a frame header: wrong magic, header checksum, flags or length. */
    BAD_HEADER,
    /** A good header but the frame's checksum does not match. */
    BAD_CHECKSUM
  }

  private final RandomAccessFile file;
  private final long end;
  private final int allowedFlags;
  private byte[] buf;
  private long bufStart;
  private int bufLen;
  private long pos;
  private int frameLen;

  /**
   * A reader of {@code [start, end)} of a log whose frames may carry {@code allowedFlags} (see
   * {@link Format#allowedFlags}); a frame with another flag set is not a valid frame.
   */
  LogReader(Path path, long start, long end, int allowedFlags) throws IOException {
    this.file = new RandomAccessFile(path.toFile(), "r");
    this.end = end;
    this.allowedFlags = allowedFlags;
    this.pos = start;
    this.buf = new byte[(int) Math.min(1 << 20, Math.max(Format.FRAME_OVERHEAD, end - start))];
  }

  /** The offset of the frame {@link #peek()} looks at. */
  long position() {
    return pos;
  }

  long end() {
    return end;
  }

  /** Moves to an offset inside the range. */
  void seek(long offset) {
    pos = offset;
    frameLen = 0;
  }

  /** Makes {@code [pos, pos + n)} available in the buffer; false when it runs past the end. */
  private boolean ensure(int n) throws IOException {
    if (pos + n > end) {
      return false;
    }
    if (pos >= bufStart && pos + n <= bufStart + bufLen) {
      return true;
    }
    if (n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
    }
    int want = (int) Math.min(buf.length, end - pos);
    file.seek(pos);
    file.readFully(buf, 0, want);
    bufStart = pos;
    bufLen = want;
    return true;
  }

  /** Examines the frame at the current position without moving. */
  Status peek() throws IOException {
    frameLen = 0;
    if (pos >= end) {
      return Status.END;
    }
    if (!ensure(Format.FRAME_HEADER)) {
      return Status.INCOMPLETE;
    }
    int at = at();
    if (!Format.headerValid(buf, at, allowedFlags)) {
      return Status.BAD_HEADER;
    }
    int len = Format.frameLength(buf, at);
    if (!ensure(len)) {
      return Status.INCOMPLETE;
    }
    at = at();
    if (!Format.frameCrcValid(buf, at, len)) {
      return Status.BAD_CHECKSUM;
    }
    frameLen = len;
    return Status.VALID;
  }

  /** Moves past the frame {@link #peek()} found valid. */
  void advance() {
    if (frameLen == 0) {
      throw new IllegalStateException("advance() needs a valid frame at " + pos);
    }
    pos += frameLen;
    frameLen = 0;
  }

  // the current valid frame (after peek() returned VALID)

  byte[] array() {
    return buf;
  }

  /** Where the current frame starts in {@link #array()}. */
  int at() {
    return (int) (pos - bufStart);
  }

  int frameLength() {
    return frameLen;
  }

  int type() {
    return buf[at() + Format.F_TYPE] & 0xff;
  }

  long index() {
    return Format.getLong(buf, at() + Format.F_INDEX);
  }

  /** True when the frame's record belongs to a group that goes on in the next record. */
  boolean continuesGroup() {
    return (buf[at() + Format.F_FLAGS] & Format.FLAG_CONTINUES) != 0;
  }

  long batch() {
    return Format.getLong(buf, at() + Format.F_BATCH);
  }

  int payloadLength() {
    return frameLen - Format.FRAME_OVERHEAD;
  }

  int payloadAt() {
    return at() + Format.FRAME_HEADER;
  }

  /** True when the frame's previous-hash field equals {@code hash}. */
  boolean prevHashEquals(byte[] hash) {
    int from = at() + Format.F_PREV;
    return Arrays.equals(buf, from, from + Format.HASH, hash, 0, Format.HASH);
  }

  /** A copy of the current frame's previous-hash field. */
  byte[] prevHash() {
    int from = at() + Format.F_PREV;
    return Arrays.copyOfRange(buf, from, from + Format.HASH);
  }

  /**
   * The offset of the next valid frame after {@code from}, or -1 when none follows before the end. Leaves the
   * reader at that frame (or at the end).
   */
  long findFrame(long from) throws IOException {
    for (long p = from + 1; p + Format.FRAME_OVERHEAD <= end; p++) {
      pos = p;
      ensure(4);
      if (Format.getInt(buf, at()) == Format.FRAME_MAGIC && peek() == Status.VALID) {
        return p;
      }
    }
    pos = end;
    frameLen = 0;
    return -1;
  }

  /** True when every byte from {@code from} to the end is zero (preallocated space never written). */
  boolean zerosFrom(long from) throws IOException {
    for (long p = from; p < end; ) {
      pos = p;
      int n = (int) Math.min(buf.length, end - p);
      ensure(n);
      int at = at();
      for (int i = 0; i < n; i++) {
        if (buf[at + i] != 0) {
          pos = from;
          return false;
        }
      }
      p += n;
    }
    pos = from;
    return true;
  }

  /**
   * Reads {@code len} bytes at an absolute offset into a new array (for the file header and single frames).
   */
  static byte[] readAt(Path path, long offset, int len) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "r")) {
      byte[] b = new byte[len];
      f.seek(offset);
      f.readFully(b);
      return b;
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
