package dev.backoffice.ledger;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Posted turnovers of one account in one currency by effective date, in month chunks: for each day the
 * debit, credit and signed base-value sums (minor units) and the number of lines, plus each month's totals.
 * Range sums cost a few array reads per month. Not thread-safe: the ledger guards it with its lock.
 */
final class DayIndex {
  static final int DR = 0;
  static final int CR = 1;
  static final int BASE = 2;
  static final int COUNT = 3;
  private static final int SLOTS = 4;
  private static final int TOTALS = 31 * SLOTS;

  private final TreeMap<Integer, long[]> months = new TreeMap<>();
  private int lastKey = Integer.MIN_VALUE;
  private long @Nullable [] lastChunk;

  private static int monthKey(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  void add(LocalDate date, long dr, long cr, long base, long count) {
    int key = monthKey(date);
    long[] chunk = lastChunk;
    if (key != lastKey || chunk == null) {
      chunk = months.get(key);
      if (chunk == null) {
        chunk = new long[TOTALS + SLOTS];
        months.put(key, chunk);
      }
      lastKey = key;
      lastChunk = chunk;
    }
    int at = (date.getDayOfMonth() - 1) * SLOTS;
    chunk[at + DR] += dr;
    chunk[at + CR] += cr;
    chunk[at + BASE] += base;
    chunk[at + COUNT] += count;
    chunk[TOTALS + DR] += dr;
    chunk[TOTALS + CR] += cr;
    chunk[TOTALS + BASE] += base;
    chunk[TOTALS + COUNT] += count;
  }

  /**
   * Sums over the days from {@code from} to {@code to}, both included; null means unbounded.
   *
   * @return {dr, cr, base, count}
   */
  long[] sum(@Nullable LocalDate from, @Nullable LocalDate to) {
    long[] out = new long[SLOTS];
    if (months.isEmpty()) {
      return out;
    }
    int fromKey = from == null ? Integer.MIN_VALUE : monthKey(from);
    int toKey = to == null ? Integer.MAX_VALUE : monthKey(to);
    if (fromKey > toKey) {
      return out;
    }
    for (Map.Entry<Integer, long[]> e : months.subMap(fromKey, true, toKey, true).entrySet()) {
      long[] c = e.getValue();
      int key = e.getKey();
      int firstDay = from != null && key == fromKey ? from.getDayOfMonth() : 1;
      int lastDay = to != null && key == toKey ? to.getDayOfMonth() : 31;
      if (firstDay == 1 && lastDay == 31) {
        for (int s = 0; s < SLOTS; s++) {
          out[s] += c[TOTALS + s];
        }
      } else {
        for (int d = firstDay; d <= lastDay; d++) {
          int at = (d - 1) * SLOTS;
          for (int s = 0; s < SLOTS; s++) {
            out[s] += c[at + s];
          }
        }
      }
    }
    return out;
  }
}
