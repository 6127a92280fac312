package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.MAX_MINOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Settles balance assertions ({@code = BALANCE}, {@code == BALANCE}) and balance assignments in the order
 * hledger 1.25 uses: by date, and within a date in file order — whatever the order of dates in the file.
 *
 * <p>It keeps, per account and commodity, the net amount of each day ({@link Series}), filled as transactions
 * are read. An assertion on day {@code d} sees every line dated before {@code d} — in the whole file, so it is
 * checked at the end — plus the lines of day {@code d} up to and including its posting in file order (noted when
 * it is read). A transaction with an assignment cannot be resolved before the lines dated before it are known:
 * it is kept (copied) and settled at the end, in date order, before the assertions and assignments after it:
 * posting by posting as hledger does (assignment, running balance, assertion), then balanced. Memory: one day sum
 * per account, commodity and day with lines, plus the kept transactions. Not thread-safe: one per parse.
 */
final class BalanceAssertions {
  private final String source;
  private final Symbols sym;
  private final TxnResolver resolver;
  private Series[][] series = new Series[64][];
  private final List<Item> items = new ArrayList<>();

  BalanceAssertions(String source, Symbols symbols, TxnResolver resolver) {
    this.source = source;
    this.sym = symbols;
    this.resolver = resolver;
  }

  /** A check or a kept transaction, to be settled at the end in (date, file order). */
  private static final class Item {
    final int date;
    final long seq;
    final int posting;
    /** The transaction: kept (an assignment), or a copy of the assertion's data. */
    final Txn txn;
    final boolean kept;
    /** Per posting with an assertion or assignment: the account's day sums of its date before it, per commodity. */
    final long[][] snapshots;

    Item(int date, long seq, int posting, Txn txn, boolean kept, long[][] snapshots) {
      this.date = date;
      this.seq = seq;
      this.posting = posting;
      this.txn = txn;
      this.kept = kept;
      this.snapshots = snapshots;
    }
  }

  /** The net amount per day of one account in one commodity, sorted by day. */
  static final class Series {
    int[] days = new int[4];
    long[] sums = new long[4];
    int n;

    void add(int day, long v) {
      int i = n - 1;
      if (n > 0 && days[i] == day) {
        sums[i] = Math.addExact(sums[i], v);
        return;
      }
      if (n > 0 && days[i] > day) {
        i = Arrays.binarySearch(days, 0, n, day);
        if (i >= 0) {
          sums[i] = Math.addExact(sums[i], v);
          return;
        }
        i = -i - 1;
      } else {
        i = n;
      }
      if (n == days.length) {
        days = Arrays.copyOf(days, n * 2);
        sums = Arrays.copyOf(sums, n * 2);
      }
      System.arraycopy(days, i, days, i + 1, n - i);
      System.arraycopy(sums, i, sums, i + 1, n - i);
      days[i] = day;
      sums[i] = v;
      n++;
    }

    /** The sum of the days before {@code day}. */
    long before(int day) {
      long s = 0;
      for (int i = 0; i < n && days[i] < day; i++) {
        s = Math.addExact(s, sums[i]);
      }
      return s;
    }

    /** The sum of day {@code day}. */
    long on(int day) {
      int i = n > 0 && days[n - 1] == day ? n - 1 : Arrays.binarySearch(days, 0, n, day);
      return i >= 0 ? sums[i] : 0;
    }
  }

  private @Nullable Series series(int account, int commodity, boolean create) {
    if (account >= series.length) {
      if (!create) {
        return null;
      }
      series = Arrays.copyOf(series, Math.max(account + 1, series.length * 2));
    }
    Series[] row = series[account];
    if (row == null || commodity >= row.length) {
      if (!create) {
        return null;
      }
      row = row == null ? new Series[Math.max(4, commodity + 1)] : Arrays.copyOf(row, Math.max(commodity + 1, row.length * 2));
      series[account] = row;
    }
    Series s = row[commodity];
    if (s == null && create) {
      s = new Series();
      row[commodity] = s;
    }
    return s;
  }

