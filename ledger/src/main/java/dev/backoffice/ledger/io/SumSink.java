package dev.backoffice.ledger.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sink that sums the lines of transactions into a few {@code long} slots per account and commodity (in minor
 * units), with no object per transaction; subclasses say which slots a line adds to. It also keeps the market
 * prices ({@code P} directives) and the last date of the file. One per part of a parse; not thread-safe.
 */
abstract class SumSink implements JournalParser.Sink {
  final String source;
  /** Slots per account and commodity. */
  final int width;
  /** Per account id: {@code width} slots per commodity id, then a non-zero marker slot per commodity. */
  private long[][] sums = new long[256][];
  /** The last date of a transaction or price read, as {@code yyyymmdd} (0 when none). */
  int lastDate;
  /** The prices read, in file order. */
  final List<PriceRow> prices = new ArrayList<>();

  /** A {@code P} directive, by commodity code. */
  record PriceRow(int date, String commodity, BigDecimal price, String priceCommodity) {}

  SumSink(String source, int width) {
    this.source = source;
    this.width = width;
  }

  @Override
  public final void transaction(Txn t, Symbols s) {
    if (t.dateKey > lastDate) {
      lastDate = t.dateKey;
    }
    lines(t, s);
  }

  /** Adds the transaction's lines to their slots. */
  abstract void lines(Txn t, Symbols s);

  @Override
  public void price(int dateKey, int commodity, BigDecimal price, int priceCommodity) {
    // the codes are the symbols': the sink has no Symbols of its own, so the parser's are asked when merging
    if (dateKey > lastDate) {
      lastDate = dateKey;
    }
    pendingPrices.add(new int[] {dateKey, commodity, priceCommodity});
    pendingUnits.add(price);
  }

  private final List<int[]> pendingPrices = new ArrayList<>();
  private final List<BigDecimal> pendingUnits = new ArrayList<>();

  /** Names the prices' commodities once the parse is over. */
  void namePrices(Symbols s) {
    for (int i = 0; i < pendingPrices.size(); i++) {
      int[] p = pendingPrices.get(i);
      prices.add(new PriceRow(p[0], s.code(p[1]), pendingUnits.get(i), s.code(p[2])));
    }
    pendingPrices.clear();
    pendingUnits.clear();
  }

  /** Adds {@code v} to a slot of an account and commodity, and marks the pair as posted. */
  final void add(int account, int commodity, int slot, long v, Txn t, Symbols s) {
    int base = commodity * (width + 1);
    long[] row = account < sums.length ? sums[account] : null;
    if (row == null || base + width >= row.length) {
      row = grow(account, commodity);
    }
    row[base + width] = 1;
    int k = base + slot;
    long a = row[k];
    long sum = a + v;
    if (((a ^ sum) & (v ^ sum)) < 0) {
      throw overflow(t, s, account, commodity);
    }
    row[k] = sum;
  }

  /** The row of an account made long enough for a commodity (out of line: the compiled {@link #add} stays small). */
  private long[] grow(int account, int commodity) {
    if (account >= sums.length) {
      sums = Arrays.copyOf(sums, Math.max(account + 1, sums.length * 2));
    }
    long[] row = sums[account];
    int need = (commodity + 1) * (width + 1);
    if (row == null || need > row.length) {
      row = row == null ? new long[Math.max(4 * (width + 1), need)] : Arrays.copyOf(row, Math.max(need, row.length * 2));
      sums[account] = row;
    }
    return row;
  }

  /** Slots per commodity outside every account (the conversion row of a trial balance), then a marker. */
  private long[] extra = new long[0];

  /** Adds {@code v} to a slot of the row outside the accounts, in a commodity. */
  final void addExtra(int commodity, int slot, long v, Txn t, Symbols s) {
    int need = (commodity + 1) * (width + 1);
    if (need > extra.length) {
      extra = Arrays.copyOf(extra, Math.max(need, extra.length * 2));
    }
    int base = commodity * (width + 1);
    extra[base + width] = 1;
    extra[base + slot] = addChecked(extra[base + slot], v, t, s, -1, commodity);
  }

  /** A slot of the row outside the accounts (slot {@code width}: non-zero when it was added to). */
  final long extra(int commodity, int slot) {
    int k = commodity * (width + 1) + slot;
    return k < extra.length ? extra[k] : 0;
  }

  /** {@code a + v}, or a parse error naming the account ({@code -1}: the conversion row) and commodity. */
  private long addChecked(long a, long v, Txn t, Symbols s, int account, int commodity) {
    long sum = a + v;
    if (((a ^ sum) & (v ^ sum)) < 0) {
      throw overflow(t, s, account, commodity);
    }
    return sum;
  }

  private JournalParseException overflow(Txn t, Symbols s, int account, int commodity) {
    return new JournalParseException(source, t.line, 1, "balance",
        (account < 0 ? "conversion" : s.name(account)) + " " + s.code(commodity), "must stay within ±9.2e18 minor units");
  }

  /** Whether an account and commodity had a line added. */
  final boolean posted(int account, int commodity) {
    if (account >= sums.length) {
      return false;
    }
    long[] row = sums[account];
    int k = commodity * (width + 1) + width;
    return row != null && k < row.length && row[k] != 0;
  }

  /** A slot of an account id in a commodity id, in minor units. */
  final long sum(int account, int commodity, int slot) {
    if (account >= sums.length) {
      return 0;
    }
    long[] row = sums[account];
    int k = commodity * (width + 1) + slot;
    return row == null || k >= row.length ? 0 : row[k];
  }

  static long signed(Txn t, int line) {
    return t.lCredit[line] ? -t.lMinor[line] : t.lMinor[line];
  }
}
