package dev.backoffice.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Posted turnovers of one account in one currency by effective date: for each month, and for each day, the
 * debit, credit and signed base-value sums (minor units) and the number of lines.
 *
 * <p>Month totals are kept as lines are posted: 32 bytes a month in one small array, which stays in the cache
 * while posting. Day slots are 31 times larger (a year of one account is 12 KB, of a chart megabytes), so a
 * posted line's day is a cache miss the posting thread would wait on; the ledger fills them only when a query
 * needs a day that is not the first or last of its month (see {@code BalanceQueries#catchUp}). A sum over
 * whole months reads the month totals alone; a sum that starts or ends inside a month reads that month's days
 * and is correct only once the days have caught up.
 *
 * <p>Not thread-safe: one thread adds, and sums are read only when no thread adds.
 */
class DayIndex {
  static final int DR = 0;
  static final int CR = 1;
  static final int BASE = 2;
  static final int COUNT = 3;
  private static final int SLOTS = 4;
  private static final int CHUNK = 31 * SLOTS;

  /** Month totals: SLOTS longs for month key firstTotal + i at i * SLOTS. */
  private long @Nullable [] totals;
  private int firstTotal;
  /** days[i] holds the day slots of month key firstDay + i; null where no day was filled. */
  private long @Nullable [][] days;
  private int firstDay;

  /** The key of a date's month: months since year 0, which orders like the date. */
  static int monthKey(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** True if the date is the first day of its month. */
  static boolean startsMonth(LocalDate d) {
    return d.getDayOfMonth() == 1;
  }

  /** True if the date is the last day of its month. */
  static boolean endsMonth(LocalDate d) {
    return d.getDayOfMonth() == d.lengthOfMonth();
  }

  /**
   * True if a sum from {@code from} to {@code to} (null: unbounded) reads days: it starts or ends inside a
   * month.
   */
  static boolean readsDays(@Nullable LocalDate from, @Nullable LocalDate to) {
    return (from != null && !startsMonth(from)) || (to != null && !endsMonth(to));
  }

  /**
   * Adds a posted line to its month's totals (as it is posted).
   *
   * @param month its effective date's {@link #monthKey}
   * @param credit true for a credit line, false for a debit
   * @param minor its amount in minor units
   * @param baseMinor its base-currency value in minor units, unsigned like the amount (a credit subtracts it)
   */
  void addToMonth(int month, boolean credit, long minor, long baseMinor) {
    long[] t = totals;
    if (t == null || month < firstTotal || (month - firstTotal) * SLOTS >= t.length) {
      t = growTotals(month);
    }
    add(t, (month - firstTotal) * SLOTS, credit, minor, baseMinor);
  }

  /**
   * Throws {@link ArithmeticException} if adding an entry's posted sums to a month's totals would take one
   * beyond a long; changes nothing. The posting engine asks before it applies, so that {@link #addToMonth}
   * never overflows and a refused entry leaves no trace.
   *
   * @param month the entry's {@link #monthKey}
   * @param debit the entry's debits on this book, in minor units
   * @param credit its credits
   * @param base its signed base-currency value
   */
  void checkMonth(int month, long debit, long credit, long base) {
    long[] t = totals;
    if (t == null || month < firstTotal || (month - firstTotal) * SLOTS >= t.length) {
      return; // an empty month: its totals will be the entry's own sums, which fit a long
    }
    int at = (month - firstTotal) * SLOTS;
    Math.addExact(t[at + DR], debit);
    Math.addExact(t[at + CR], credit);
    Math.addExact(t[at + BASE], base);
  }

  /**
   * Adds a posted line to its day (when the ledger catches the days up); the month totals have it already.
   *
   * @param month its effective date's {@link #monthKey}
   * @param day its effective date's day of the month
   * @param credit true for a credit line
   * @param minor its amount in minor units
   * @param baseMinor its base-currency value, unsigned like the amount
   */
  void addToDay(int month, int day, boolean credit, long minor, long baseMinor) {
    add(dayChunk(month), (day - 1) * SLOTS, credit, minor, baseMinor);
  }

  /**
   * Adds a day's posted totals to its day and month (a ledger opening from a store's summary).
   *
   * @param month the day's {@link #monthKey}
   * @param day the day of the month
   * @param debit the day's debits, in minor units
   * @param credit its credits
   * @param baseMinor its signed base-currency value
   * @param lines how many lines
   */
  void addDayTotals(int month, int day, long debit, long credit, long baseMinor, long lines) {
    long[] t = totals;
    if (t == null || month < firstTotal || (month - firstTotal) * SLOTS >= t.length) {
      t = growTotals(month);
    }
    addTotals(t, (month - firstTotal) * SLOTS, debit, credit, baseMinor, lines);
    addTotals(dayChunk(month), (day - 1) * SLOTS, debit, credit, baseMinor, lines);
  }

  private static void addTotals(long[] slots, int at, long debit, long credit, long baseMinor, long lines) {
    slots[at + DR] = Math.addExact(slots[at + DR], debit);
    slots[at + CR] = Math.addExact(slots[at + CR], credit);
    slots[at + BASE] = Math.addExact(slots[at + BASE], baseMinor);
    slots[at + COUNT] += lines;
  }

  private static void add(long[] slots, int at, boolean credit, long minor, long baseMinor) {
    if (credit) {
      slots[at + CR] += minor;
      slots[at + BASE] -= baseMinor;
    } else {
      slots[at + DR] += minor;
      slots[at + BASE] += baseMinor;
    }
    slots[at + COUNT]++;
  }

  /** The totals array grown (both ways, doubling) to hold a month. */
  private long[] growTotals(int month) {
    long[] t = totals;
    if (t == null) {
      t = new long[4 * SLOTS];
      firstTotal = month;
    } else if (month < firstTotal) {
      int shift = firstTotal - month;
      long[] grown = new long[Math.max(t.length + shift * SLOTS, t.length * 2)];
      System.arraycopy(t, 0, grown, shift * SLOTS, t.length);
      t = grown;
      firstTotal = month;
    } else {
      t = Arrays.copyOf(t, Math.max((month - firstTotal + 1) * SLOTS, t.length * 2));
    }
    totals = t;
    return t;
  }

  /** The day slots of a month, created (and the month array grown) if needed. */
  private long[] dayChunk(int key) {
    long[][] ms = days;
    if (ms == null) {
      ms = new long[4][];
      firstDay = key;
      days = ms;
    } else if (key < firstDay) {
      int shift = firstDay - key;
      long[][] grown = new long[Math.max(ms.length + shift, ms.length * 2)][];
      System.arraycopy(ms, 0, grown, shift, ms.length);
      ms = grown;
      days = ms;
      firstDay = key;
    } else if (key - firstDay >= ms.length) {
      ms = Arrays.copyOf(ms, Math.max(key - firstDay + 1, ms.length * 2));
      days = ms;
    }
    int i = key - firstDay;
    long[] chunk = ms[i];
    if (chunk == null) {
      chunk = new long[CHUNK];
      ms[i] = chunk;
    }
    return chunk;
  }

  /**
   * Sums over the days from {@code from} to {@code to}, both included; null means unbounded. Whole months come
   * from the month totals; a month the range starts or ends inside comes from its days.
   *
   * @return {dr, cr, base, count}
   */
  long[] sum(@Nullable LocalDate from, @Nullable LocalDate to) {
    long[] out = new long[SLOTS];
    long[] t = totals;
    if (t == null) {
      return out;
    }
    int months = t.length / SLOTS;
    int fromKey = from == null ? Integer.MIN_VALUE : monthKey(from);
    int toKey = to == null ? Integer.MAX_VALUE : monthKey(to);
    int lo = from == null ? 0 : Math.max(0, fromKey - firstTotal);
    int hi = to == null ? months - 1 : Math.min(months - 1, toKey - firstTotal);
    for (int i = lo; i <= hi; i++) {
      int key = firstTotal + i;
      int first = from != null && key == fromKey ? from.getDayOfMonth() : 1;
      boolean partial = first > 1 || (to != null && key == toKey && !endsMonth(to));
      if (partial) {
        sumDays(key, first, to != null && key == toKey ? to.getDayOfMonth() : 31, out);
      } else {
        int at = i * SLOTS;
        out[DR] += t[at + DR];
        out[CR] += t[at + CR];
        out[BASE] += t[at + BASE];
        out[COUNT] += t[at + COUNT];
      }
    }
    return out;
  }

  private void sumDays(int key, int firstDayOfMonth, int lastDayOfMonth, long[] out) {
    long[][] ms = days;
    if (ms == null || key < firstDay || key - firstDay >= ms.length) {
      return;
    }
    long[] c = ms[key - firstDay];
    if (c == null) {
      return;
    }
    for (int at = (firstDayOfMonth - 1) * SLOTS, end = lastDayOfMonth * SLOTS; at < end; at += SLOTS) {
      out[DR] += c[at + DR];
      out[CR] += c[at + CR];
      out[BASE] += c[at + BASE];
      out[COUNT] += c[at + COUNT];
    }
  }
}
