package dev.backoffice.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Posted turnovers of one account in one currency by effective date, in month chunks held in a dense array
 * indexed by month: for each day the debit, credit and signed base-value sums (minor units) and the number
 * of lines. A range sum adds up the days of each month it covers.
 *
 * <p>Adding a line does not go to its day's slot at once: a random day of a random month is a cache miss,
 * and posting one line after another would wait for each miss in turn. Lines first go to a short buffer at
 * the end of which the index already is (one cache line, warm), and every {@value #BUFFERED} lines the buffer
 * is summed into the days in one loop, where the misses of independent slots overlap. A range sum reads the
 * buffered lines too, so what it returns does not depend on when the buffer was last flushed.
 * Not thread-safe: the ledger guards it with its lock (readers only read).
 */
class DayIndex {
  static final int DR = 0;
  static final int CR = 1;
  static final int BASE = 2;
  static final int COUNT = 3;
  private static final int SLOTS = 4;
  private static final int CHUNK = 31 * SLOTS;
  /** Lines held before they are summed into their days. */
  static final int BUFFERED = 16;
  /** Longs per buffered line: the packed day, then the four slots. */
  private static final int LINE = 1 + SLOTS;

  /** months[i] holds month key firstKey + i; null where nothing was posted. */
  private long @Nullable [][] months;
  private int firstKey;
  /** Lines added but not yet in {@link #months}: {@link #LINE} longs each, {@link #buffered} of them. */
  private long @Nullable [] buffer;
  private int buffered;

  private static int monthKey(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** The month key times 32 plus the day of the month: orders like the date. */
  private static long packed(LocalDate d) {
    return (long) monthKey(d) << 5 | d.getDayOfMonth();
  }

  void add(LocalDate date, long dr, long cr, long base, long count) {
    long[] b = buffer;
    if (b == null || buffered * LINE == b.length) {
      b = grownBuffer();
    }
    int at = buffered * LINE;
    b[at] = packed(date);
    b[at + 1 + DR] = dr;
    b[at + 1 + CR] = cr;
    b[at + 1 + BASE] = base;
    b[at + 1 + COUNT] = count;
    buffered++;
  }

  /** Room for one more buffered line: a first small buffer, a larger one, or the full buffer summed away. */
  private long[] grownBuffer() {
    long[] b = buffer;
    if (b == null) {
      b = new long[4 * LINE]; // most accounts see few lines: keep their buffer small
    } else if (b.length < BUFFERED * LINE) {
      b = Arrays.copyOf(b, BUFFERED * LINE);
    } else {
      flush(b);
      return b;
    }
    buffer = b;
    return b;
  }

  /** Sums the buffered lines into their days and empties the buffer. */
  private void flush(long[] b) {
    int n = buffered * LINE;
    for (int at = 0; at < n; at += LINE) {
      long p = b[at];
      long[] chunk = chunk((int) (p >> 5));
      int slot = ((int) (p & 31) - 1) * SLOTS;
      chunk[slot + DR] += b[at + 1 + DR];
      chunk[slot + CR] += b[at + 1 + CR];
      chunk[slot + BASE] += b[at + 1 + BASE];
      chunk[slot + COUNT] += b[at + 1 + COUNT];
    }
    buffered = 0;
  }

  /** The chunk of a month, created (and the month array grown) if needed. */
  private long[] chunk(int key) {
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
    return chunk;
  }

  /**
   * Sums over the days from {@code from} to {@code to}, both included; null means unbounded.
   *
   * @return {dr, cr, base, count}
   */
  long[] sum(@Nullable LocalDate from, @Nullable LocalDate to) {
    long[] out = new long[SLOTS];
    long first = from == null ? Long.MIN_VALUE : packed(from);
    long last = to == null ? Long.MAX_VALUE : packed(to);
    long[] b = buffer;
    for (int at = 0, n = buffered * LINE; at < n; at += LINE) {
      long p = b[at];
      if (p >= first && p <= last) {
        out[DR] += b[at + 1 + DR];
        out[CR] += b[at + 1 + CR];
        out[BASE] += b[at + 1 + BASE];
        out[COUNT] += b[at + 1 + COUNT];
      }
    }
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
