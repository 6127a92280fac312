package dev.backoffice.ledger.io;

import java.util.Arrays;

/**
 * Sums the lines of every transaction up to a date into per-account, per-commodity balances in minor units:
 * the hot path of {@link JournalBalances}, with no object per transaction.
 */
final class BalanceSink implements JournalParser.Sink {
  private final String source;
  private final int lastDateKey;
  private long[][] sums = new long[256][];

  /**
   * @param lastDateKey the last date counted as {@code yyyymmdd}; later transactions are read and checked only
   */
  BalanceSink(String source, int lastDateKey) {
    this.source = source;
    this.lastDateKey = lastDateKey;
  }

  @Override
  public void transaction(Txn t, Symbols s) {
    if (t.dateKey > lastDateKey) {
      return;
    }
    for (int i = 0; i < t.lines; i++) {
      int a = t.lAcct[i];
      int c = t.lCmd[i];
      if (a >= sums.length) {
        sums = Arrays.copyOf(sums, Math.max(a + 1, sums.length * 2));
      }
      long[] row = sums[a];
      if (row == null || c >= row.length) {
        row = row == null ? new long[Math.max(4, c + 1)] : Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
        sums[a] = row;
      }
      long v = t.lCredit[i] ? -t.lMinor[i] : t.lMinor[i];
      long sum = row[c] + v;
      if (((row[c] ^ sum) & (v ^ sum)) < 0) {
        throw new JournalParseException(source, t.line, 1, "balance", s.name(a) + " " + s.code(c),
            "must stay within ±9.2e18 minor units");
      }
      row[c] = sum;
    }
  }

  /** The balance of an account id in a commodity id, in minor units. */
  long sum(int account, int commodity) {
    if (account >= sums.length) {
      return 0;
    }
    long[] row = sums[account];
    return row == null || commodity >= row.length ? 0 : row[commodity];
  }
}
