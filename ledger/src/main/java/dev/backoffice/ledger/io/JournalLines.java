package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.MAX_DOCUMENT_NUMBER;
import static dev.backoffice.ledger.io.JournalBytes.MAX_TEXT;
import static dev.backoffice.ledger.io.JournalBytes.isDigit;
import static dev.backoffice.ledger.io.JournalBytes.isToken;
import static dev.backoffice.ledger.io.JournalBytes.tokenEnd;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The lines of the journal grammar ({@link JournalParser} reads the blocks they form): the transaction header,
 * the posting with its amount, {@code @}/{@code @@} price and {@code =}/{@code ==} balance assertion, and the
 * {@code account}, {@code commodity} and {@code P} directives. Each reads one line into {@link #txn} or the
 * directive fields, or throws a {@link JournalParseException} naming the line and column. The two common shapes
 * have one-pass readers ({@link #simpleHeader}, {@link #simplePosting}) that return -1 for anything else, which
 * the general readers then read by the same rules.
 */
abstract class JournalLines extends JournalLexer {
  final Txn txn = new Txn();
  /** The account or commodity a directive declared; for {@code P}, the price's commodity. */
  int declId;
  // the P directive just read
  int priceDate;
  int priceCmd;
  @Nullable BigDecimal priceUnit;
  // the comment a simple posting read last
  private int memoFrom;
  private int memoTo;

  JournalLines(String source, Symbols symbols, int bufferSize) {
    super(source, symbols, bufferSize);
  }

  final void addComment(int owner, int from, int ce) {
    int s = skipWs(from, ce);
    int e = trimEnd(s, ce);
    txn.addSegment(owner, s, e, Utf8.utf16Length(buf, s, e));
  }

  /** A date at {@code p}, as {@code yyyymmdd}, which must be followed by a blank or the line's end. */
  final int date(int p, int ce) {
    byte[] b = buf;
    int key = HeaderDates.key(b, p, ce);
    if (key == HeaderDates.BAD_FORMAT) {
      throw error(p, "date", token(p, ce), "must be YYYY-MM-DD or YYYY/MM/DD");
    }
    if (key == HeaderDates.NOT_A_DAY) {
      throw error(p, "date", text(p, p + 10), "must be a day of the calendar");
    }
    int q = p + 10;
    if (q < ce && b[q] != ' ' && b[q] != '\t') {
      throw error(q, "date", token(p, ce), b[q] == '='
          ? "must be a single date: secondary dates (DATE=DATE2) are not supported"
          : "must be YYYY-MM-DD or YYYY/MM/DD followed by a space");
    }
    return key;
  }

  final void header(int p, int ce) {
    Txn t = txn;
    t.line = lineNo;
    t.lineStart = p;
    byte[] b = buf;
    int key = date(p, ce);
    t.year = key / 10000;
    t.month = key / 100 % 100;
    t.day = key % 100;
    t.dateKey = key;
    int q = skipWs(p + 10, ce);
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
      int cend = trimEnd(cs, close);
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
    int de = trimEnd(q, comment < 0 ? ce : comment);
    if (de - q > MAX_TEXT && Utf8.utf16Length(b, q, de) > MAX_TEXT) {
      throw error(q, "description", text(q, de), "must be at most " + MAX_TEXT + " characters");
    }
    t.descFrom = q;
    t.descTo = de;
    if (comment >= 0) {
      addComment(-1, comment + 1, ce);
    }
  }

  /**
   * The common transaction header: {@code YYYY-MM-DD} (or with {@code /}), a space, an optional {@code *} or
   * {@code !} and a space, and an ASCII description without {@code ;}, tab or code; what {@link #header} makes
   * of it.
   *
   * @return the start of the next line, or -1 when the line is anything else (then {@link #header} reads it)
   */
  final int simpleHeader(int p) {
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
    TransactionStatus status = TransactionStatus.UNMARKED;
    if ((c == '*' || c == '!') && b[q + 1] == ' ') {
      status = c == '*' ? TransactionStatus.CLEARED : TransactionStatus.PENDING;
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
      if (c <= ';' && (c < ' ' || c == ';')) {
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
    Txn t = txn;
    t.line = lineNo;
    t.lineStart = p;
    t.year = y;
    t.month = m;
    t.day = d;
    t.dateKey = y * 10000 + m * 100 + d;
    t.status = status;
    t.descFrom = start;
    t.descTo = last;
    return q + 1;
  }

  final void posting(int q, int ce) {
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
    Txn t = txn;
    int i = t.addPosting(account(q, ae, Symbols.hash(b, q, ae)), lineNo, lineStart, q);
    t.has[i] = false;
    r = skipWs(r, ce);
    if (r < ce && b[r] != ';' && b[r] != '=') {
      int as = r;
      r = amount(r, ce, "amount", true);
      t.has[i] = true;
      t.cmd[i] = aCmd;
      t.neg[i] = aNeg;
      long m = toMinor(as, r);
      t.minor[i] = aNeg ? -m : m;
      r = skipWs(r, ce);
      if (r < ce && b[r] == '@') {
        r = price(i, r, as, ce);
      }
    }
    if (r < ce && b[r] == '=') {
      r = assertion(i, r, ce);
    }
    if (r < ce) {
      byte x = b[r];
      if (x == ';') {
        addComment(i, r + 1, ce);
        return;
      }
      if (x == '{') {
        throw error(r, "posting", text(r, ce), "must not have a lot price {…}: lot prices are not supported");
      }
      if (x == '@') {
        throw error(r, "posting", text(r, ce), t.has[i] && t.assertKind[i] == Txn.NO_ASSERTION
            ? "must have at most one price (@ or @@)" : "must have its @ or @@ price before the balance assertion");
      }
      if (x == '=') {
        throw error(r, "posting", text(r, ce), "must have at most one balance assertion");
      }
      throw error(r, "posting", text(r, ce),
          "must end after its amount, @/@@ price and = balance assertion, or continue with a ';' comment");
    }
  }

  /** Reads {@code @ UNIT} or {@code @@ TOTAL} after the amount of posting {@code i} that starts at {@code as}. */
  private int price(int i, int r, int as, int ce) {
    byte[] b = buf;
    Txn t = txn;
    boolean total = r + 1 < ce && b[r + 1] == '@';
    int ps = skipWs(r + (total ? 2 : 1), ce);
    if (ps < ce && b[ps] == '-') {
      throw error(ps, "price", token(ps, ce), "must not be negative");
    }
    if (ps == ce) {
      throw error(r, "price", text(r, ce), "must be a number with a commodity, such as 4.2150 PLN");
    }
    int pe = amount(ps, ce, "price", false);
    if (aCmd == t.cmd[i]) {
      throw error(ps, "price", text(ps, pe), "must be in another commodity than the amount " + text(as, ce).strip());
    }
    t.priceCmd[i] = aCmd;
    if (total) {
      t.priceKind[i] = Txn.TOTAL_PRICE;
      t.priceMinor[i] = toMinor(ps, pe);
    } else {
      t.priceKind[i] = Txn.UNIT_PRICE;
      t.unit[i] = BigDecimal.valueOf(aUnscaled, aFrac);
    }
    return skipWs(pe, ce);
  }

  /** Reads {@code = BALANCE} or {@code == BALANCE} at {@code r}: an assertion, or an assignment without an amount. */
  private int assertion(int i, int r, int ce) {
    byte[] b = buf;
    Txn t = txn;
    boolean whole = r + 1 < ce && b[r + 1] == '=';
    int s = r + (whole ? 2 : 1);
    if (s < ce && b[s] == '*') {
      throw error(r, "balance assertion", token(r, ce),
          "must be = or ==: assertions including subaccounts (=* and ==*) are not supported");
    }
    int as = skipWs(s, ce);
    if (as == ce || b[as] == ';') {
      throw error(r, "balance assertion", text(r, ce).strip(), "must give the balance after '=', such as = 900.00 PLN");
    }
    int ae = amount(as, ce, "balance", true);
    long m = toMinor(as, ae);
    t.assertKind[i] = whole ? Txn.ASSERT_WHOLE : Txn.ASSERT_COMMODITY;
    t.assertCmd[i] = aCmd;
    t.assertMinor[i] = aNeg ? -m : m;
    t.assertColumn[i] = column(lineStart, r);
    t.assertions++;
    if (!t.has[i]) {
      t.assigned[i] = true;
      t.assignments++;
    }
    return skipWs(ae, ce);
  }

  /**
   * The common posting line in one pass: spaces, an ASCII account name, then either the line end (an elided
   * amount) or two or more spaces and an amount {@code [-]1,234.56 PLN} or {@code PLN [-]1234.56}, optionally
   * priced {@code @@ 43.00 EUR}, then the line end or an ASCII {@code ;} comment; what {@link #posting} makes of
   * it. Nothing is changed before the whole line is read, so a line it declines is read afresh.
   *
   * @return the start of the next line, or -1 when the line is anything else (then {@link #posting} reads it)
   */
  final int simplePosting(int p) {
    // every line ends with '\n' inside the buffer, so the loops need no bounds of their own; they are in small
    // methods of their own, so that the JIT compiles this one once, not also on stack
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
    boolean memo = false;
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
        q = simpleMemo(q + 1);
        if (q < 0) {
          return -1;
        }
        memo = true;
      } else if (b[q] != '\n') {
        return -1;
      }
    }
    Txn t = txn;
    int i = t.addPosting(account(from, to, h), lineNo, p, from);
    if (k >= 0) {
      t.has[i] = true;
      t.cmd[i] = k;
      t.neg[i] = negative;
      t.minor[i] = negative ? -m : m;
      if (priced) {
        t.priceKind[i] = Txn.TOTAL_PRICE;
        t.priceCmd[i] = pk;
        t.priceMinor[i] = pm;
      }
    } else {
      t.has[i] = false;
    }
    if (memo) {
      t.addSegment(i, memoFrom, memoTo, memoTo - memoFrom); // ASCII: a character a byte
    }
    return q + 1;
  }

  /**
   * An ASCII comment from {@code q} (after its ';') to the line end, its text without the spaces around it in
   * {@link #memoFrom}/{@link #memoTo}; returns the line end, or -1 for a comment with a tab, a carriage return or
   * a byte outside ASCII.
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
    if (b[q] != '\n') {
      return -1;
    }
    memoFrom = start;
    memoTo = last;
    return q;
  }

  // ------------------------------------------------------------------------------------------- directives

  final void accountDirective(int p, int ce) {
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

  final void commodityDirective(int p, int ce) {
    int q = skipWs(p, ce);
    if (q == ce) {
      throw error(p, "commodity", null, "must follow the commodity directive");
    }
    int r;
    if (buf[q] == '-' || isDigit(buf[q])) {
      r = amount(q, ce, "amount", true);
    } else if (isToken(buf[q])) {
      int te = tokenEnd(buf, q, ce);
      aCmd = commodity(q, te);
      r = skipWs(te, ce);
      if (r < ce && (buf[r] == '-' || isDigit(buf[r]))) {
        r = amount(q, ce, "amount", true);
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

  /** {@code P DATE COMMODITY PRICE}: the price of one unit of the commodity from that date on. */
  final void priceDirective(int p, int ce) {
    byte[] b = buf;
    int q = skipWs(p, ce);
    if (q == ce) {
      throw error(p, "P directive", null, "must give a date, a commodity and its price, as in P 2025-01-31 EUR 4.2150 PLN");
    }
    priceDate = date(q, ce);
    int c = skipWs(q + 10, ce);
    if (c == ce || !isToken(b[c])) {
      throw error(c, "commodity", c == ce ? null : token(c, ce),
          "must follow the date of a P directive, as in P 2025-01-31 EUR 4.2150 PLN");
    }
    int te = tokenEnd(b, c, ce);
    int cmd = commodity(c, te);
    int ps = skipWs(te, ce);
    if (ps == te && te < ce) {
      throw error(c, "commodity", token(c, ce), "must be an ISO 4217 code such as EUR");
    }
    if (ps == ce || b[ps] == ';') {
      throw error(ps, "price", null, "must follow the commodity of a P directive, as in P 2025-01-31 EUR 4.2150 PLN");
    }
    int pe = amount(ps, ce, "price", false);
    if (aCmd == cmd) {
      throw error(ps, "price", text(ps, pe), "must be in another commodity than " + sym.code(cmd));
    }
    priceCmd = cmd;
    priceUnit = BigDecimal.valueOf(aUnscaled, aFrac);
    declId = aCmd;
    int r = skipWs(pe, ce);
    if (r < ce && b[r] != ';') {
      throw error(r, "P directive", text(r, ce), "must end after the price or continue with a ';' comment");
    }
  }
}
