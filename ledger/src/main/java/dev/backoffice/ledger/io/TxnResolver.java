package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.MAX_MINOR;
import static dev.backoffice.ledger.io.JournalBytes.MAX_TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a transaction as read ({@link Txn}'s postings) into the lines of its entry: the elided amount filled
 * in, costs computed from {@code @}/{@code @@} prices, the balance checked per commodity, the memo lengths
 * checked. Scratch state only, reused for every transaction of a parse; not thread-safe.
 */
final class TxnResolver {
  private final String source;
  private final Symbols sym;
  private Txn txn = new Txn();

  // per-commodity sums of the transaction being resolved
  private int[] rc = new int[4];
  private long[] rs = new long[4];
  private @Nullable BigDecimal[] rx = new BigDecimal[4];
  private int rcN;
  /** Whether the transaction being resolved has a unit-priced ({@code @}) posting. */
  private boolean unitPriced;

  TxnResolver(String source, Symbols symbols) {
    this.source = source;
    this.sym = symbols;
  }


  /** Fills in the elided amount, computes costs and checks the balance; the result is in {@link Txn}'s lines. */
  void resolve(Txn t) {
    // the common shapes (plain and @@-priced amounts, at most one elided) stay in this method and the small ones
    // it calls, each called from one place; unit prices and every error are out of line, so that the optimising
    // compiler has little to do here: a short run's parse is mostly over before it is done
    txn = t;
    rcN = 0;
    unitPriced = false;
    int elided = -1;
    int n = t.postings;
    for (int i = 0; i < n; i++) {
      if (!t.has[i]) {
        if (elided >= 0) {
          throw secondElided(i, elided);
        }
        elided = i;
        continue;
      }
      byte kind = t.priceKind[i];
      if (kind == Txn.UNIT_PRICE) {
        unitCost(t, i);
      } else {
        boolean plain = kind == Txn.NO_PRICE;
        addSum(plain ? t.cmd[i] : t.priceCmd[i], plain ? t.minor[i] : totalCost(t, i), i);
      }
    }
    if (elided < 0) {
      for (int k = 0; k < rcN; k++) {
        if (rs[k] != 0 && !(rx[k] != null && absorb(k))) {
          throw unbalanced();
        }
      }
    } else if (unitPriced) {
      roundOnce();
    }
    if (t.longMemo >= 0) {
      throw longMemo(t.longMemo);
    }
    for (int i = 0; i < n; i++) {
      if (i == elided) {
        balancingLines(t, i);
        continue;
      }
      long m = t.minor[i];
      boolean credit = m < 0 || (m == 0 && t.neg[i]);
      byte kind = t.priceKind[i];
      boolean priced = kind != Txn.NO_PRICE;
      t.addLine(i, t.acct[i], t.cmd[i], Math.abs(m), credit, priced ? t.priceCmd[i] : -1,
          priced ? Math.abs(t.cost[i]) : 0, kind == Txn.UNIT_PRICE ? t.unit[i] : null);
    }
    if (t.lines < 2) {
      throw errorAt(t.line, t.lineStart, t.lineStart, "postings", t.postings,
          "must be at least two: a transaction moves an amount from one account to another");
    }
  }

  private JournalParseException secondElided(int i, int elided) {
    Txn t = txn;
    return JournalParseException.naming(source, t.pLine[i], 1 + Utf8.codePoints(t.buf, t.pLineStart[i], t.pAcctPos[i]),
        "posting", sym.name(t.acct[i]), "must have an amount: only one posting of a transaction may leave it out"
            + " (the posting on line %d already does)", t.pLine[elided]);
  }

  /** The cost of an {@code @@ TOTAL} price, the total with the amount's sign; kept in {@link Txn#cost}. */
  private long totalCost(Txn t, int i) {
    long m = t.minor[i];
    long total = t.priceMinor[i];
    if (m == 0 && total != 0) {
      throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "price", "@@ " + total, "must be zero for a zero amount");
    }
    long c = m < 0 ? -total : total;
    t.cost[i] = c;
    return c;
  }

  /** The cost of an {@code @ UNIT} price: amount times unit, rounded to the price commodity, the rest kept. */
  private void unitCost(Txn t, int i) {
    unitPriced = true;
    long m = t.minor[i];
    int pc = t.priceCmd[i];
    BigDecimal unit = t.unit[i];
    BigDecimal exact = BigDecimal.valueOf(Math.abs(m), sym.scale(t.cmd[i])).multiply(unit);
    BigDecimal rounded = exact.setScale(sym.scale(pc), RoundingMode.HALF_EVEN);
    if (rounded.precision() - rounded.scale() > 18 || rounded.unscaledValue().longValue() > MAX_MINOR) {
      throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "price", "@ " + unit.toPlainString(),
          "must give a cost of at most " + MAX_MINOR + " minor units");
    }
    long c = rounded.unscaledValue().longValue();
    BigDecimal diff = exact.subtract(rounded);
    if (m < 0) {
      c = -c;
      diff = diff.negate();
    }
    t.cost[i] = c;
    int k = addSum(pc, c, i);
    rx[k] = rx[k] == null ? diff : rx[k].add(diff);
  }

  /**
   * The lines of the elided posting {@code i}: one per commodity left open, or a zero line in the first commodity
   * when none is (one call of {@link Txn#addLine} for both, so that it is compiled in once).
   */
  private void balancingLines(Txn t, int i) {
    int a = t.acct[i];
    int first = t.lines;
    for (int k = 0; k < rcN; k++) {
      long v = -rs[k];
      if (v != 0 || (k == rcN - 1 && t.lines == first)) {
        if (Math.abs(v) > MAX_MINOR) {
          throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "posting", sym.name(a),
              "must take a balancing amount of at most " + MAX_MINOR + " minor units");
        }
        t.addLine(i, a, v != 0 ? rc[k] : rc[0], Math.abs(v), v < 0, -1, 0, null);
      }
    }
  }

  /** Adds {@code v} to the transaction's sum in a commodity; returns that sum's index. */
  private int addSum(int cmd, long v, int posting) {
    int k = 0;
    while (k < rcN && rc[k] != cmd) {
      k++;
    }
    if (k == rcN) {
      // a transaction's first sum in a commodity (every transaction has one): in place, the growth out of line
      if (k == rc.length) {
        growSums();
      }
      rc[k] = cmd;
      rs[k] = 0;
      rx[k] = null;
      rcN++;
    }
    long a = rs[k];
    long sum = a + v;
    if (((a ^ sum) & (v ^ sum)) < 0) {
      throw overflow(cmd, posting);
    }
    rs[k] = sum;
    return k;
  }

  private void growSums() {
    int n = rc.length * 2;
    rc = Arrays.copyOf(rc, n);
    rs = Arrays.copyOf(rs, n);
    rx = Arrays.copyOf(rx, n);
  }


  private JournalParseException overflow(int cmd, int posting) {
    Txn t = txn;
    return errorAt(t.pLine[posting], t.pLineStart[posting], t.pAcctPos[posting], "posting", sym.name(t.acct[posting]),
        "must keep the transaction's sum in " + sym.code(cmd) + " within ±9.2e18 minor units");
  }

  /**
   * Absorbs a residual that comes only from rounding unit-priced costs: if the exact sum rounds to zero, the
   * unit-priced line with the largest cost in that commodity takes the difference.
   */
  private boolean absorb(int k) {
    return exactSumRounded(k) == 0 && moveSumTo(k, 0);
  }

  /**
   * Where an elided posting balances unit-priced costs, it takes their exact sum rounded once, as hledger and
   * ledger-cli infer it from the exact costs, rather than the sum of the costs rounded one by one: the unit-priced
   * line with the largest cost in that commodity takes the difference, so that the entry still balances exactly.
   */
  private void roundOnce() {
    for (int k = 0; k < rcN; k++) {
      if (rx[k] != null) {
        moveSumTo(k, exactSumRounded(k));
      }
    }
  }

  /**
   * The exact sum in commodity {@code k} (the costs as rounded, in {@link #rs}, plus what their rounding left, in
   * {@link #rx}), rounded half-even once to the commodity's places, in minor units.
   */
  private long exactSumRounded(int k) {
    int scale = sym.scale(rc[k]);
    return BigDecimal.valueOf(rs[k], scale).add(rx[k]).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue()
        .longValue();
  }

  /**
   * Makes the sum in commodity {@code k} {@code target} by shifting the cost of the unit-priced line with the
   * largest cost there (the first of equals), unless that would turn the cost against its amount's side; returns
   * whether the sum is now the target.
   */
  private boolean moveSumTo(int k, long target) {
    long d = target - rs[k];
    if (d == 0) {
      return true;
    }
    Txn t = txn;
    int best = -1;
    for (int i = 0; i < t.postings; i++) {
      if (t.has[i] && t.priceKind[i] == Txn.UNIT_PRICE && t.priceCmd[i] == rc[k]
          && (best < 0 || Math.abs(t.cost[i]) > Math.abs(t.cost[best]))) {
        best = i;
      }
    }
    long adjusted = t.cost[best] + d;
    long m = t.minor[best];
    if ((m > 0 && adjusted < 0) || (m < 0 && adjusted > 0) || (m == 0 && adjusted != 0)) {
      return false;
    }
    t.cost[best] = adjusted;
    rs[k] = target;
    return true;
  }

  private JournalParseException unbalanced() {
    Txn t = txn;
    StringBuilder off = new StringBuilder();
    int open = 0;
    boolean priced = false;
    for (int k = 0; k < rcN; k++) {
      if (rs[k] != 0) {
        open++;
        off.append(off.length() == 0 ? "" : ", ").append(sym.code(rc[k])).append(' ')
            .append(rs[k] > 0 ? "+" : "").append(BigDecimal.valueOf(rs[k], sym.scale(rc[k])).toPlainString());
      }
    }
    for (int i = 0; i < t.postings; i++) {
      priced |= t.priceKind[i] != Txn.NO_PRICE;
    }
    String hint = open > 1 && !priced
        ? "; state the conversion between commodities with @ or @@ (implicit conversions are not supported)" : "";
    return errorAt(t.line, t.lineStart, t.lineStart, "transaction", off,
        "must balance: in each commodity the amounts (or their @/@@ costs) must sum to zero" + hint);
  }

  /** Memos must fit the line's memo: at most 512 characters with the line breaks between comment lines. */
  private JournalParseException longMemo(int i) {
    Txn t = txn;
    return errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "memo", sym.name(t.acct[i]),
        "must be at most " + MAX_TEXT + " characters (the comments of one posting together)");
  }

  private JournalParseException errorAt(long line, int start, int pos, String field, @Nullable Object value, String rule) {
    int column = 1 + Utf8.codePoints(txn.buf, start, pos);
    return new JournalParseException(source, line, column, field, value == null ? null : String.valueOf(value), rule);
  }
}
