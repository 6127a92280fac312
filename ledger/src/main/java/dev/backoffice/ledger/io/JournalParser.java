package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.isDigit;
import static dev.backoffice.ledger.io.JournalBytes.word;

import dev.backoffice.core.error.BackOfficeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one grammar of the journal text format (docs/JOURNAL-FORMAT.md), on raw UTF-8 bytes. It reads blocks — a
 * line starting in column 0 (a transaction header, a directive or a comment) with the indented and blank lines
 * after it — resolves each transaction ({@link TxnResolver}: elided amounts, costs, the balance check), has
 * balance assertions and assignments settled in date order ({@link BalanceAssertions}) and hands what it read to
 * a {@link Sink}. The entry reader and the balance paths differ only in their sinks, so all of them accept and
 * reject exactly the same files with the same messages.
 *
 * <p>The common line shapes (an ASCII header without code, a posting {@code Account  1,234.56 PLN}) are read by
 * one-pass readers; anything else, and every error, by the general readers of the same rules.
 *
 * <p>Blocks are self-contained (no directive changes how later lines are read), which lets a large file be cut
 * at block starts and parsed in parallel. Line numbers are counted from the start of the input; a parse of a
 * chunk shifts its errors afterwards ({@link JournalParseException#movedDown}).
 */
final class JournalParser extends JournalLines {
  /** Receives what the parser reads, block by block, in input order (a transaction with a balance assignment last). */
  interface Sink {
    /** A resolved transaction; its buffers are valid only during the call. */
    void transaction(Txn t, Symbols symbols);

    /** An {@code account} directive. */
    default void accountDeclared(int account) {}

    /** A {@code commodity} directive. */
    default void commodityDeclared(int commodity) {}

    /**
     * A {@code P} directive: one unit of {@code commodity} is worth {@code price} units of {@code priceCommodity}
     * from {@code dateKey} ({@code yyyymmdd}) on.
     */
    default void price(int dateKey, int commodity, BigDecimal price, int priceCommodity) {}
  }

  /**
   * Thrown by a parser built without assertion tracking at the first balance assertion or assignment: the caller
   * parses the input again, from its start, with tracking. Carries no stack trace.
   */
  static final class NeedsTracking extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NeedsTracking INSTANCE = new NeedsTracking();

    private NeedsTracking() {
      super("the journal has balance assertions or assignments", null, false, false);
    }
  }

  /**
   * The read buffer: it grows for a block that does not fit. Small on purpose: a short run pays for every page of
   * memory it touches first (about 3 ms a MiB on the virtual machines measured), and a file read in 64 KiB reads
   * takes less than half the time of 1 MiB ones there (docs/PERFORMANCE.md).
   */
  static final int DEFAULT_BUFFER = 64 << 10;

  private static final int NONE = 0;
  private static final int TXN = 1;
  private static final int ACCOUNT = 2;
  private static final int COMMODITY = 3;
  private static final int COMMENT = 4;
  private static final int PRICE = 5;

  private final Sink sink;
  private final TxnResolver resolver;
  private final @Nullable BalanceAssertions assertions;

  /** Valid bytes end at {@link #limit}; whole lines end at {@link #end} (every line there ends with '\n'). */
  private int limit;
  private int end;
  /** The input is exhausted and {@link #end} is {@link #limit}. */
  private boolean eof;
  private long base;
  private ByteInput in = new ByteInput.Bytes(new byte[0]);

  /** The line following the last complete block. */
  private long nextLine;
  /** The transactions read so far, for the file order of assertions. */
  private long seq;


  /**
   * @param tracking whether balance assertions and assignments are settled; without, the first one throws
   *     {@link NeedsTracking} (the balance paths start so, to keep no history for the files without any)
   */
  JournalParser(String source, Symbols symbols, Sink sink, boolean tracking) {
    this(source, symbols, sink, tracking, DEFAULT_BUFFER);
  }

  JournalParser(String source, Symbols symbols, Sink sink, boolean tracking, int bufferSize) {
    super(source, symbols, bufferSize);
    this.sink = sink;
    this.resolver = new TxnResolver(source, symbols);
    this.assertions = tracking ? new BalanceAssertions(source, symbols, resolver) : null;
  }

  /**
   * Parses the input to its end, or until a block starts at or after {@code stopAt}; then settles the balance
   * assertions and assignments.
   *
   * @param input the bytes, starting at a block start (or the start of the file)
   * @param startOffset the file offset of the input's first byte
   * @param stopAt the file offset at which the next parser's part begins
   * @param fileStart whether the input is the start of the file (a byte order mark is skipped)
   * @param cancelled asked now and then; true stops the parse early
   * @throws JournalParseException for the first error, with lines counted from the input's start
   * @throws NeedsTracking without tracking, at the first balance assertion or assignment
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
    if (assertions != null) {
      assertions.finish(sink);
    }
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
    this.end = 0;
    this.eof = false;
    long line = 1;
    int pos = refill(0);
    if (fileStart && end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    while (true) {
      if (pos >= end) {
        if (eof) {
          return;
        }
        pos = refill(pos);
        continue;
      }
      if (base + pos >= stopAt) {
        return;
      }
      int next = block(pos, line);
      if (next < 0) {
        if (cancelled.getAsBoolean()) {
          return;
        }
        pos = refill(pos);
        continue;
      }
      line = nextLine;
      pos = next;
    }
  }

  /**
   * Moves the unread bytes from {@code keepFrom} to the front (growing the buffer if they fill it), reads, and
   * sets {@link #end} after the last whole line; at the input's end a last line without '\n' gets one.
   */
  private int refill(int keepFrom) {
    if (keepFrom == 0 && limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else if (keepFrom > 0) {
      System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
      base += keepFrom;
      limit -= keepFrom;
    }
    boolean exhausted = false;
    try {
      while (limit < buf.length) {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          exhausted = true;
          break;
        }
        limit += n;
      }
    } catch (IOException e) {
      throw new BackOfficeException("reading journal " + source + " failed: " + e.getMessage(), e);
    }
    if (exhausted) {
      if (limit > 0 && buf[limit - 1] != '\n') {
        if (limit == buf.length) {
          buf = Arrays.copyOf(buf, limit + 1);
        }
        buf[limit++] = '\n'; // the last line reads the same with a line end, and ends like the others
      }
      end = limit;
      eof = true;
    } else {
      int e = limit;
      while (e > 0 && buf[e - 1] != '\n') {
        e--;
      }
      end = e;
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
    // the posting loop only; the first line and what a directive hands on are out of line, so that the compiled
    // loop is small (a short run's parse is mostly over before the optimising compiler is done with it)
    byte[] b = buf;
    int lim = end;
    int p = p0;
    long ln = line0;
    Txn t = txn;
    t.reset(b);
    int kind = NONE;
    boolean open = false;
    if (startsBlock(b[p])) {
      lineNo = ln;
      lineStart = p;
      p = firstLine(p);
      kind = blockKind;
      open = kind == TXN;
      ln++;
    }
    while (p < lim) {
      byte c = b[p];
      if (startsBlock(c)) {
        break;
      }
      lineNo = ln;
      lineStart = p;
      ln++;
      if (c == '\n') {
        open = false; // a blank line ends a transaction
        p++;
        continue;
      }
      int next = c == ' ' && open ? simplePosting(p) : -1;
      if (next < 0) {
        int e = lineEnd(p);
        open = continuation(p, e > p && b[e - 1] == '\r' ? e - 1 : e, kind, open);
        next = e + 1;
      }
      p = next;
    }
    if (p >= lim && !eof) {
      return -1;
    }
    if (kind == TXN) {
      transaction(t, p0, p);
    } else if (kind != NONE) {
      directive(kind);
    }
    nextLine = ln;
    return p;
  }

  /** The kind of block {@link #firstLine} read. */
  private int blockKind;

  /** Reads a block's first line at {@code p} into {@link #blockKind}; returns the start of the next line. */
  private int firstLine(int p) {
    byte[] b = buf;
    int next = isDigit(b[p]) ? simpleHeader(p) : -1;
    if (next >= 0) {
      blockKind = TXN;
      return next;
    }
    int e = lineEnd(p);
    blockKind = head(p, e > p && b[e - 1] == '\r' ? e - 1 : e);
    return e + 1;
  }

  /** Hands a directive block to the sink. */
  private void directive(int kind) {
    if (kind == ACCOUNT) {
      sink.accountDeclared(declId);
    } else if (kind == COMMODITY) {
      sink.commodityDeclared(declId);
    } else if (kind == PRICE) {
      sink.price(priceDate, priceCmd, priceUnit, declId);
    }
  }

  private void transaction(Txn t, int from, int to) {
    long s = seq++;
    if (t.assertions > 0 && assertions == null) {
      throw NeedsTracking.INSTANCE;
    }
    if (t.assignments > 0) {
      assertions.defer(t.copy(from, to), s);
      return;
    }
    resolver.resolve(t);
    if (assertions != null) {
      assertions.transaction(t, s);
    }
    sink.transaction(t, sym);
  }

  /** The '\n' ending the line at {@code p}; a line with bytes outside ASCII must be well-formed UTF-8. */
  private int lineEnd(int p) {
    byte[] b = buf;
    int e = p;
    int high = 0;
    byte c;
    while ((c = b[e]) != '\n') {
      high |= c;
      e++;
    }
    if (high < 0) {
      int ce = e > p && b[e - 1] == '\r' ? e - 1 : e;
      int bad = Utf8.firstInvalid(b, p, ce);
      if (bad >= 0) {
        throw error(bad, "text", null, "must be UTF-8 encoded");
      }
    }
    return e;
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
    if (word(buf, p, ce, "P")) {
      priceDirective(p + 1, ce);
      return PRICE;
    }
    throw error(p, "line", token(p, ce),
        "must start with a date (YYYY-MM-DD or YYYY/MM/DD), a ';' or '#' comment, or an 'account', 'commodity' or 'P'"
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
    if (kind == ACCOUNT || kind == COMMODITY || kind == PRICE) {
      throw error(q, "directive option", token(q, ce),
          "is not supported: only ';' comment lines may follow an account, commodity or P directive");
    }
    throw error(q, "line", token(q, ce), "must be a ';' comment: an indented line outside a transaction");
  }
}
