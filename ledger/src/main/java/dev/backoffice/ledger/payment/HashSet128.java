package dev.backoffice.ledger.payment;

import java.util.Arrays;

/**
 * A set of hashes kept by their first 128 bits: two sorted {@code long} arrays searched by bisection. Millions of
 * SHA-512 hashes fit in 16 bytes each.
 */
final class HashSet128 {
  private final long[] high;
  private final long[] low;

  private HashSet128(long[] high, long[] low) {
    this.high = high;
    this.low = low;
  }

  boolean contains(byte[] digest) {
    long h = word(digest, 0);
    long l = word(digest, 8);
    int lo = 0;
    int hi = high.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(high[mid], low[mid], h, l);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static int compare(long h1, long l1, long h2, long l2) {
    int c = Long.compareUnsigned(h1, h2);
    return c != 0 ? c : Long.compareUnsigned(l1, l2);
  }

  private static long word(byte[] b, int from) {
    long v = 0;
    for (int i = from; i < from + 8; i++) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  /** Collects hashes, then sorts them once. */
  static final class Builder {
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private int size;

    void add(String hex) {
      if (size == high.length) {
        high = Arrays.copyOf(high, size * 2);
        low = Arrays.copyOf(low, size * 2);
      }
      high[size] = Long.parseUnsignedLong(hex.substring(0, 16), 16);
      low[size] = Long.parseUnsignedLong(hex.substring(16, 32), 16);
      size++;
    }

    HashSet128 build() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      long[] h = high;
      long[] l = low;
      Arrays.sort(order, (a, b) -> compare(h[a], l[a], h[b], l[b]));
      long[] sortedHigh = new long[size];
      long[] sortedLow = new long[size];
      for (int i = 0; i < size; i++) {
        sortedHigh[i] = h[order[i]];
        sortedLow[i] = l[order[i]];
      }
      return new HashSet128(sortedHigh, sortedLow);
    }
  }
}