  /** A resolved transaction in file order: its lines join their day; its assertions are noted. */
  void transaction(Txn t, long seq) {
    int line = 0;
    for (int i = 0; i < t.postings; i++) {
      for (; line < t.lines && t.lPosting[line] == i; line++) {
        add(t, t.lAcct[line], t.lCmd[line], signed(t, line));
      }
      if (t.assertKind[i] != Txn.NO_ASSERTION) {
        items.add(new Item(t.dateKey, seq, i, assertionOnly(t, i), false, new long[][] {snapshot(t.acct[i], t.dateKey)}));
      }
    }
  }

  /** A transaction with an assignment: kept (a copy) until the end; the day sums before it are noted now. */
  void defer(Txn copy, long seq) {
    long[][] snaps = new long[copy.postings][];
    for (int i = 0; i < copy.postings; i++) {
      if (copy.assertKind[i] != Txn.NO_ASSERTION) {
        snaps[i] = snapshot(copy.acct[i], copy.dateKey);
      }
    }
    items.add(new Item(copy.dateKey, seq, -1, copy, true, snaps));
  }

  /** Settles the assertions and the kept transactions in (date, file order); kept ones then go to the sink. */
  void finish(JournalParser.Sink sink) {
    items.sort(Comparator.comparingInt((Item it) -> it.date).thenComparingLong(it -> it.seq)
        .thenComparingInt(it -> it.posting));
    // the lines of kept transactions already settled on the current day, per account and commodity
    Map<Long, long[]> sameDay = new HashMap<>();
    int day = Integer.MIN_VALUE;
    for (Item it : items) {
      if (it.date != day) {
        sameDay.clear();
        day = it.date;
      }
      if (!it.kept) {
        check(it.txn, 0, it.snapshots[0], sameDay);
        continue;
      }
      Txn t = it.txn;
      settle(t, it.snapshots, sameDay);
      resolver.resolve(t);
      // what the resolver inferred for the elided posting joins only now, after the transaction's assertions
      for (int line = 0; line < t.lines; line++) {
        if (!t.has[t.lPosting[line]]) {
          join(t, t.lAcct[line], t.lCmd[line], signed(t, line), sameDay);
        }
      }
      sink.transaction(t, sym);
    }
    items.clear();
  }

  /**
   * The postings of a kept transaction one by one, as hledger 1.25 takes them: an assigned posting takes the
   * asserted balance less the balance before it, the posting's amount joins the running balance, its assertion is
   * checked. The transaction is balanced only after all of them (so a failed assertion is reported before an
   * unbalanced sum), and the amount inferred for an elided posting joins after its assertions. A total assignment
   * ({@code ==}) adds a posting for each other commodity it brings to zero, after the transaction's own.
   */
  private void settle(Txn t, long[][] snaps, Map<Long, long[]> sameDay) {
    int n = t.postings; // the postings a reset adds below come after these
    for (int i = 0; i < n; i++) {
      int a = t.acct[i];
      if (t.assigned[i]) {
        int c = t.assertCmd[i];
        long before = balance(a, c, t.dateKey, snaps[i], sameDay);
        long diff;
        try {
          diff = Math.subtractExact(t.assertMinor[i], before);
        } catch (ArithmeticException e) {
          diff = Long.MIN_VALUE;
        }
        if (diff == Long.MIN_VALUE || Math.abs(diff) > MAX_MINOR) {
          throw tooLarge(t, i);
        }
        t.has[i] = true;
        t.cmd[i] = c;
        t.minor[i] = diff;
        t.neg[i] = diff < 0;
      }
      if (t.has[i]) {
        join(t, a, t.cmd[i], t.minor[i], sameDay);
      }
      if (t.assigned[i] && t.assertKind[i] == Txn.ASSERT_WHOLE) {
        // "ACCOUNT == BALANCE" without an amount also brings every other commodity of the account to zero, as in
        // hledger: an amount of its own for each, which the elided posting (if any) then balances
        for (int o = 0; o < sym.commodityCount(); o++) {
          long other = o == t.cmd[i] ? 0 : balance(a, o, t.dateKey, snaps[i], sameDay);
          if (other != 0) {
            if (other == Long.MIN_VALUE || Math.abs(other) > MAX_MINOR) {
              throw tooLarge(t, i);
            }
            join(t, a, o, -other, sameDay);
            int j = t.addPosting(a, t.pLine[i], t.pLineStart[i], t.pAcctPos[i]);
            t.has[j] = true;
            t.cmd[j] = o;
            t.minor[j] = -other;
            t.neg[j] = other > 0;
          }
        }
      }
      if (t.assertKind[i] != Txn.NO_ASSERTION) {
        check(t, i, snaps[i], sameDay);
      }
    }
  }

