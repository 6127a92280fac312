package dev.backoffice.ledger.store.file;

import java.util.Arrays;

/** A growable byte array written front to back; the encoder's output and the group-commit batch. */
final class ByteSink {
  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[capacity];
  }

  byte[] array() {
    return bytes;
  }

  int size() {
    return size;
  }

  void reset() {
    size = 0;
  }

  /** Drops everything from {@code newSize} on (or, within the array, takes back bytes skipped over). */
  void truncate(int newSize) {
    size = newSize;
  }

  /** How many bytes {@link #varlong} writes for a value. */
  static int varlongSize(long v) {
    int n = 1;
    while ((v & ~0x7FL) != 0) {
      n++;
      v >>>= 7;
    }
    return n;
  }

  /** Makes room for {@code n} more bytes. */
  void reserve(int n) {
    if (size + n > bytes.length) {
      long wanted = Math.max((long) bytes.length * 2, (long) size + n);
      bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 16));
    }
  }

  /** Advances past {@code n} bytes to be filled in later; returns where they start. */
  int skip(int n) {
    reserve(n);
    int at = size;
    size += n;
    return at;
  }

  void u8(int v) {
    reserve(1);
    bytes[size++] = (byte) v;
  }

  void bytes(byte[] b, int off, int len) {
    reserve(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }

  /** Unsigned LEB128. */
  void varlong(long v) {
    reserve(10);
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /** Signed, zig-zag then LEB128. */
  void zigzag(long v) {
    varlong((v << 1) ^ (v >> 63));
  }
}
