package dev.backoffice.ledger.io;

import dev.backoffice.ledger.Ledger;

/**
 * The byte-level pieces of the journal syntax that {@link JournalParser} and the lean {@link QuickBalances}
 * path read alike: character classes, keywords, amounts converted to minor units, and the limits on texts.
 * JDK base classes only (the {@link Ledger} constant is inlined by the compiler), as the quick path needs.
 */
final class JournalBytes {
  /** The largest amount of one line, in minor units. */
  static final long MAX_MINOR = Ledger.MAX_LINE_MINOR_UNITS;
  /** The longest description or comment text, in UTF-16 characters. */
  static final int MAX_TEXT = 512;
  /** The longest transaction code (document number), in UTF-16 characters. */
  static final int MAX_DOCUMENT_NUMBER = 256;
  /** {@link #minorUnits} of an amount with more decimal places than its commodity has. */
  static final long TOO_PRECISE = -1;
  /** {@link #minorUnits} of an amount beyond {@link #MAX_MINOR}. */
  static final long TOO_LARGE = -2;

  private static final long[] POW10 = {
      1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
      10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
      1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
      1_000_000_000_000_000_000L};

  private JournalBytes() {}

  static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** Bytes a commodity symbol is made of: letters, '$', '_' and every non-ASCII byte (so '€' or 'zł' are named in errors). */
  static boolean isToken(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b < 0 || b == '$' || b == '_';
  }

  /** The end of the commodity symbol starting at {@code p}, at most {@code ce}. */
  static int tokenEnd(byte[] b, int p, int ce) {
    int r = p;
    while (r < ce && isToken(b[r])) {
      r++;
    }
    return r;
  }

  /** True when the keyword {@code w} (ASCII) stands at {@code p}, followed by the line's end or a blank. */
  static boolean word(byte[] b, int p, int ce, String w) {
    int n = w.length();
    if (ce - p < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[p + i] != w.charAt(i)) {
        return false;
      }
    }
    return p + n == ce || b[p + n] == ' ' || b[p + n] == '\t';
  }

  /**
   * A non-negative amount written as {@code unscaled} with {@code frac} decimal places, in minor units of a
   * commodity with {@code scale} decimal places; or {@link #TOO_PRECISE} or {@link #TOO_LARGE}.
   */
  static long minorUnits(long unscaled, int frac, int scale) {
    long m;
    if (frac == scale) {
      m = unscaled;
    } else if (frac > scale) {
      long d = POW10[frac - scale];
      if (unscaled % d != 0) {
        return TOO_PRECISE;
      }
      m = unscaled / d;
    } else {
      int k = scale - frac;
      if (k >= POW10.length || unscaled > MAX_MINOR / POW10[k]) {
        return TOO_LARGE;
      }
      m = unscaled * POW10[k];
    }
    return m > MAX_MINOR ? TOO_LARGE : m;
  }
}
