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
  /** {@link #assertKind}: no balance assertion. */
  static final byte NO_ASSERTION = 0;
  /** {@link #assertKind}: {@code = BALANCE}, the balance in that commodity. */
  static final byte ASSERT_COMMODITY = 1;
  /** {@link #assertKind}: {@code == BALANCE}, the account's whole balance (no other commodity). */
  static final byte ASSERT_WHOLE = 2;

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
  /** Per posting: {@link #NO_ASSERTION}, {@link #ASSERT_COMMODITY} or {@link #ASSERT_WHOLE}. */
  byte[] assertKind = new byte[8];
  int[] assertCmd = new int[8];
  /** The asserted balance, in signed minor units of {@link #assertCmd}. */
  long[] assertMinor = new long[8];
  /** The column of the assertion's '=' (from 1), for its message. */
  int[] assertColumn = new int[8];
  /** Per posting: whether it is a balance assignment (no amount, {@code = BALANCE}). */
  boolean[] assigned = new boolean[8];
  /** The number of postings with an assertion or an assignment. */
  int assertions;
  /** The number of postings with an assignment. */
  int assignments;

  /** Comment segments: owner (-1 for the transaction, else a posting index), from, to. */
  int segments;
  int[] seg = new int[24];
  /**
   * The first posting whose comments together (with the line breaks between them) are longer than a memo may be,
   * or -1; the resolver reports it after the balance check.
   */
  int longMemo = -1;
  /** The characters of the memo of the last segment's owner so far. */
  private int memoChars;

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
    longMemo = -1;
    lines = 0;
    assertions = 0;
    assignments = 0;
  }

  /**
   * Adds a posting of an account, read on a line starting at {@code lineStart} with the account at
   * {@code accountPos}; returns its index (the caller fills in the rest).
   */
  int addPosting(int account, long line, int lineStart, int accountPos) {
    int i = postings++;
    if (i == acct.length) {
      growPostings();
    }
    priceKind[i] = NO_PRICE; // unit[i] is read only for a UNIT_PRICE, which sets it
    assertKind[i] = NO_ASSERTION;
    assigned[i] = false;
    acct[i] = account;
    pLine[i] = line;
    pLineStart[i] = lineStart;
    pAcctPos[i] = accountPos;
    return i;
  }

  /** Doubles the posting arrays (out of line: the compiled {@link #addPosting} stays small). */
  private void growPostings() {
    int n = acct.length * 2;
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
    assertKind = Arrays.copyOf(assertKind, n);
    assertCmd = Arrays.copyOf(assertCmd, n);
    assertMinor = Arrays.copyOf(assertMinor, n);
    assertColumn = Arrays.copyOf(assertColumn, n);
    assigned = Arrays.copyOf(assigned, n);
  }

  /**
   * Adds a comment segment of {@code chars} UTF-16 characters, and keeps count of its owner's memo (an owner's
   * segments are added one after the other: a comment belongs to the posting above it).
   */
  void addSegment(int owner, int from, int to, int chars) {
    if (segments * 3 + 3 > seg.length) {
      seg = Arrays.copyOf(seg, seg.length * 2);
    }
    if (segments == 0 || seg[segments * 3 - 3] != owner) {
      memoChars = -1;
    }
    memoChars += 1 + chars;
    if (memoChars > JournalBytes.MAX_TEXT && owner >= 0 && longMemo < 0) {
      longMemo = owner;
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
      growLines();
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

  /** Doubles the line arrays. */
  private void growLines() {
    int n = lAcct.length * 2;
    lAcct = Arrays.copyOf(lAcct, n);
    lCmd = Arrays.copyOf(lCmd, n);
    lMinor = Arrays.copyOf(lMinor, n);
    lCredit = Arrays.copyOf(lCredit, n);
    lCostCmd = Arrays.copyOf(lCostCmd, n);
    lCost = Arrays.copyOf(lCost, n);
    lRate = Arrays.copyOf(lRate, n);
    lPosting = Arrays.copyOf(lPosting, n);
  }

  /**
   * A copy that outlives the parser's buffer: the bytes {@code [from, to)} of the block are copied and every
   * position moved by {@code -from}. For a transaction whose resolution waits for the end of the file.
   */
  Txn copy(int from, int to) {
    Txn c = new Txn();
    c.buf = Arrays.copyOfRange(buf, from, to);
    c.line = line;
    c.lineStart = lineStart - from;
    c.year = year;
    c.month = month;
    c.day = day;
    c.dateKey = dateKey;
    c.status = status;
    c.codeFrom = codeFrom < 0 ? -1 : codeFrom - from;
    c.codeTo = codeTo - from;
    c.descFrom = descFrom - from;
    c.descTo = descTo - from;
    c.postings = postings;
    int n = Math.max(postings, 1);
    c.acct = Arrays.copyOf(acct, n);
    c.cmd = Arrays.copyOf(cmd, n);
    c.minor = Arrays.copyOf(minor, n);
    c.neg = Arrays.copyOf(neg, n);
    c.has = Arrays.copyOf(has, n);
    c.priceKind = Arrays.copyOf(priceKind, n);
    c.priceCmd = Arrays.copyOf(priceCmd, n);
    c.priceMinor = Arrays.copyOf(priceMinor, n);
    c.unit = Arrays.copyOf(unit, n);
    c.cost = Arrays.copyOf(cost, n);
    c.pLine = Arrays.copyOf(pLine, n);
    c.pLineStart = Arrays.copyOf(pLineStart, n);
    c.pAcctPos = Arrays.copyOf(pAcctPos, n);
    for (int i = 0; i < postings; i++) {
      c.pLineStart[i] -= from;
      c.pAcctPos[i] -= from;
    }
    c.assertKind = Arrays.copyOf(assertKind, n);
    c.assertCmd = Arrays.copyOf(assertCmd, n);
    c.assertMinor = Arrays.copyOf(assertMinor, n);
    c.assertColumn = Arrays.copyOf(assertColumn, n);
    c.assigned = Arrays.copyOf(assigned, n);
    c.assertions = assertions;
    c.assignments = assignments;
    c.segments = segments;
    c.longMemo = longMemo;
    c.seg = Arrays.copyOf(seg, Math.max(seg.length, 3));
    for (int k = 0; k < segments; k++) {
      c.seg[k * 3 + 1] -= from;
      c.seg[k * 3 + 2] -= from;
    }
    return c;
  }
}
