package dev.backoffice.ledger.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Sums the lines of a journal by period for a trial balance, per account and commodity: the opening balance
 * (lines before {@code from}), the period's debit and credit turnover ({@code from} to {@code to}), and the
 * cumulative debit and credit turnover from {@code cumulativeFrom} to {@code to}. Lines after {@code to} are
 * read and checked only. A transaction whose lines do not sum to zero in a commodity (it balances through an
 * {@code @}/{@code @@} price) adds the opposite of that sum to the conversion row outside the accounts, dated
 * as the transaction, so that debits equal credits in every commodity.
 */
final class TrialSink extends SumSink {
  static final int OPENING = 0;
  static final int DEBIT = 1;
  static final int CREDIT = 2;
  static final int CUMULATIVE_DEBIT = 3;
  static final int CUMULATIVE_CREDIT = 4;

  private final int from;
  private final int to;
  private final int cumulativeFrom;
  /** Per commodity id: the transaction's net; the commodities touched in {@link #touched}. */
  private long[] net = new long[8];
  private int[] touched = new int[8];

  /** The base currency's code when lines count at their value in it, or null for each line in its commodity. */
  private final @Nullable String base;
  /** The base currency's commodity id in this part's symbols, once met; -1 before. */
  private int baseId = -1;

  /** Dates as {@code yyyymmdd}: {@code from} 0 for none, {@code to} {@link Integer#MAX_VALUE} for none. */
  TrialSink(String source, int from, int to, int cumulativeFrom) {
    this(source, from, to, cumulativeFrom, null);
  }

  /**
   * As above; with a base currency, a line in another commodity priced in the base currency counts at that
   * price (its base-currency value) on the account's base-currency row, as the ledger's base-currency trial
   * balance counts it, and no conversion rows are kept (in the base currency every such transaction balances).
   */
  TrialSink(String source, int from, int to, int cumulativeFrom, @Nullable String base) {
    super(source, 5);
    this.from = from;
    this.to = to;
    this.cumulativeFrom = cumulativeFrom;
    this.base = base;
  }

  private boolean isBase(int commodity, Symbols s) {
    if (baseId >= 0) {
      return commodity == baseId;
    }
    if (s.code(commodity).equals(base)) {
      baseId = commodity;
      return true;
    }
    return false;
  }

  @Override
  void lines(Txn t, Symbols s) {
    int d = t.dateKey;
    if (d > to) {
      return;
    }
    boolean opening = d < from;
    boolean cumulative = d >= cumulativeFrom;
    int n = 0;
    for (int i = 0; i < t.lines; i++) {
      int a = t.lAcct[i];
      int c = t.lCmd[i];
      long m = t.lMinor[i];
      boolean credit = t.lCredit[i];
      if (base != null && !isBase(c, s) && t.lCostCmd[i] >= 0 && isBase(t.lCostCmd[i], s)) {
        c = t.lCostCmd[i];
        m = t.lCost[i];
      }
      if (opening) {
        add(a, c, OPENING, credit ? -m : m, t, s);
      } else {
        add(a, c, credit ? CREDIT : DEBIT, m, t, s);
      }
      if (cumulative) {
        add(a, c, credit ? CUMULATIVE_CREDIT : CUMULATIVE_DEBIT, m, t, s);
      }
      if (c >= net.length) {
        net = Arrays.copyOf(net, Math.max(c + 1, net.length * 2));
      }
      if (n == touched.length) {
        touched = Arrays.copyOf(touched, n * 2);
      }
      boolean seen = false;
      for (int k = 0; k < n && !seen; k++) {
        seen = touched[k] == c;
      }
      if (!seen) {
        touched[n++] = c;
        net[c] = 0;
      }
      net[c] += credit ? -m : m; // a transaction's lines stay far below the range of a long
    }
    for (int k = 0; k < n && base == null; k++) {
      int c = touched[k];
      long conversion = -net[c];
      if (conversion == 0) {
        continue;
      }
      if (opening) {
        addExtra(c, OPENING, conversion, t, s);
      } else {
        addExtra(c, conversion > 0 ? DEBIT : CREDIT, Math.abs(conversion), t, s);
      }
      if (cumulative) {
        addExtra(c, conversion > 0 ? CUMULATIVE_DEBIT : CUMULATIVE_CREDIT, Math.abs(conversion), t, s);
      }
    }
  }
}