  private JournalParseException tooLarge(Txn t, int i) {
    return new JournalParseException(source, t.pLine[i], 1 + Utf8.codePoints(t.buf, t.pLineStart[i], t.pAcctPos[i]),
        "balance assignment", sym.name(t.acct[i]), "must take an amount of at most " + MAX_MINOR + " minor units");
  }

  /** An amount of a kept transaction joins its day's sums and the sums settled so far on that day. */
  private void join(Txn t, int a, int c, long v, Map<Long, long[]> sameDay) {
    add(t, a, c, v);
    long[] s = sameDay.computeIfAbsent(key(a, c), k -> new long[1]);
    s[0] = Math.addExact(s[0], v);
  }

  private void check(Txn t, int i, long[] snap, Map<Long, long[]> sameDay) {
    int a = t.acct[i];
    int c = t.assertCmd[i];
    long found = balance(a, c, t.dateKey, snap, sameDay);
    boolean ok = found == t.assertMinor[i];
    if (ok && t.assertKind[i] == Txn.ASSERT_WHOLE) {
      for (int o = 0; o < sym.commodityCount() && ok; o++) {
        ok = o == c || balance(a, o, t.dateKey, snap, sameDay) == 0;
      }
    }
    if (ok) {
      return;
    }
    StringBuilder all = new StringBuilder(amount(found, c));
    if (t.assertKind[i] == Txn.ASSERT_WHOLE) {
      for (int o = 0; o < sym.commodityCount(); o++) {
        long v = o == c ? 0 : balance(a, o, t.dateKey, snap, sameDay);
        if (v != 0) {
          all.append(", ").append(amount(v, o));
        }
      }
    }
    throw new BalanceAssertionException(source, t.pLine[i], t.assertColumn[i], sym.name(a),
        amount(t.assertMinor[i], c), all.toString());
  }

  /**
   * The balance of an account in a commodity at a posting of day {@code day}: the days before, the day's lines
   * read before it in file order (its snapshot) and the day's kept transactions settled before it.
   */
  private long balance(int a, int c, int day, long[] snap, Map<Long, long[]> sameDay) {
    Series s = series(a, c, false);
    long v = s == null ? 0 : s.before(day);
    if (c < snap.length) {
      v = Math.addExact(v, snap[c]);
    }
    long[] settled = sameDay.get(key(a, c));
    return settled == null ? v : Math.addExact(v, settled[0]);
  }

  /** The account's sums of day {@code day} so far, per commodity id. */
  private long[] snapshot(int a, int day) {
    long[] snap = new long[sym.commodityCount()];
    for (int c = 0; c < snap.length; c++) {
      Series s = series(a, c, false);
      snap[c] = s == null ? 0 : s.on(day);
    }
    return snap;
  }

  private void add(Txn t, int a, int c, long v) {
    try {
      series(a, c, true).add(t.dateKey, v);
    } catch (ArithmeticException e) {
      throw new JournalParseException(source, t.line, 1, "balance", sym.name(a) + " " + sym.code(c),
          "must stay within ±9.2e18 minor units");
    }
  }

  private static long signed(Txn t, int line) {
    return t.lCredit[line] ? -t.lMinor[line] : t.lMinor[line];
  }

  private static long key(int account, int commodity) {
    return ((long) account << 32) | commodity;
  }

  /** What a check needs of a transaction that is not kept: its date, lines and the assertion of posting i. */
  private static Txn assertionOnly(Txn t, int i) {
    Txn c = new Txn();
    c.dateKey = t.dateKey;
    c.acct[0] = t.acct[i];
    c.pLine[0] = t.pLine[i];
    c.assertKind[0] = t.assertKind[i];
    c.assertCmd[0] = t.assertCmd[i];
    c.assertMinor[0] = t.assertMinor[i];
    c.assertColumn[0] = t.assertColumn[i];
    return c;
  }

  private String amount(long minor, int commodity) {
    return BigDecimal.valueOf(minor, sym.scale(commodity)).toPlainString() + " " + sym.code(commodity);
  }
}
