package dev.backoffice.ledger.io;

/**
 * The date at the start of a transaction header ({@code YYYY-MM-DD} or {@code YYYY/MM/DD}), read from bytes.
 * Shared by {@link JournalParser} and the lean {@link QuickBalances} path, so it uses JDK base classes only.
 */
final class HeaderDates {
  /** {@link #key} of bytes that are not {@code YYYY-MM-DD} or {@code YYYY/MM/DD}. */
  static final int BAD_FORMAT = -1;
  /** {@link #key} of a well-formed date that is no day of the calendar (month 13, 30 February). */
  static final int NOT_A_DAY = -2;

  /** Days of each month (index 1 to 12), then of each month of a leap year (13 + 1 to 13 + 12). */
  private static final int[] DAYS = {
      0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
      0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private HeaderDates() {}

  /**
   * The date in {@code b[p, p + 10)} as {@code year * 10000 + month * 100 + day}, or {@link #BAD_FORMAT} or
   * {@link #NOT_A_DAY}. The line must reach at least to {@code ce} (exclusive).
   */
  static int key(byte[] b, int p, int ce) {
    if (ce - p < 10 || !digits(b, p, 4) || !digits(b, p + 5, 2) || !digits(b, p + 8, 2)
        || (b[p + 4] != '-' && b[p + 4] != '/') || b[p + 7] != b[p + 4]) {
      return BAD_FORMAT;
    }
    int y = num(b, p, 4);
    int m = num(b, p + 5, 2);
    int d = num(b, p + 8, 2);
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
      return NOT_A_DAY;
    }
    return y * 10000 + m * 100 + d;
  }

  /** A date as {@code year * 10000 + month * 100 + day}; null as {@link Integer#MAX_VALUE} (no last date). */
  static int key(java.time.@org.jspecify.annotations.Nullable LocalDate date) {
    return date == null ? Integer.MAX_VALUE : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /**
   * The days of month {@code m} (1 to 12) of year {@code y} (0 to 9999), without a branch: a journal's dates move
   * on month by month, and each branch first taken late would cost a recompilation of the method it is in.
   */
  static int daysIn(int y, int m) {
    int div4 = ((y & 3) - 1) >>> 31;
    int notDiv100 = (((y % 100) - 1) >>> 31) ^ 1;
    int div400 = ((y % 400) - 1) >>> 31;
    return DAYS[(div4 & (notDiv100 | div400)) * 13 + m];
  }

  private static boolean digits(byte[] b, int p, int n) {
    for (int i = p; i < p + n; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(byte[] b, int p, int n) {
    int v = 0;
    for (int i = p; i < p + n; i++) {
      v = v * 10 + b[i] - '0';
    }
    return v;
  }
}
