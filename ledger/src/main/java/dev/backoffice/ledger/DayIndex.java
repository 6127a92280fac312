package dev.backoffice.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Posted turnovers of one account in one currency by effective date, in month chunks held in a dense array
 * indexed by month: for each day the debit, credit and signed base-value sums (minor units) and the number
 * of lines. Adding touches one cache line (no running month totals: they would cost a second miss on the
 * hot path); a range sum adds up the days of each month it covers.
 * Not thread-safe: the ledger guards it with its lock.
 */
class DayIndex {
  static final int DR = 0;
  static final int CR = 1;
  static final int BASE = 2;
  static final int COUNT = 3;
  private static final int SLOTS = 4;
  private static final int CHUNK = 31 * SLOTS;

  /** months[i] holds month key firstKey + i; null where nothing was posted. */
  private long @Nullable [][] months;
  private int firstKey;

  private static int monthKey(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  void add(LocalDate date, long dr, long cr, long base, long count) {
    int key = monthKey(date);
    long[][] ms = months;
    if (ms == null) {
      ms = new long[4][];
      firstKey = key;
      months = ms;
    } else if (key < firstKey) {
      int shift = firstKey - key;
      long[][] grown = new long[Math.max(ms.length + shift, ms.length * 2)][];
      System.arraycopy(ms, 0, grown, shift, ms.length);
      ms = grown;
      months = ms;
      firstKey = key;
    } else if (key - firstKey >= ms.length) {
      ms = Arrays.copyOf(ms, Math.max(key - firstKey + 1, ms.length * 2));
      months = ms;
    }
    int i = key - firstKey;
    long[] chunk = ms[i];
    if (chunk == null) {
      chunk = new long[CHUNK];
      ms[i] = chunk;
    }
    int at = (date.getDayOfMonth() - 1) * SLOTS;
    chunk[at + DR] += dr;
    chunk[at + CR] += cr;
    chunk[at + BASE] += base;
    chunk[at + COUNT] += count;
  }

  /**
   * Sums over the days from {@code from} to {@code to}, both included; null means unbounded.
   *
   * @return {dr, cr, base, count}
   */
  long[] sum(@Nullable LocalDate from, @Nullable LocalDate to) {
    long[] out = new long[SLOTS];
    long[][] ms = months;
    if (ms == null) {
      return out;
    }
    int fromKey = from == null ? Integer.MIN_VALUE : monthKey(from);
    int toKey = to == null ? Integer.MAX_VALUE : monthKey(to);
    int lo = Math.max(0, fromKey == Integer.MIN_VALUE ? 0 : fromKey - firstKey);
    int hi = Math.min(ms.length - 1, toKey == Integer.MAX_VALUE ? ms.length - 1 : toKey - firstKey);
    for (int i = lo; i <= hi; i++) {
      long[] c = ms[i];
      if (c == null) {
        continue;
      }
      int key = firstKey + i;
      int firstDay = from != null && key == fromKey ? from.getDayOfMonth() : 1;
      int lastDay = to != null && key == toKey ? to.getDayOfMonth() : 31;
      long dr = 0;
      long cr = 0;
      long base = 0;
      long count = 0;
      for (int at = (firstDay - 1) * SLOTS, end = lastDay * SLOTS; at < end; at += SLOTS) {
        dr += c[at + DR];
        cr += c[at + CR];
        base += c[at + BASE];
        count += c[at + COUNT];
      }
      out[DR] += dr;
      out[CR] += cr;
      out[BASE] += base;
      out[COUNT] += count;
    }
    return out;
  }
}
