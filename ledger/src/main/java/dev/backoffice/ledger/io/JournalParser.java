package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.MAX_DOCUMENT_NUMBER;
import static dev.backoffice.ledger.io.JournalBytes.MAX_MINOR;
import static dev.backoffice.ledger.io.JournalBytes.MAX_TEXT;
import static dev.backoffice.ledger.io.JournalBytes.isDigit;
import static dev.backoffice.ledger.io.JournalBytes.isToken;
import static dev.backoffice.ledger.io.JournalBytes.tokenEnd;
import static dev.backoffice.ledger.io.JournalBytes.word;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one parser of the journal text format, working on raw UTF-8 bytes. It reads blocks — a line starting in
 * column 0 (a transaction header, a directive or a comment) with the indented and blank lines after it —
 * resolves each transaction (elided amounts, costs, the balance check) and hands it to a {@link Sink}; the entry
 * reader and the balance path differ only in their sinks, so both accept and reject exactly the same files.
 *
 * <p>Blocks are self-contained (no directive changes how later lines are read), which lets a large file be cut
 * at block starts and parsed in parallel. Line numbers are counted from the start of the input; a parse of a
 * chunk shifts its errors afterwards ({@link JournalParseException#movedDown}).
 */
final class JournalParser {
  /** Receives what the parser reads, block by block, in input order. */
  interface Sink {
    /** A resolved transaction; its buffers are valid only during the call. */
    void transaction(Txn t, Symbols symbols);

    /** An {@code account} directive. */
    default void accountDeclared(int account) {}

    /** A {@code commodity} directive. */
    default void commodityDeclared(int commodity) {}
  }

  static final int DEFAULT_BUFFER = 1 << 20;
  /** Reads eight bytes of the buffer at once (little-endian) for the scans of line ends and padding. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long SPACES = 0x2020202020202020L;
  private static final long TABS = 0x0909090909090909L;

  private static final int NONE = 0;
  private static final int TXN = 1;
  private static final int ACCOUNT = 2;
  private static final int COMMODITY = 3;
  private static final int COMMENT = 4;

  private final String source;
  private final Symbols sym;
  private final Sink sink;
  private final Txn txn = new Txn();

  private byte[] buf;
  private int limit;
  private boolean eof;
  private long base;
  private ByteInput in = ByteInput.of(new byte[0]);

  /** Line number and first byte of the line being read, for messages. */
  private long lineNo;
  private int lineStart;
  /** The line following the last complete block. */
  private long nextLine;

  private int declId;

  // the amount just read
  private int aCmd;
  private long aUnscaled;
  private int aFrac;
  private boolean aNeg;

  // per-commodity sums of the transaction being resolved
  private int[] rc = new int[4];
  private long[] rs = new long[4];
  private @Nullable BigDecimal[] rx = new BigDecimal[4];
  private int rcN;

  JournalParser(String source, Symbols symbols, Sink sink) {
    this(source, symbols, sink, DEFAULT_BUFFER);
  }

  JournalParser(String source, Symbols symbols, Sink sink, int bufferSize) {
    this.source = source;
    this.sym = symbols;
    this.sink = sink;
    this.buf = new byte[Math.max(bufferSize, 64)];
  }

  /**
   * Parses the input to its end, or until a block starts at or after {@code stopAt}.
   *
   * @param input the bytes, starting at a block start (or the start of the file)
   * @param startOffset the file offset of the input's first byte
   * @param stopAt the file offset at which the next parser's part begins
   * @param fileStart whether the input is the start of the file (a byte order mark is skipped)
   * @param cancelled asked now and then; true stops the parse early
   * @throws JournalParseException for the first error, with lines counted from the input's start
   * @throws BackOfficeException when reading fails
   */
  void parse(ByteInput input, long startOffset, long stopAt, boolean fileStart, BooleanSupplier cancelled) {
    try {
      run(input, startOffset, stopAt, fileStart, cancelled);
    } catch (JournalParseException e) {
      // a name whose check was deferred failed where an immediate check would have thrown first
      throwPending();
      throw e;
    }
    throwPending();
  }

  private void throwPending() {
    Symbols.Failure f = sym.checkPending();
    if (f != null) {
      throw new JournalParseException(source, f.line, f.column, f.field, f.value, f.rule);
    }
  }

  private void run(ByteInput input, long startOffset, long stopAt, boolean fileStart, BooleanSupplier cancelled) {
    this.in = input;
    this.base = startOffset;
    this.limit = 0;
    this.eof = false;
    long line = 1;
    int pos = refill(0);
    if (fileStart && limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    while (true) {
      if (pos >= limit) {
        if (eof) {
          return;
        }
        pos = refill(pos);
        continue;
      }
      if (base + pos >= stopAt) {
        return;
      }
      int end = block(pos, line);
      if (end < 0) {
        if (cancelled.getAsBoolean()) {
          return;
        }
        pos = refill(pos);
        continue;
      }
      line = nextLine;
      pos = end;
    }
  }

  /** Moves the unread bytes from {@code keepFrom} to the front (growing the buffer if they fill it) and reads. */
  private int refill(int keepFrom) {
    if (keepFrom == 0 && limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else if (keepFrom > 0) {
      System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
      base += keepFrom;
      limit -= keepFrom;
    }
    try {
      while (limit < buf.length) {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
          break;
        }
        limit += n;
      }
    } catch (IOException e) {
      throw new BackOfficeException("reading journal " + source + " failed: " + e.getMessage(), e);
    }
    return 0;
  }

  private static boolean startsBlock(byte b) {
    return b != ' ' && b != '\t' && b != '\r' && b != '\n';
  }

  /**
   * Parses one block from {@code p0}.
   *
   * @return the start of the next block, or -1 when the buffer ended before the block did
   */
  private int block(int p0, long line0) {
    byte[] b = buf;
    int lim = limit;
    int p = p0;
    long ln = line0;
    txn.reset(b);
    boolean head = startsBlock(b[p]);
    int kind = NONE;
    boolean open = false;
    while (true) {
      // find the line's end eight bytes at a time, noting whether any byte is outside ASCII
      int e = p;
      long high = 0;
      while (e + 8 <= lim) {
        long w = (long) LONGS.get(b, e);
        long x = w ^ 0x0A0A0A0A0A0A0A0AL;
        long nl = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
        if (nl != 0) {
          int k = Long.numberOfTrailingZeros(nl) >>> 3;
          high |= w & ((1L << (k << 3)) - 1);
          e += k;
          break;
        }
        high |= w;
        e += 8;
      }
      if (e + 8 > lim) {
        while (e < lim && b[e] != '\n') {
          high |= b[e] & 0xFF;
          e++;
        }
      }
      if (e == lim && !eof) {
        return -1;
      }
      lineNo = ln;
      lineStart = p;
      int ce = e > p && b[e - 1] == '\r' ? e - 1 : e;
      if ((high & 0x8080808080808080L) != 0) {
        int bad = Utf8.firstInvalid(b, p, ce);
        if (bad >= 0) {
          throw error(bad, "text", null, "must be UTF-8 encoded");
        }
      }
      if (head) {
        kind = head(p, ce);
        open = kind == TXN;
        head = false;
      } else {
        open = continuation(p, ce, kind, open);
      }
      ln++;
      if (e >= lim) {
        p = lim;
        break;
      }
      p = e + 1;
      if (p >= lim) {
        if (!eof) {
          return -1;
        }
        break;
      }
      if (startsBlock(b[p])) {
        break;
      }
    }
    if (kind == TXN) {
      resolve();
      sink.transaction(txn, sym);
    } else if (kind == ACCOUNT) {
      sink.accountDeclared(declId);
    } else if (kind == COMMODITY) {
      sink.commodityDeclared(declId);
    }
    nextLine = ln;
    return p;
  }

  // ------------------------------------------------------------------------------------------ line kinds

  private int head(int p, int ce) {
    byte c = buf[p];
    if (c >= '0' && c <= '9') {
      header(p, ce);
      return TXN;
    }
    if (c == ';' || c == '#') {
      return COMMENT;
    }
    if (word(buf, p, ce, "account")) {
      accountDirective(p + 7, ce);
      return ACCOUNT;
    }
    if (word(buf, p, ce, "commodity")) {
      commodityDirective(p + 9, ce);
      return COMMODITY;
    }
    throw error(p, "line", token(p, ce),
        "must start with a date (YYYY-MM-DD or YYYY/MM/DD), a ';' or '#' comment, or an 'account' or 'commodity'"
            + " directive; other directives are not supported");
  }

  /** An indented or blank line after a block's first line; returns whether the transaction still takes postings. */
  private boolean continuation(int p, int ce, int kind, boolean open) {
    int q = skipWs(p, ce);
    if (q == ce) {
      return false; // a blank line ends a transaction
    }
    if (buf[q] == ';') {
      if (open) {
        addComment(txn.postings - 1, q + 1, ce);
      }
      return open;
    }
    if (open) {
      posting(q, ce);
      return true;
    }
    if (kind == TXN) {
      throw error(q, "line", token(q, ce),
          "must be a ';' comment: a blank line ends the transaction, so its postings must come before it");
    }
    if (kind == ACCOUNT || kind == COMMODITY) {
      throw error(q, "directive option", token(q, ce),
          "is not supported: only ';' comment lines may follow an account or commodity directive");
    }
    throw error(q, "line", token(q, ce), "must be a ';' comment: an indented line outside a transaction");
  }

  private void addComment(int owner, int from, int ce) {
    int s = skipWs(from, ce);
    int e = ce;
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
      e--;
    }
    txn.addSegment(owner, s, e);
  }

  private void header(int p, int ce) {
    Txn t = txn;
    t.line = lineNo;
    t.lineStart = p;
    byte[] b = buf;
    int key = HeaderDates.key(b, p, ce);
    if (key == HeaderDates.BAD_FORMAT) {
      throw error(p, "date", token(p, ce), "must be YYYY-MM-DD or YYYY/MM/DD");
    }
    if (key == HeaderDates.NOT_A_DAY) {
      throw error(p, "date", text(p, p + 10), "must be a day of the calendar");
    }
    t.year = key / 10000;
    t.month = key / 100 % 100;
    t.day = key % 100;
    t.dateKey = key;
    int q = p + 10;
    if (q < ce && b[q] != ' ' && b[q] != '\t') {
      throw error(q, "date", token(p, ce), b[q] == '='
          ? "must be a single date: secondary dates (DATE=DATE2) are not supported"
          : "must be YYYY-MM-DD or YYYY/MM/DD followed by a space");
    }
    q = skipWs(q, ce);
    if (q < ce && (b[q] == '*' || b[q] == '!')) {
      t.status = b[q] == '*' ? TransactionStatus.CLEARED : TransactionStatus.PENDING;
      q = skipWs(q + 1, ce);
    }
    if (q < ce && b[q] == '(') {
      int close = q + 1;
      while (close < ce && b[close] != ')') {
        close++;
      }
      if (close == ce) {
        throw error(q, "code", text(q, ce), "must be closed by ')'");
      }
      int cs = skipWs(q + 1, close);
      int cend = close;
      while (cend > cs && (b[cend - 1] == ' ' || b[cend - 1] == '\t')) {
        cend--;
      }
      if (cs == cend) {
        throw error(q, "code", "()", "must not be empty");
      }
      if (cend - cs > MAX_DOCUMENT_NUMBER && Utf8.utf16Length(b, cs, cend) > MAX_DOCUMENT_NUMBER) {
        throw error(cs, "code", text(cs, cend), "must be at most " + MAX_DOCUMENT_NUMBER + " characters");
      }
      t.codeFrom = cs;
      t.codeTo = cend;
      q = skipWs(close + 1, ce);
    }
    int r = q;
    int comment = -1;
    while (r < ce) {
      if (b[r] == ';') {
        if (b[r - 1] == '\t' || (b[r - 1] == ' ' && b[r - 2] == ' ')) {
          comment = r;
          break;
        }
        throw error(r, "description", text(q, ce),
            "must not contain ';' unless it starts a comment after two spaces or a tab (ledger and hledger read it differently)");
      }
      r++;
    }
    int de = comment < 0 ? ce : comment;
    while (de > q && (b[de - 1] == ' ' || b[de - 1] == '\t')) {
      de--;
    }
    if (de - q > MAX_TEXT && Utf8.utf16Length(b, q, de) > MAX_TEXT) {
      throw error(q, "description", text(q, de), "must be at most " + MAX_TEXT + " characters");
    }
    t.descFrom = q;
    t.descTo = de;
    if (comment >= 0) {
      addComment(-1, comment + 1, ce);
    }
  }




  private void posting(int q, int ce) {
    byte[] b = buf;
    byte c = b[q];
    if (c == '*' || c == '!') {
      throw error(q, "posting", token(q, ce), "must not have a status mark: posting status marks are not supported");
    }
    if (c == '(' || c == '[') {
      throw error(q, "posting", token(q, ce), "must be a real posting: virtual postings ( ) and [ ] are not supported");
    }
    int r = accountEnd(q, ce);
    int ae = r;
    if (b[ae - 1] == ' ') {
      ae--;
    }
    int id = account(q, ae, Symbols.hash(b, q, ae));
    Txn t = txn;
    int i = t.addPosting();
    t.acct[i] = id;
    t.pLine[i] = lineNo;
    t.pLineStart[i] = lineStart;
    t.pAcctPos[i] = q;
    r = skipWs(r, ce);
    if (r == ce) {
      t.has[i] = false;
      return;
    }
    if (b[r] == ';') {
      t.has[i] = false;
      addComment(i, r + 1, ce);
      return;
    }
    int as = r;
    r = amount(r, ce, true);
    t.has[i] = true;
    t.cmd[i] = aCmd;
    t.neg[i] = aNeg;
    long m = toMinor(aUnscaled, aFrac, aCmd, as, r);
    t.minor[i] = aNeg ? -m : m;
    r = skipWs(r, ce);
    if (r < ce && b[r] == '@') {
      boolean total = r + 1 < ce && b[r + 1] == '@';
      int ps = skipWs(r + (total ? 2 : 1), ce);
      if (ps < ce && b[ps] == '-') {
        throw error(ps, "price", token(ps, ce), "must not be negative");
      }
      int pe = amount(ps, ce, false);
      if (aCmd == t.cmd[i]) {
        throw error(ps, "price", text(ps, pe), "must be in another commodity than the amount " + text(as, ce).strip());
      }
      t.priceCmd[i] = aCmd;
      if (total) {
        t.priceKind[i] = Txn.TOTAL_PRICE;
        t.priceMinor[i] = toMinor(aUnscaled, aFrac, aCmd, ps, pe);
      } else {
        t.priceKind[i] = Txn.UNIT_PRICE;
        t.unit[i] = BigDecimal.valueOf(aUnscaled, aFrac);
      }
      r = skipWs(pe, ce);
    }
    if (r < ce) {
      byte x = b[r];
      if (x == ';') {
        addComment(i, r + 1, ce);
        return;
      }
      if (x == '=') {
        throw error(r, "posting", text(r, ce), "must not have a balance assertion or assignment: they are not supported");
      }
      if (x == '{') {
        throw error(r, "posting", text(r, ce), "must not have a lot price {…}: lot prices are not supported");
      }
      if (x == '@') {
        throw error(r, "posting", text(r, ce), "must have at most one price (@ or @@)");
      }
      throw error(r, "posting", text(r, ce),
          "must end after its amount and @/@@ price, or continue with a ';' comment");
    }
  }

  private int account(int from, int to, int h) {
    try {
      return sym.account(buf, from, to, h, lineNo, lineStart);
    } catch (ValidationException e) {
      throw error(from, "account", text(from, to), e.rule());
    }
  }

  /**
   * Where an account name ends: at two spaces, a tab or the line's end. Eight bytes at a time: a byte is a
   * space when its XOR with {@code 0x20} is zero; two spaces are two such bytes in a row.
   */
  private int accountEnd(int q, int ce) {
    byte[] b = buf;
    int r = q;
    while (r + 8 <= ce) {
      long w = (long) LONGS.get(b, r);
      long sp = zeroBytes(w ^ SPACES);
      long stop = (sp & (sp >>> 8)) | zeroBytes(w ^ TABS);
      if (stop != 0) {
        return r + (Long.numberOfTrailingZeros(stop) >>> 3);
      }
      r += sp < 0 ? 7 : 8; // a space in the last byte may pair with the next word's first
    }
    while (r < ce && b[r] != '\t' && !(b[r] == ' ' && r + 1 < ce && b[r + 1] == ' ')) {
      r++;
    }
    return r;
  }

  /** Bit 7 set in exactly the bytes of {@code x} that are zero. */
  private static long zeroBytes(long x) {
    long y = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
    return ~(y | x | 0x7F7F7F7F7F7F7F7FL);
  }

  private void accountDirective(int p, int ce) {
    int q = skipWs(p, ce);
    if (q == ce) {
      throw error(p, "account", null, "must follow the account directive");
    }
    int r = accountEnd(q, ce);
    int ae = r;
    while (buf[ae - 1] == ' ') {
      ae--;
    }
    declId = account(q, ae, Symbols.hash(buf, q, ae));
    r = skipWs(r, ce);
    if (r < ce && buf[r] != ';') {
      throw error(r, "account directive", text(r, ce), "must end after the account name or continue with a ';' comment");
    }
  }

  private void commodityDirective(int p, int ce) {
    int q = skipWs(p, ce);
    if (q == ce) {
      throw error(p, "commodity", null, "must follow the commodity directive");
    }
    int r;
    if (buf[q] == '-' || isDigit(buf[q])) {
      r = amount(q, ce, true);
    } else if (isToken(buf[q])) {
      int te = tokenEnd(buf, q, ce);
      aCmd = commodity(q, te);
      r = skipWs(te, ce);
      if (r < ce && (buf[r] == '-' || isDigit(buf[r]))) {
        r = amount(q, ce, true);
      }
    } else {
      throw error(q, "commodity", token(q, ce), "must be an ISO 4217 code such as PLN, or a sample amount such as 1,000.00 PLN");
    }
    declId = aCmd;
    r = skipWs(r, ce);
    if (r < ce && buf[r] != ';') {
      throw error(r, "commodity directive", text(r, ce), "must end after the commodity or continue with a ';' comment");
    }
  }

  // ---------------------------------------------------------------------------------------------- amounts

  private int commodity(int from, int to) {
    try {
      return sym.commodity(buf, from, to, lineNo, lineStart);
    } catch (ValidationException e) {
      throw error(from, "commodity", text(from, to), e.rule());
    }
  }

  /** Reads an amount: sign, number and commodity on either side; sets {@link #aCmd} and friends. */
  private int amount(int start, int ce, boolean signed) {
    byte[] b = buf;
    int r = start;
    boolean neg = false;
    if (b[r] == '-') {
      if (!signed) {
        throw error(r, "price", token(r, ce), "must not be negative");
      }
      neg = true;
      r++;
    }
    if (r < ce && isDigit(b[r])) {
      r = number(r, ce, start);
      int t = skipWs(r, ce);
      if (t < ce && isToken(b[t])) {
        int te = tokenEnd(buf, t, ce);
        aCmd = commodity(t, te);
        r = te;
      } else {
        throw error(start, "amount", text(start, r),
            "must have a commodity, an ISO 4217 code such as PLN (as in 100.00 PLN or PLN 100.00)");
      }
    } else if (r < ce && isToken(b[r])) {
      int te = tokenEnd(buf, r, ce);
      aCmd = commodity(r, te);
      r = skipWs(te, ce);
      if (r < ce && b[r] == '-') {
        if (!signed) {
          throw error(r, "price", token(start, ce), "must not be negative");
        }
        if (neg) {
          throw error(r, "amount", token(start, ce), "must have at most one minus sign");
        }
        neg = true;
        r++;
      }
      if (r >= ce || !isDigit(b[r])) {
        throw error(start, "amount", token(start, ce), "must be a number with a commodity, such as 100.00 PLN");
      }
      r = number(r, ce, start);
    } else {
      throw error(start, "amount", token(start, ce), "must be a number with a commodity, such as 100.00 PLN or -1,234.56 EUR");
    }
    aNeg = neg;
    return r;
  }

  /** Reads digits with optional ',' thousands groups and '.' decimals into {@link #aUnscaled}/{@link #aFrac}. */
  private int number(int p, int ce, int amountStart) {
    byte[] b = buf;
    int r = p;
    long v = 0;
    int digits = 0;
    int frac = -1;
    int group = 0;
    boolean grouped = false;
    while (r < ce) {
      byte x = b[r];
      if (x >= '0' && x <= '9') {
        if (++digits > 18) {
          throw error(amountStart, "amount", token(amountStart, ce), "must have at most 18 digits");
        }
        v = v * 10 + (x - '0');
        group++;
        if (frac >= 0) {
          frac++;
        }
        r++;
      } else if (x == ',') {
        if (frac >= 0) {
          throw error(r, "amount", token(amountStart, ce),
              "must not have ',' after the decimal point: write amounts as 1,234.56 (',' groups thousands, '.' is the decimal point)");
        }
        if (group == 0 || group > 3 || (grouped && group != 3) || r + 1 >= ce || !isDigit(b[r + 1])) {
          throw error(r, "amount", token(amountStart, ce), "must group thousands by three digits, as in 1,234,567.89");
        }
        grouped = true;
        group = 0;
        r++;
      } else if (x == '.') {
        if (frac >= 0) {
          throw error(r, "amount", token(amountStart, ce), "must have at most one decimal point");
        }
        if (grouped && group != 3) {
          throw error(r, "amount", token(amountStart, ce), "must group thousands by three digits, as in 1,234,567.89");
        }
        if (r + 1 >= ce || !isDigit(b[r + 1])) {
          throw error(r, "amount", token(amountStart, ce), "must have digits after the decimal point");
        }
        frac = 0;
        r++;
      } else {
        break;
      }
    }
    if (grouped && frac < 0) {
      throw error(amountStart, "amount", token(amountStart, ce),
          "must have a decimal point when it has a thousands separator: ledger reads 1,000 as a thousand, hledger as"
              + " one; write 1,000.00");
    }
    aUnscaled = v;
    aFrac = frac < 0 ? 0 : frac;
    return r;
  }

  /** An unscaled number in the minor units of a commodity, exactly. */
  private long toMinor(long unscaled, int frac, int cmd, int from, int to) {
    int scale = sym.scale(cmd);
    long m = JournalBytes.minorUnits(unscaled, frac, scale);
    if (m == JournalBytes.TOO_PRECISE) {
      throw error(from, "amount", text(from, to),
          "must have at most " + scale + " decimal places for " + sym.code(cmd));
    }
    if (m == JournalBytes.TOO_LARGE) {
      throw error(from, "amount", text(from, to), "must be at most " + MAX_MINOR + " minor units");
    }
    return m;
  }

  // ------------------------------------------------------------------------------------------- resolution

  /** Fills in the elided amount, computes costs and checks the balance; the result is in {@link Txn}'s lines. */
  private void resolve() {
    Txn t = txn;
    rcN = 0;
    int elided = -1;
    for (int i = 0; i < t.postings; i++) {
      if (!t.has[i]) {
        if (elided >= 0) {
          throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "posting", sym.name(t.acct[i]),
              "must have an amount: only one posting of a transaction may leave it out (the posting on line "
                  + t.pLine[elided] + " already does)");
        }
        elided = i;
        continue;
      }
      long m = t.minor[i];
      byte kind = t.priceKind[i];
      if (kind == Txn.NO_PRICE) {
        addSum(t.cmd[i], m, null, i);
      } else if (kind == Txn.TOTAL_PRICE) {
        long total = t.priceMinor[i];
        if (m == 0 && total != 0) {
          throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "price", "@@ " + total,
              "must be zero for a zero amount");
        }
        long c = m < 0 ? -total : total;
        t.cost[i] = c;
        addSum(t.priceCmd[i], c, null, i);
      } else {
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
        addSum(pc, c, diff, i);
      }
    }
    if (elided < 0) {
      for (int k = 0; k < rcN; k++) {
        if (rs[k] != 0 && !(rx[k] != null && absorb(k))) {
          throw unbalanced();
        }
      }
    }
    checkMemos();
    for (int i = 0; i < t.postings; i++) {
      int a = t.acct[i];
      if (i != elided) {
        long m = t.minor[i];
        boolean credit = m < 0 || (m == 0 && t.neg[i]);
        if (t.priceKind[i] == Txn.NO_PRICE) {
          t.addLine(i, a, t.cmd[i], Math.abs(m), credit, -1, 0, null);
        } else {
          t.addLine(i, a, t.cmd[i], Math.abs(m), credit, t.priceCmd[i], Math.abs(t.cost[i]), t.unit[i]);
        }
        continue;
      }
      boolean any = false;
      for (int k = 0; k < rcN; k++) {
        if (rs[k] != 0) {
          long v = -rs[k];
          if (Math.abs(v) > MAX_MINOR) {
            throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "posting", sym.name(a),
                "must take a balancing amount of at most " + MAX_MINOR + " minor units");
          }
          t.addLine(i, a, rc[k], Math.abs(v), v < 0, -1, 0, null);
          any = true;
        }
      }
      if (!any && rcN > 0) {
        t.addLine(i, a, rc[0], 0, false, -1, 0, null);
      }
    }
    if (t.lines < 2) {
      throw errorAt(t.line, t.lineStart, t.lineStart, "postings", t.postings,
          "must be at least two: a transaction moves an amount from one account to another");
    }
  }

  private void addSum(int cmd, long v, @Nullable BigDecimal diff, int posting) {
    int k = 0;
    while (k < rcN && rc[k] != cmd) {
      k++;
    }
    if (k == rcN) {
      if (k == rc.length) {
        rc = Arrays.copyOf(rc, k * 2);
        rs = Arrays.copyOf(rs, k * 2);
        rx = Arrays.copyOf(rx, k * 2);
      }
      rc[k] = cmd;
      rs[k] = 0;
      rx[k] = null;
      rcN++;
    }
    try {
      rs[k] = Math.addExact(rs[k], v);
    } catch (ArithmeticException e) {
      Txn t = txn;
      throw errorAt(t.pLine[posting], t.pLineStart[posting], t.pAcctPos[posting], "posting", sym.name(t.acct[posting]),
          "must keep the transaction's sum in " + sym.code(cmd) + " within ±9.2e18 minor units");
    }
    if (diff != null) {
      rx[k] = rx[k] == null ? diff : rx[k].add(diff);
    }
  }

  /**
   * Absorbs a residual that comes only from rounding unit-priced costs: if the exact sum rounds to zero, the
   * unit-priced line with the largest cost in that commodity takes the difference.
   */
  private boolean absorb(int k) {
    int scale = sym.scale(rc[k]);
    BigDecimal exact = BigDecimal.valueOf(rs[k], scale).add(rx[k]);
    if (exact.setScale(scale, RoundingMode.HALF_EVEN).signum() != 0) {
      return false;
    }
    Txn t = txn;
    int best = -1;
    for (int i = 0; i < t.postings; i++) {
      if (t.has[i] && t.priceKind[i] == Txn.UNIT_PRICE && t.priceCmd[i] == rc[k]
          && (best < 0 || Math.abs(t.cost[i]) > Math.abs(t.cost[best]))) {
        best = i;
      }
    }
    long adjusted = t.cost[best] - rs[k];
    long m = t.minor[best];
    if ((m > 0 && adjusted < 0) || (m < 0 && adjusted > 0) || (m == 0 && adjusted != 0)) {
      return false;
    }
    t.cost[best] = adjusted;
    rs[k] = 0;
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
  private void checkMemos() {
    Txn t = txn;
    for (int i = 0; i < t.postings && t.segments > 0; i++) {
      int len = -1;
      for (int s = 0; s < t.segments; s++) {
        if (t.seg[s * 3] == i) {
          len += 1 + Utf8.utf16Length(t.buf, t.seg[s * 3 + 1], t.seg[s * 3 + 2]);
        }
      }
      if (len > MAX_TEXT) {
        throw errorAt(t.pLine[i], t.pLineStart[i], t.pAcctPos[i], "memo", sym.name(t.acct[i]),
            "must be at most " + MAX_TEXT + " characters (the comments of one posting together)");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private int skipWs(int p, int ce) {
    int r = p;
    while (r + 8 <= ce && (long) LONGS.get(buf, r) == SPACES) {
      r += 8;
    }
    while (r < ce && (buf[r] == ' ' || buf[r] == '\t')) {
      r++;
    }
    return r;
  }

  private String text(int from, int to) {
    return new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8);
  }

  /** The text from {@code from} to the next separator (two spaces, a tab, ';') or the line's end. */
  private String token(int from, int ce) {
    int r = from;
    while (r < ce && buf[r] != '\t' && buf[r] != ';' && !(buf[r] == ' ' && r + 1 < ce && buf[r + 1] == ' ')) {
      r++;
    }
    return text(from, r).strip();
  }

  private JournalParseException error(int pos, String field, @Nullable Object value, String rule) {
    return errorAt(lineNo, lineStart, pos, field, value, rule);
  }

  private JournalParseException errorAt(long line, int start, int pos, String field, @Nullable Object value, String rule) {
    int column = 1 + Utf8.codePoints(buf, start, pos);
    return new JournalParseException(source, line, column, field, value == null ? null : String.valueOf(value), rule);
  }

  /** The source name used in messages. */
  String source() {
    return source;
  }
}
