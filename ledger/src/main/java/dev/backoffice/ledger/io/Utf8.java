package dev.backoffice.ledger.io;

/** UTF-8 checks on raw bytes, without decoding: validity, lengths and columns. */
final class Utf8 {
  private Utf8() {}

  /**
   * The index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
   *
   * @param b the bytes
   * @param from the first index
   * @param to the end (exclusive)
   * @return the first bad index, or -1 when all is well-formed
   */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      } else {
        return i;
      }
      if (i + n >= to) {
        return i; // the sequence is cut short
      }
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return i;
      }
      for (int k = 2; k <= n; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return -1;
  }

  /** The number of UTF-16 chars the bytes decode to (they must be well-formed). */
  static int utf16Length(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** The number of code points in the bytes (continuation bytes do not count). */
  static int codePoints(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        n++;
      }
    }
    return n;
  }
}
