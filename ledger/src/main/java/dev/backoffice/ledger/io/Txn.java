package dev.backoffice.ledger.io;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The scratch form of one transaction while it is parsed, reused for every transaction of a parse: the header,
 * the postings as written, and after resolution the lines the entry consists of (elided amounts filled in,
 * costs computed). Positions are offsets into {@link #buf}, valid until the parser reads on.
 */
final class Txn {
  static final byte NO_PRICE = 0;
  static final byte UNIT_PRICE = 1;
  static final byte TOTAL_PRICE = 2;

  byte[] buf = new byte[0];

  // header
  long line;
  int lineStart;
  int year;
  int month;
  int day;
  /** {@code year * 10000 + month * 100 + day}, for date comparisons without objects. */
  int dateKey;
  TransactionStatus status = TransactionStatus.UNMARKED;
  int codeFrom = -1;
  int codeTo;
  int descFrom;
  int descTo;

  // postings as written
  int postings;
  int[] acct = new int[8];
  int[] cmd = new int[8];
  long[] minor = new long[8];
  boolean[] neg = new boolean[8];
  boolean[] has = new boolean[8];
  byte[] priceKind = new byte[8];
  int[] priceCmd = new int[8];
  long[] priceMinor = new long[8];
  @Nullable BigDecimal[] unit = new BigDecimal[8];
  long[] cost = new long[8];
  long[] pLine = new long[8];
  int[] pLineStart = new int[8];
  int[] pAcctPos = new int[8];

  /** Comment segments: owner (-1 for the transaction, else a posting index), from, to. */
  int segments;
  int[] seg = new int[24];

  // resolved lines
  int lines;
  int[] lAcct = new int[8];
  int[] lCmd = new int[8];
  long[] lMinor = new long[8];
  boolean[] lCredit = new boolean[8];
  int[] lCostCmd = new int[8];
  long[] lCost = new long[8];
  @Nullable BigDecimal[] lRate = new BigDecimal[8];
  int[] lPosting = new int[8];

  void reset(byte[] buffer) {
    buf = buffer;
    status = TransactionStatus.UNMARKED;
    codeFrom = -1;
    postings = 0;
    segments = 0;
    lines = 0;
  }

  /** Adds a posting slot and returns its index; the caller fills it. */
  int addPosting() {
    int i = postings++;
    if (i == acct.length) {
      int n = i * 2;
      acct = Arrays.copyOf(acct, n);
      cmd = Arrays.copyOf(cmd, n);
      minor = Arrays.copyOf(minor, n);
      neg = Arrays.copyOf(neg, n);
      has = Arrays.copyOf(has, n);
      priceKind = Arrays.copyOf(priceKind, n);
      priceCmd = Arrays.copyOf(priceCmd, n);
      priceMinor = Arrays.copyOf(priceMinor, n);
      unit = Arrays.copyOf(unit, n);
      cost = Arrays.copyOf(cost, n);
      pLine = Arrays.copyOf(pLine, n);
      pLineStart = Arrays.copyOf(pLineStart, n);
      pAcctPos = Arrays.copyOf(pAcctPos, n);
    }
    priceKind[i] = NO_PRICE;
    unit[i] = null;
    return i;
  }

  void addSegment(int owner, int from, int to) {
    if (segments * 3 + 3 > seg.length) {
      seg = Arrays.copyOf(seg, seg.length * 2);
    }
    seg[segments * 3] = owner;
    seg[segments * 3 + 1] = from;
    seg[segments * 3 + 2] = to;
    segments++;
  }

  /** Adds a resolved line. */
  void addLine(int posting, int account, int commodity, long amount, boolean credit, int costCommodity, long costAmount,
      @Nullable BigDecimal rate) {
    int i = lines++;
    if (i == lAcct.length) {
      int n = i * 2;
      lAcct = Arrays.copyOf(lAcct, n);
      lCmd = Arrays.copyOf(lCmd, n);
      lMinor = Arrays.copyOf(lMinor, n);
      lCredit = Arrays.copyOf(lCredit, n);
      lCostCmd = Arrays.copyOf(lCostCmd, n);
      lCost = Arrays.copyOf(lCost, n);
      lRate = Arrays.copyOf(lRate, n);
      lPosting = Arrays.copyOf(lPosting, n);
    }
    lPosting[i] = posting;
    lAcct[i] = account;
    lCmd[i] = commodity;
    lMinor[i] = amount;
    lCredit[i] = credit;
    lCostCmd[i] = costCommodity;
    lCost[i] = costAmount;
    lRate[i] = rate;
  }
}
