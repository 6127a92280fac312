package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.MAX_DOCUMENT_NUMBER;
import static dev.backoffice.ledger.io.JournalBytes.MAX_MINOR;
import static dev.backoffice.ledger.io.JournalBytes.MAX_TEXT;
import static dev.backoffice.ledger.io.JournalBytes.isDigit;
import static dev.backoffice.ledger.io.JournalBytes.isToken;
import static dev.backoffice.ledger.io.JournalBytes.tokenEnd;
import static dev.backoffice.ledger.io.JournalBytes.word;

import dev.backoffice.core.error.ValidationException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The balances of a journal file as CSV bytes, for a tool whose whole run is one balance: what
 * {@link JournalBalances#of(Path, LocalDate, Executor, int)} followed by {@link JournalBalances#writeCsv} gives,
 * computed with the JDK's base classes only (no collections library, no money library, no lambdas), so that a
 * short-lived JVM spends its time on the file rather than on loading and initialising classes.
 *
 * <p>It reads the journal text format with the same rules as the one parser of this package, but it only
 * <em>answers</em> for the files it can vouch for: when it meets anything it does not handle — any error, a
 * commodity outside its short list of ISO 4217 currencies whose decimal places the JDK and Joda-Money agree on,
 * an account name that might not be valid, a read failure — it returns {@code null}, and the caller asks
 * {@link JournalBalances}, which then gives the same balances or the error message with file, line and column.
 * Every answer it does give is exactly the one {@link JournalBalances} gives.
 *
 * <pre>{@code
 * byte[] csv = QuickBalances.csv(Path.of("books.ledger"), null, Runnable::run, 1);
 * if (csv == null) {
 *   JournalBalances.writeCsv(JournalBalances.of(Path.of("books.ledger")), out);
 * }
 * }</pre>
 */
public final class QuickBalances {
  /**
   * Parts smaller than this are not worth a thread of their own. The same as {@link JournalBalances}'s, so that
   * both cut a file into the same parts and sum in the same order: whether a running sum leaves the range of a
   * long (an error) then cannot differ between them.
   */
  static final long MIN_PART_BYTES = JournalBalances.MIN_PART_BYTES;

  /**
   * The ISO 4217 codes this path knows, sorted (the order of the CSV rows within an account), with their
   * decimal places in {@link #SCALES}; {@code QuickBalancesTest} checks them against the JDK and Joda-Money.
   */
  static final String[] CODES = {
      "AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "ISK", "JPY", "KRW",
      "MXN", "NOK", "NZD", "PLN", "RON", "SEK", "SGD", "TRY", "UAH", "USD", "ZAR"};
  static final int[] SCALES = {
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0,
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};

  /** 1 + the index in {@link #CODES} of each three-letter code {@code A-Z}, by {@code (c0 * 26 + c1) * 26 + c2}. */
  private static final byte[] CODE_INDEX = new byte[26 * 26 * 26];

  static {
    for (int i = 0; i < CODES.length; i++) {
      String c = CODES[i];
      CODE_INDEX[((c.charAt(0) - 'A') * 26 + c.charAt(1) - 'A') * 26 + c.charAt(2) - 'A'] = (byte) (i + 1);
    }
  }

  private QuickBalances() {}

  /**
   * The balances of a journal file as of a date, as the CSV {@link JournalBalances#writeCsv} writes (UTF-8), or
   * null when the file needs {@link JournalBalances}.
   *
   * @param file the journal, UTF-8
   * @param asOf the last date counted (inclusive); null for all; later transactions are still checked
   * @param executor runs the parts after the first (the first runs in the calling thread)
   * @param parallelism the number of parts at most, from 1; files below 4 MiB a part are not split
   * @return the CSV bytes, or null when the file holds something (an error included) this path leaves to
   *     {@link JournalBalances}
   * @throws dev.backoffice.core.error.ValidationException when an argument is null or parallelism is below 1
   */
  public static byte @Nullable [] csv(Path file, @Nullable LocalDate asOf, Executor executor, int parallelism) {
    // plain checks, not Checks: its lambdas would cost a short run more than the check is worth
    if (file == null) {
      throw new ValidationException("file", null, "must not be null");
    }
    if (executor == null) {
      throw new ValidationException("executor", null, "must not be null");
    }
    if (parallelism < 1) {
      throw new ValidationException("parallelism", parallelism, "must be at least 1");
    }
    return csv(file, asOf, executor, parallelism, MIN_PART_BYTES);
  }

  /** As the public overload, with the smallest part size as a parameter (tests split small files). */
  static byte @Nullable [] csv(Path file, @Nullable LocalDate asOf, Executor executor, int parallelism,
      long minPartBytes) {
    int last = asOf == null ? Integer.MAX_VALUE : asOf.getYear() * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
    String path = file.toString();
    Part[] parts;
    try (RandomAccessFile raf = new RandomAccessFile(path, "r")) {
      long size = raf.length();
      int n = (int) Math.max(1, Math.min(parallelism, size / minPartBytes));
      long[] starts = new long[n + 1];
      int k = 1;
      for (int i = 1; i < n; i++) {
        long s = blockStart(raf, size * i / n);
        if (s > starts[k - 1]) {
          starts[k++] = s;
        }
      }
      starts[k] = Long.MAX_VALUE;
      parts = new Part[k];
      for (int i = 0; i < k; i++) {
        parts[i] = new Part(path, starts[i], starts[i + 1], last);
      }
    } catch (IOException e) {
      return null; // JournalBalances reads the file again and reports why it cannot
    }
    for (int i = 1; i < parts.length; i++) {
      executor.execute(parts[i]);
    }
    parts[0].run();
    for (int i = 1; i < parts.length; i++) {
      parts[i].await();
    }
    for (Part p : parts) {
      if (!p.ok) {
        return null;
      }
    }
    return merge(parts);
  }

  /** The offset of the first line at or after {@code from} that starts a block (not blank, not indented), or -1. */
  private static long blockStart(RandomAccessFile raf, long from) throws IOException {
    byte[] b = new byte[1 << 16];
    long pos = from - 1;
    byte prev = 0;
    boolean first = true;
    while (true) {
      raf.seek(pos);
      int n = raf.read(b, 0, b.length);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        byte c = b[i];
        if (!first && prev == '\n' && startsBlock(c)) {
          return pos + i;
        }
        first = false;
        prev = c;
      }
      pos += n;
    }
  }

  static boolean startsBlock(byte b) {
    return b != ' ' && b != '\t' && b != '\r' && b != '\n';
  }

  /** Sums the parts' balances by account name; null when a sum leaves the range of a long. */
  private static byte @Nullable [] merge(Part[] parts) {
    HashMap<String, long[]> sums = new HashMap<>();
    for (Part p : parts) {
      Scanner s = p.scanner;
      for (int a = 0; a < s.accounts; a++) {
        long[] row = s.sums[a];
        long[] into = sums.get(s.names[a]);
        if (into == null) {
          sums.put(s.names[a], row.clone());
          continue;
        }
        for (int c = 0; c < row.length; c++) {
          long sum = into[c] + row[c];
          if (((into[c] ^ sum) & (row[c] ^ sum)) < 0) {
            return null;
          }
          into[c] = sum;
        }
      }
    }
    String[] names = sums.keySet().toArray(new String[0]);
    Arrays.sort(names);
    StringBuilder sb = new StringBuilder(names.length * 48 + 32);
    sb.append("account,commodity,amount\n");
    for (String a : names) {
      long[] row = sums.get(a);
      for (int c = 0; c < row.length; c++) {
        if (row[c] != 0) {
          if (a.indexOf(',') >= 0 || a.indexOf('"') >= 0 || a.indexOf('\n') >= 0 || a.indexOf('\r') >= 0) {
            sb.append('"').append(a.replace("\"", "\"\"")).append('"');
          } else {
            sb.append(a);
          }
          sb.append(',').append(CODES[c]).append(',');
          appendDecimal(sb, row[c], SCALES[c]);
          sb.append('\n');
        }
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Appends minor units as a plain decimal with {@code scale} places ({@code -5, 2} gives {@code -0.05}). */
  static void appendDecimal(StringBuilder sb, long minor, int scale) {
    if (minor < 0) {
      sb.append('-');
    }
    String digits = minor == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(minor));
    if (scale == 0) {
      sb.append(digits);
      return;
    }
    int whole = digits.length() - scale;
    if (whole <= 0) {
      sb.append("0.");
      for (int i = whole; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else {
      sb.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
    }
  }

  /** One part of the file, parsed on the thread that runs it. */
  private static final class Part implements Runnable {
    final String path;
    final long start;
    final long stop;
    final Scanner scanner;
    private boolean done;
    volatile boolean ok;

    Part(String path, long start, long stop, int lastDateKey) {
      this.path = path;
      this.start = start;
      this.stop = stop;
      this.scanner = new Scanner(lastDateKey);
    }

    @Override
    public void run() {
      try (RandomAccessFile raf = new RandomAccessFile(path, "r")) {
        ok = scanner.scan(raf, start, stop);
      } catch (IOException | RuntimeException e) {
        ok = false; // JournalBalances reads the file again and reports the failure
      } finally {
        synchronized (this) {
          done = true;
          notifyAll();
        }
      }
    }

    synchronized void await() {
      boolean interrupted = false;
      while (!done) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Thrown inside a scan for anything this path leaves to {@link JournalBalances}; carries no stack trace. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super("left to JournalBalances", null, false, false);
    }
  }

  /**
   * The parser of one part: line by line, with the rules of {@code JournalParser} (which see for the reasons);
   * every place that parser throws, this one throws {@link Unsupported}.
   */
  static final class Scanner {
    private static final int NONE = 0;
    private static final int TXN = 1;
    private static final int ACCOUNT = 2;
    private static final int COMMODITY = 3;
    private static final int COMMENT = 4;
    private static final byte NO_PRICE = 0;
    private static final byte UNIT_PRICE = 1;
    private static final byte TOTAL_PRICE = 2;

    private final int lastDateKey;
    private byte[] buf = new byte[1 << 20];

    // accounts: open addressing over ids, keyed by the name's bytes
    private int[] table = new int[1024];
    private byte[][] keys = new byte[256][];
    private int[] hashes = new int[256];
    String[] names = new String[256];
    long[][] sums = new long[256][];
    int accounts;

    // the block being read
    private int kind = NONE;
    private boolean open;
    private int dateKey;
    private int postings;
    private int[] acct = new int[16];
    private int[] cmd = new int[16];
    private long[] minor = new long[16];
    private boolean[] neg = new boolean[16];
    private boolean[] has = new boolean[16];
    private byte[] priceKind = new byte[16];
    private int[] priceCmd = new int[16];
    private long[] priceMinor = new long[16];
    private @Nullable BigDecimal[] unit = new BigDecimal[16];
    private long[] cost = new long[16];
    /** Per posting: UTF-16 length of its memo so far (comments joined by line breaks), -1 when none. */
    private int[] memo = new int[16];

    /** The hash of the account name {@link #simpleAccountEnd} read last. */
    private int hash;
    /** The line end after the comment {@link #simpleMemo} read last. */
    private int memoEnd;
    /** The amount {@link #simpleAmount} read last, in minor units (not negative). */
    private long aMinor;

    // the amount just read
    private int aCmd;
    private long aUnscaled;
    private int aFrac;
    private boolean aNeg;

    // per-commodity sums of the transaction being resolved
    private final int[] rc = new int[CODES.length];
    private final long[] rs = new long[CODES.length];
    private final @Nullable BigDecimal[] rx = new BigDecimal[CODES.length];
    private int rcN;

    Scanner(int lastDateKey) {
      this.lastDateKey = lastDateKey;
      Arrays.fill(table, -1);
    }

    /** Reads the lines from {@code start} up to the block starting at or after {@code stop}; false to leave it. */
    boolean scan(RandomAccessFile raf, long start, long stop) throws IOException {
      try {
        run(raf, start, stop);
        return true;
      } catch (Unsupported e) {
        return false;
      }
    }

    private void run(RandomAccessFile raf, long start, long stop) throws IOException {
      raf.seek(start);
      long base = start;
      int lim = 0;
      boolean first = start == 0;
      while (true) {
        boolean eof = false;
        while (lim < buf.length) {
          int n = raf.read(buf, lim, buf.length - lim);
          if (n < 0) {
            eof = true;
            break;
          }
          lim += n;
        }
        long stopAt = stop - base;
        boolean stops = stopAt <= lim;
        int end = stops ? (int) stopAt : lim;
        if (!stops && eof && lim > 0 && buf[lim - 1] != '\n') {
          // the last line ends at the end of the file: a '\n' there reads the same and ends it like the others
          if (lim == buf.length) {
            buf = Arrays.copyOf(buf, lim + 1);
          }
          buf[lim++] = '\n';
          end = lim;
        }
        if (!stops && !eof) {
          // only whole lines, so that the hot loops never meet the end of the buffer inside a line
          while (end > 0 && buf[end - 1] != '\n') {
            end--;
          }
          if (end == 0) {
            buf = Arrays.copyOf(buf, buf.length * 2);
            continue;
          }
        }
        int p = 0;
        if (first && end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
          p = 3;
        }
        first = false;
        lines(p, end);
        if (stops || eof) {
          break;
        }
        System.arraycopy(buf, end, buf, 0, lim - end);
        base += end;
        lim -= end;
      }
      finish();
    }

    /**
     * Reads the lines of {@code buf[p, end)}: whole lines, each ending with {@code \n}. The loop only dispatches:
     * the two readers it calls are each too large for the JIT to inline here, so that compiling this loop on
     * stack is quick and each reader is compiled once, on its own.
     */
    private void lines(int p, int end) {
      byte[] b = buf;
      while (p < end) {
        byte c = b[p];
        if (c == '\n') {
          open = false; // a blank line ends a transaction
          p++;
          continue;
        }
        int next = -1;
        if (c == ' ') {
          if (open) {
            next = simplePosting(p);
          }
        } else if (c >= '0' && c <= '9') {
          next = simpleHeader(p);
        }
        p = next >= 0 ? next : line(p);
      }
    }

    /** Reads any line starting at {@code p}; returns the start of the next. */
    private int line(int p) {
      byte[] b = buf;
      int e = p;
      boolean high = false;
      byte c;
      while ((c = b[e]) != '\n') {
        high |= c < 0;
        e++;
      }
      int ce = e > p && b[e - 1] == '\r' ? e - 1 : e;
      if (high && Utf8.firstInvalid(b, p, ce) >= 0) {
        throw Unsupported.INSTANCE;
      }
      if (startsBlock(b[p])) {
        finish();
        c = b[p];
        if (c >= '0' && c <= '9') {
          header(p, ce);
          kind = TXN;
        } else if (c == ';' || c == '#') {
          kind = COMMENT;
        } else if (word(buf, p, ce, "account")) {
          accountDirective(p + 7, ce);
          kind = ACCOUNT;
        } else if (word(buf, p, ce, "commodity")) {
          commodityDirective(p + 9, ce);
          kind = COMMODITY;
        } else {
          throw Unsupported.INSTANCE;
        }
        open = kind == TXN;
        return e + 1;
      }
      // an indented or blank line
      int q = skipWs(p, ce);
      if (q == ce) {
        open = false; // a blank line ends a transaction
      } else if (b[q] == ';') {
        if (open && postings > 0) {
          addMemo(postings - 1, q + 1, ce);
        }
      } else if (open) {
        posting(q, ce);
      } else {
        throw Unsupported.INSTANCE;
      }
      return e + 1;
    }

    /** Ends the block being read. */
    private void finish() {
      if (kind == TXN) {
        resolve();
      }
      kind = NONE;
    }

    private void addMemo(int posting, int from, int ce) {
      int s = skipWs(from, ce);
      int e = ce;
      while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
        e--;
      }
      int m = memo[posting] + 1 + Utf8.utf16Length(buf, s, e);
      if (m > MAX_TEXT) {
        throw Unsupported.INSTANCE;
      }
      memo[posting] = m;
    }

    private void header(int p, int ce) {
      byte[] b = buf;
      postings = 0;
      int key = HeaderDates.key(b, p, ce);
      if (key < 0) {
        throw Unsupported.INSTANCE;
      }
      dateKey = key;
      int q = p + 10;
      if (q < ce && b[q] != ' ' && b[q] != '\t') {
        throw Unsupported.INSTANCE;
      }
      q = skipWs(q, ce);
      if (q < ce && (b[q] == '*' || b[q] == '!')) {
        q = skipWs(q + 1, ce);
      }
      if (q < ce && b[q] == '(') {
        q = code(q, ce);
      }
      description(q, ce);
    }

    /** Checks a {@code (code)} at {@code q}; returns where the description starts. */
    private int code(int q, int ce) {
      byte[] b = buf;
      int close = q + 1;
      while (close < ce && b[close] != ')') {
        close++;
      }
      if (close == ce) {
        throw Unsupported.INSTANCE;
      }
      int cs = skipWs(q + 1, close);
      int cend = close;
      while (cend > cs && (b[cend - 1] == ' ' || b[cend - 1] == '\t')) {
        cend--;
      }
      if (cs == cend || (cend - cs > MAX_DOCUMENT_NUMBER && Utf8.utf16Length(b, cs, cend) > MAX_DOCUMENT_NUMBER)) {
        throw Unsupported.INSTANCE;
      }
      return skipWs(close + 1, ce);
    }

    private void description(int q, int ce) {
      byte[] b = buf;
      int r = q;
      int comment = -1;
      while (r < ce) {
        if (b[r] == ';') {
          if (b[r - 1] == '\t' || (b[r - 1] == ' ' && b[r - 2] == ' ')) {
            comment = r;
            break;
          }
          throw Unsupported.INSTANCE;
        }
        r++;
      }
      int de = comment < 0 ? ce : comment;
      while (de > q && (b[de - 1] == ' ' || b[de - 1] == '\t')) {
        de--;
      }
      if (de - q > MAX_TEXT && Utf8.utf16Length(b, q, de) > MAX_TEXT) {
        throw Unsupported.INSTANCE;
      }
    }




    private void posting(int q, int ce) {
      byte[] b = buf;
      byte c = b[q];
      if (c == '*' || c == '!' || c == '(' || c == '[') {
        throw Unsupported.INSTANCE;
      }
      int r = accountEnd(q, ce);
      int ae = r;
      if (b[ae - 1] == ' ') {
        ae--;
      }
      int i = addPosting(account(q, ae));
      r = skipWs(r, ce);
      if (r == ce) {
        has[i] = false;
        return;
      }
      if (b[r] == ';') {
        has[i] = false;
        addMemo(i, r + 1, ce);
        return;
      }
      r = amount(r, ce, true);
      has[i] = true;
      int ac = aCmd;
      cmd[i] = ac;
      neg[i] = aNeg;
      long m = toMinor(aUnscaled, aFrac, ac);
      minor[i] = aNeg ? -m : m;
      r = skipWs(r, ce);
      if (r < ce && b[r] == '@') {
        r = price(i, r, ce);
      }
      if (r < ce) {
        if (b[r] != ';') {
          throw Unsupported.INSTANCE;
        }
        addMemo(i, r + 1, ce);
      }
    }

    /**
     * The common posting line in one pass: spaces, an ASCII account name, then either the line end (an elided
     * amount) or two or more spaces and an amount {@code [-]1,234.56 PLN} or {@code PLN [-]1234.56}, optionally
     * priced {@code @@ 43.00 EUR}, then the line end or an ASCII {@code ;} comment; what {@link #posting} makes of
     * it. Nothing is changed before the whole line is read, so a line it declines is read afresh.
     *
     * @return the start of the next line, or -1 when the line is anything else (then {@link #posting} reads it)
     */
    private int simplePosting(int p) {
      // every line ends with '\n' (run() adds one to a last line without), so the loops need no bounds of their own;
      // they are in small methods of their own, so that the JIT compiles this one once, not also on stack
      byte[] b = buf;
      int q = spaces(p + 1);
      byte c = b[q];
      if (c == '*' || c == '!' || c == '(' || c == '[') {
        return -1;
      }
      int from = q;
      q = simpleAccountEnd(q);
      if (q < 0) {
        return -1;
      }
      int to = q;
      int h = hash;
      boolean priced = false;
      int k = -1;
      long m = 0;
      boolean negative = false;
      int pk = -1;
      long pm = 0;
      int memoLength = -1;
      if (b[q] != '\n') {
        q = spaces(q + 2);
        if (b[q] != ';') {
          q = simpleAmount(q, true);
          if (q < 0) {
            return -1;
          }
          k = aCmd;
          m = aMinor;
          negative = aNeg;
          if (b[q] == ' ' && b[q + 1] == '@' && b[q + 2] == '@' && b[q + 3] == ' ') {
            q = simpleAmount(spaces(q + 4), false);
            if (q < 0 || aCmd == k) {
              return -1;
            }
            priced = true;
            pk = aCmd;
            pm = aMinor;
          }
          q = spaces(q);
        }
        if (b[q] == ';') {
          memoLength = simpleMemo(q + 1);
          if (memoLength < 0) {
            return -1;
          }
          q = memoEnd;
        } else if (b[q] != '\n') {
          return -1;
        }
      }
      int i = addPosting(find(from, to, h));
      if (k >= 0) {
        has[i] = true;
        cmd[i] = k;
        neg[i] = negative;
        minor[i] = negative ? -m : m;
        if (priced) {
          priceKind[i] = TOTAL_PRICE;
          priceCmd[i] = pk;
          priceMinor[i] = pm;
        }
      } else {
        has[i] = false;
      }
      memo[i] = memoLength;
      return q + 1;
    }

    /**
     * An amount {@code [-]1,234.56 PLN} or {@code PLN [-]1234.56} (one space between), read into {@link #aCmd},
     * {@link #aMinor} (minor units, not negative) and {@link #aNeg}.
     *
     * @return the position after it, or -1 when it is anything else or breaks a rule (then {@link #amount} reads it)
     */
    private int simpleAmount(int q, boolean signed) {
      byte[] b = buf;
      int k = -1;
      byte c = b[q];
      if (c >= 'A' && c <= 'Z') {
        k = code3(q);
        if (k < 0 || b[q + 3] != ' ') {
          return -1;
        }
        q += 4;
        c = b[q];
      }
      boolean negative = c == '-';
      if (negative) {
        if (!signed) {
          return -1;
        }
        q++;
        c = b[q];
      }
      if (c < '0' || c > '9') {
        return -1;
      }
      q = simpleNumber(q);
      if (q < 0) {
        return -1;
      }
      if (k < 0) {
        if (b[q] != ' ') {
          return -1;
        }
        k = code3(q + 1);
        if (k < 0) {
          return -1;
        }
        q += 4;
        c = b[q];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c < 0 || c == '$' || c == '_') {
          return -1; // a longer commodity symbol
        }
      }
      long v = JournalBytes.minorUnits(aUnscaled, aFrac, SCALES[k]);
      if (v < 0) {
        return -1;
      }
      aCmd = k;
      aMinor = v;
      aNeg = negative;
      return q;
    }

    /**
     * Digits with {@code ,} thousands groups and a {@code .} decimal point from a digit at {@code q}, read into
     * {@link #aUnscaled} and {@link #aFrac}; -1 when they break a rule of {@link #number}.
     */
    private int simpleNumber(int q) {
      byte[] b = buf;
      long v = 0;
      int digits = 0;
      int frac = -1;
      int group = 0;
      boolean grouped = false;
      while (true) {
        byte c = b[q];
        if (c >= '0' && c <= '9') {
          v = v * 10 + (c - '0');
          digits++;
          group++;
          if (frac >= 0) {
            frac++;
          }
        } else if (c == ',') {
          if (frac >= 0 || group == 0 || group > 3 || (grouped && group != 3)) {
            return -1;
          }
          grouped = true;
          group = 0;
        } else if (c == '.') {
          if (frac >= 0 || (grouped && group != 3)) {
            return -1;
          }
          frac = 0;
        } else {
          break;
        }
        q++;
      }
      // digits after every separator, at most 18 digits, a decimal point with thousands separators
      if (digits > 18 || frac == 0 || group == 0 || (grouped && frac < 0)) {
        return -1;
      }
      aUnscaled = v;
      aFrac = frac < 0 ? 0 : frac;
      return q;
    }

    /**
     * The length of an ASCII comment from {@code q} (after its ';'), without the spaces around it, with the line
     * end in {@link #memoEnd}; -1 for a comment with a tab, a carriage return or a byte outside ASCII, or too long.
     */
    private int simpleMemo(int q) {
      byte[] b = buf;
      q = spaces(q);
      int start = q;
      int last = q;
      while (true) {
        byte c = b[q];
        if (c < ' ') {
          break;
        }
        q++;
        if (c != ' ') {
          last = q;
        }
      }
      if (b[q] != '\n' || last - start > MAX_TEXT) {
        return -1;
      }
      memoEnd = q;
      return last - start;
    }

    /**
     * The common transaction header: {@code YYYY-MM-DD} (or with {@code /}), a space, an optional {@code *} or
     * {@code !} and a space, and an ASCII description without {@code ;}, tab or code; what {@link #header} makes
     * of it. The block before it ends first.
     *
     * @return the start of the next line, or -1 when the line is anything else (then {@link #line} reads it)
     */
    private int simpleHeader(int p) {
      byte[] b = buf;
      // each byte is read only after the one before it proved not to be the line end
      int y = 0;
      for (int i = p; i < p + 4; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        y = y * 10 + d;
      }
      byte sep = b[p + 4];
      if (sep != '-' && sep != '/') {
        return -1;
      }
      int m1 = b[p + 5] - '0';
      if (m1 < 0 || m1 > 9) {
        return -1;
      }
      int m2 = b[p + 6] - '0';
      if (m2 < 0 || m2 > 9 || b[p + 7] != sep) {
        return -1;
      }
      int d1 = b[p + 8] - '0';
      if (d1 < 0 || d1 > 9) {
        return -1;
      }
      int d2 = b[p + 9] - '0';
      if (d2 < 0 || d2 > 9 || b[p + 10] != ' ') {
        return -1;
      }
      int m = m1 * 10 + m2;
      int d = d1 * 10 + d2;
      if (m < 1 || m > 12 || d < 1 || d > HeaderDates.daysIn(y, m)) {
        return -1;
      }
      int q = p + 11;
      byte c = b[q];
      if ((c == '*' || c == '!') && b[q + 1] == ' ') {
        q += 2;
        c = b[q];
      }
      if (c == ' ' || c == '(' || c == '*' || c == '!') {
        return -1;
      }
      int start = q;
      int last = q;
      while (true) {
        c = b[q];
        if (c < ' ' || c == ';') {
          break;
        }
        q++;
        if (c != ' ') {
          last = q;
        }
      }
      if (c != '\n' || last - start > MAX_TEXT) {
        return -1;
      }
      finish();
      kind = TXN;
      open = true;
      postings = 0;
      dateKey = y * 10000 + m * 100 + d;
      return q + 1;
    }

    /** The first byte at or after {@code q} that is not a space (every line ends with '\n'). */
    private int spaces(int q) {
      byte[] b = buf;
      while (b[q] == ' ') {
        q++;
      }
      return q;
    }

    /**
     * The end of an account name of printable ASCII starting at {@code q}, at two spaces or at the line end, with
     * its hash in {@link #hash}; -1 when the name runs into a tab, a ';', a carriage return or a byte outside
     * ASCII, or ends the line with a space.
     */
    private int simpleAccountEnd(int q) {
      byte[] b = buf;
      int h = 0;
      while (true) {
        byte c = b[q];
        if (c <= ' ' || c == ';') {
          if (c == '\n' && q > 0 && b[q - 1] != ' ') {
            hash = h;
            return q; // the account ends the line: an elided amount
          }
          if (c != ' ') {
            return -1;
          }
          if (b[q + 1] == ' ') {
            hash = h;
            return q;
          }
        }
        h = 31 * h + c;
        q++;
      }
    }

    /** The index in {@link #CODES} of the three bytes at {@code p} (read only while they are letters), or -1. */
    private int code3(int p) {
      byte[] b = buf;
      int c0 = b[p] - 'A';
      if (c0 < 0 || c0 >= 26) {
        return -1;
      }
      int c1 = b[p + 1] - 'A';
      if (c1 < 0 || c1 >= 26) {
        return -1;
      }
      int c2 = b[p + 2] - 'A';
      if (c2 < 0 || c2 >= 26) {
        return -1;
      }
      return CODE_INDEX[(c0 * 26 + c1) * 26 + c2] - 1;
    }

    private int price(int i, int r, int ce) {
      boolean total = r + 1 < ce && buf[r + 1] == '@';
      int ps = skipWs(r + (total ? 2 : 1), ce);
      if (ps < ce && buf[ps] == '-') {
        throw Unsupported.INSTANCE;
      }
      int pe = amount(ps, ce, false);
      if (aCmd == cmd[i]) {
        throw Unsupported.INSTANCE;
      }
      priceCmd[i] = aCmd;
      if (total) {
        priceKind[i] = TOTAL_PRICE;
        priceMinor[i] = toMinor(aUnscaled, aFrac, aCmd);
      } else {
        priceKind[i] = UNIT_PRICE;
        unit[i] = BigDecimal.valueOf(aUnscaled, aFrac);
      }
      return skipWs(pe, ce);
    }

    private int addPosting(int account) {
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
        memo = Arrays.copyOf(memo, n);
      }
      acct[i] = account;
      priceKind[i] = NO_PRICE;
      memo[i] = -1;
      return i;
    }

    /** Where an account name ends: at two spaces, a tab or the line's end. */
    private int accountEnd(int q, int ce) {
      byte[] b = buf;
      int r = q;
      while (r < ce) {
        byte c = b[r];
        if (c == '\t' || (c == ' ' && r + 1 < ce && b[r + 1] == ' ')) {
          break;
        }
        r++;
      }
      return r;
    }

    private void accountDirective(int p, int ce) {
      int q = skipWs(p, ce);
      if (q == ce) {
        throw Unsupported.INSTANCE;
      }
      int r = accountEnd(q, ce);
      int ae = r;
      while (buf[ae - 1] == ' ') {
        ae--;
      }
      account(q, ae);
      r = skipWs(r, ce);
      if (r < ce && buf[r] != ';') {
        throw Unsupported.INSTANCE;
      }
    }

    private void commodityDirective(int p, int ce) {
      int q = skipWs(p, ce);
      if (q == ce) {
        throw Unsupported.INSTANCE;
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
        throw Unsupported.INSTANCE;
      }
      r = skipWs(r, ce);
      if (r < ce && buf[r] != ';') {
        throw Unsupported.INSTANCE;
      }
    }

    // -------------------------------------------------------------------------------------------- names

    /** The id of an account name, interning it on first sight after checking that it is surely valid. */
    private int account(int from, int to) {
      byte[] b = buf;
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return find(from, to, h);
    }

    /** The id of the account name {@code buf[from, to)} whose {@link #account} hash is {@code h}. */
    private int find(int from, int to, int h) {
      byte[] b = buf;
      int mask = table.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      int len = to - from;
      while (true) {
        int id = table[slot];
        if (id < 0) {
          return intern(from, to, h, slot);
        }
        byte[] k = keys[id];
        if (hashes[id] == h && k.length == len) {
          int i = 0;
          while (i < len && k[i] == b[from + i]) {
            i++;
          }
          if (i == len) {
            return id;
          }
        }
        slot = (slot + 1) & mask;
      }
    }

    private int intern(int from, int to, int h, int slot) {
      byte[] b = buf;
      int len = to - from;
      String name = new String(b, from, len, StandardCharsets.UTF_8);
      if (!validAccount(name)) {
        throw Unsupported.INSTANCE;
      }
      int id = accounts++;
      if (id == keys.length) {
        keys = Arrays.copyOf(keys, id * 2);
        hashes = Arrays.copyOf(hashes, id * 2);
        names = Arrays.copyOf(names, id * 2);
        sums = Arrays.copyOf(sums, id * 2);
      }
      keys[id] = Arrays.copyOfRange(b, from, to);
      hashes[id] = h;
      names[id] = name;
      sums[id] = new long[CODES.length];
      table[slot] = id;
      if (accounts * 2 > table.length) {
        rehash();
      }
      return id;
    }

    private void rehash() {
      int[] t = new int[table.length * 2];
      Arrays.fill(t, -1);
      int mask = t.length - 1;
      for (int id = 0; id < accounts; id++) {
        int h = hashes[id];
        int slot = (h ^ (h >>> 16)) & mask;
        while (t[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        t[slot] = id;
      }
      table = t;
    }

    /**
     * Whether the name and each of its {@code :} parents pass the checks the chart makes of an account code
     * ({@code Symbols.accountOf}, {@code Account}'s invariants): not blank, no surrounding spaces, at most 200
     * characters, no double space, tab, line break or ';', no empty part, not starting with a mark.
     */
    static boolean validAccount(String name) {
      if (name.isEmpty()) {
        return false;
      }
      char first = name.charAt(0);
      if (first == '(' || first == '[' || first == '*' || first == '!') {
        return false;
      }
      if (name.length() > 200 || name.contains("  ") || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0
          || name.indexOf('\r') >= 0 || name.indexOf(';') >= 0) {
        return false;
      }
      int from = 0;
      while (true) {
        int colon = name.indexOf(':', from);
        String part = name.substring(from, colon < 0 ? name.length() : colon);
        // each part stripped of nothing: then every parent code and the last name are stripped and not blank
        if (part.isEmpty() || !part.strip().equals(part)) {
          return false;
        }
        if (colon < 0) {
          return true;
        }
        from = colon + 1;
      }
    }

    private int commodity(int from, int to) {
      int k = to - from == 3 ? code3(from) : -1;
      if (k < 0) {
        throw Unsupported.INSTANCE;
      }
      return k;
    }

    // ------------------------------------------------------------------------------------------ amounts

    private int amount(int start, int ce, boolean signed) {
      byte[] b = buf;
      int r = start;
      boolean negative = false;
      if (r < ce && b[r] == '-') {
        if (!signed) {
          throw Unsupported.INSTANCE;
        }
        negative = true;
        r++;
      }
      if (r < ce && isDigit(b[r])) {
        r = number(r, ce);
        int t = skipWs(r, ce);
        if (t < ce && isToken(b[t])) {
          int te = tokenEnd(buf, t, ce);
          aCmd = commodity(t, te);
          r = te;
        } else {
          throw Unsupported.INSTANCE;
        }
      } else if (r < ce && isToken(b[r])) {
        int te = tokenEnd(buf, r, ce);
        aCmd = commodity(r, te);
        r = skipWs(te, ce);
        if (r < ce && b[r] == '-') {
          if (!signed || negative) {
            throw Unsupported.INSTANCE;
          }
          negative = true;
          r++;
        }
        if (r >= ce || !isDigit(b[r])) {
          throw Unsupported.INSTANCE;
        }
        r = number(r, ce);
      } else {
        throw Unsupported.INSTANCE;
      }
      aNeg = negative;
      return r;
    }

    private int number(int p, int ce) {
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
            throw Unsupported.INSTANCE;
          }
          v = v * 10 + (x - '0');
          group++;
          if (frac >= 0) {
            frac++;
          }
          r++;
        } else if (x == ',') {
          if (frac >= 0 || group == 0 || group > 3 || (grouped && group != 3) || r + 1 >= ce || !isDigit(b[r + 1])) {
            throw Unsupported.INSTANCE;
          }
          grouped = true;
          group = 0;
          r++;
        } else if (x == '.') {
          if (frac >= 0 || (grouped && group != 3) || r + 1 >= ce || !isDigit(b[r + 1])) {
            throw Unsupported.INSTANCE;
          }
          frac = 0;
          r++;
        } else {
          break;
        }
      }
      if (grouped && frac < 0) {
        throw Unsupported.INSTANCE;
      }
      aUnscaled = v;
      aFrac = frac < 0 ? 0 : frac;
      return r;
    }

    private static long toMinor(long unscaled, int frac, int cmd) {
      long m = JournalBytes.minorUnits(unscaled, frac, SCALES[cmd]);
      if (m < 0) {
        throw Unsupported.INSTANCE;
      }
      return m;
    }

    // --------------------------------------------------------------------------------------- resolution

    private void resolve() {
      rcN = 0;
      int elided = -1;
      for (int i = 0; i < postings; i++) {
        if (!has[i]) {
          if (elided >= 0) {
            throw Unsupported.INSTANCE;
          }
          elided = i;
          continue;
        }
        long m = minor[i];
        byte k = priceKind[i];
        if (k == NO_PRICE) {
          addSum(cmd[i], m, null);
        } else if (k == TOTAL_PRICE) {
          long total = priceMinor[i];
          if (m == 0 && total != 0) {
            throw Unsupported.INSTANCE;
          }
          long c = m < 0 ? -total : total;
          cost[i] = c;
          addSum(priceCmd[i], c, null);
        } else {
          unitCost(i, m);
        }
      }
      if (elided < 0) {
        for (int k = 0; k < rcN; k++) {
          if (rs[k] != 0 && !(rx[k] != null && absorb(k))) {
            throw Unsupported.INSTANCE;
          }
        }
      }
      boolean counted = dateKey <= lastDateKey;
      int lines = 0;
      for (int i = 0; i < postings; i++) {
        if (i != elided) {
          if (counted) {
            add(acct[i], cmd[i], minor[i]);
          }
          lines++;
          continue;
        }
        boolean any = false;
        for (int k = 0; k < rcN; k++) {
          if (rs[k] != 0) {
            long v = -rs[k];
            if (Math.abs(v) > MAX_MINOR) {
              throw Unsupported.INSTANCE;
            }
            if (counted) {
              add(acct[i], rc[k], v);
            }
            lines++;
            any = true;
          }
        }
        if (!any && rcN > 0) {
          lines++;
        }
      }
      if (lines < 2) {
        throw Unsupported.INSTANCE;
      }
    }

    private void add(int a, int c, long v) {
      long[] row = sums[a];
      long sum = row[c] + v;
      if (((row[c] ^ sum) & (v ^ sum)) < 0) {
        throw Unsupported.INSTANCE;
      }
      row[c] = sum;
    }

    private void unitCost(int i, long m) {
      int pc = priceCmd[i];
      BigDecimal exact = BigDecimal.valueOf(Math.abs(m), SCALES[cmd[i]]).multiply(unit[i]);
      BigDecimal rounded = exact.setScale(SCALES[pc], RoundingMode.HALF_EVEN);
      if (rounded.precision() - rounded.scale() > 18 || rounded.unscaledValue().longValue() > MAX_MINOR) {
        throw Unsupported.INSTANCE;
      }
      long c = rounded.unscaledValue().longValue();
      BigDecimal diff = exact.subtract(rounded);
      if (m < 0) {
        c = -c;
        diff = diff.negate();
      }
      cost[i] = c;
      addSum(pc, c, diff);
    }

    private void addSum(int c, long v, @Nullable BigDecimal diff) {
      int k = 0;
      while (k < rcN && rc[k] != c) {
        k++;
      }
      if (k == rcN) {
        rc[k] = c;
        rs[k] = 0;
        rx[k] = null;
        rcN++;
      }
      long s = rs[k] + v;
      if (((rs[k] ^ s) & (v ^ s)) < 0) {
        throw Unsupported.INSTANCE;
      }
      rs[k] = s;
      if (diff != null) {
        rx[k] = rx[k] == null ? diff : rx[k].add(diff);
      }
    }

    private boolean absorb(int k) {
      int scale = SCALES[rc[k]];
      BigDecimal exact = BigDecimal.valueOf(rs[k], scale).add(rx[k]);
      if (exact.setScale(scale, RoundingMode.HALF_EVEN).signum() != 0) {
        return false;
      }
      int best = -1;
      for (int i = 0; i < postings; i++) {
        if (has[i] && priceKind[i] == UNIT_PRICE && priceCmd[i] == rc[k]
            && (best < 0 || Math.abs(cost[i]) > Math.abs(cost[best]))) {
          best = i;
        }
      }
      long adjusted = cost[best] - rs[k];
      long m = minor[best];
      if ((m > 0 && adjusted < 0) || (m < 0 && adjusted > 0) || (m == 0 && adjusted != 0)) {
        return false;
      }
      cost[best] = adjusted;
      rs[k] = 0;
      return true;
    }

    private int skipWs(int p, int ce) {
      byte[] b = buf;
      int r = p;
      while (r < ce && (b[r] == ' ' || b[r] == '\t')) {
        r++;
      }
      return r;
    }
  }
}
