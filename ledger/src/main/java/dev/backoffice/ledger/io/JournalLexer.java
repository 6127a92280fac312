package dev.backoffice.ledger.io;

import static dev.backoffice.ledger.io.JournalBytes.MAX_MINOR;
import static dev.backoffice.ledger.io.JournalBytes.isDigit;
import static dev.backoffice.ledger.io.JournalBytes.isToken;
import static dev.backoffice.ledger.io.JournalBytes.tokenEnd;

import dev.backoffice.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of the journal text format, read from raw UTF-8 bytes: blanks, account names, amounts (number and
 * commodity on either side) and the messages of the errors found in them. The grammar ({@link JournalParser})
 * extends it, so that the hot loops read the buffer and the token just read from fields of one object.
 *
 * <p>Every token has two readers: a <em>simple</em> one for the common shape (ASCII, one space between number
 * and commodity, a commodity already met) that reads in one pass and returns -1 for anything else without
 * changing state, and a general one that reads every shape the format allows and throws a
 * {@link JournalParseException} for the rest. What the simple reader accepts, the general one reads alike.
 *
 * <p>The buffer holds whole lines only: every line read ends with {@code '\n'} inside {@link #buf}, so the
 * simple readers need no bounds of their own. The scans are plain byte loops: eight-byte reads through a
 * {@code VarHandle} were no faster here once compiled, and linking one costs a short run more than it saves.
 */
abstract class JournalLexer {
  final String source;
  final Symbols sym;
  byte[] buf;

  /** Line number and first byte of the line being read, for messages. */
  long lineNo;
  int lineStart;

  // the amount just read
  int aCmd;
  long aUnscaled;
  int aFrac;
  boolean aNeg;
  /** The amount a simple reader read last, in minor units (not negative). */
  long aMinor;
  /** The hash of the account name {@link #simpleAccountEnd} read last. */
  int hash;

  JournalLexer(String source, Symbols symbols, int bufferSize) {
    this.source = source;
    this.sym = symbols;
    this.buf = new byte[Math.max(bufferSize, 64)];
  }

  // ---------------------------------------------------------------------------------------------- blanks

  final int skipWs(int p, int ce) {
    byte[] b = buf;
    int r = p;
    while (r < ce && (b[r] == ' ' || b[r] == '\t')) {
      r++;
    }
    return r;
  }

  /** The first byte at or after {@code q} that is not a space (every line ends with '\n'). */
  final int spaces(int q) {
    // four at a time while the run lasts: the padding between an account and its amount is often ten or more
    // spaces. b[q + k] is read only after b[q + k - 1] was a space, so never past the line's '\n'.
    // Keep this method above C1's inlining size (35 bytes): as a 21-byte loop C1 inlined it into its callers, C2
    // then compiled its loop on stack, and HotSpot threw away the callers' C1 code for it; a caller already queued
    // for C2 ran interpreted meanwhile, about a quarter of short runs 50 ms slower (docs/PERFORMANCE.md).
    byte[] b = buf;
    while (b[q] == ' ') {
      if (b[q + 1] == ' ' && b[q + 2] == ' ' && b[q + 3] == ' ') {
        q += 4;
      } else {
        q++;
      }
    }
    return q;
  }

  /** The end of a text without the blanks before it. */
  final int trimEnd(int from, int to) {
    int e = to;
    while (e > from && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
      e--;
    }
    return e;
  }

  // -------------------------------------------------------------------------------------------- accounts

  /** Where an account name ends: at two spaces, a tab or the line's end. */
  final int accountEnd(int q, int ce) {
    byte[] b = buf;
    int r = q;
    while (r < ce && b[r] != '\t' && !(b[r] == ' ' && r + 1 < ce && b[r + 1] == ' ')) {
      r++;
    }
    return r;
  }

  /**
   * The end of an account name of printable ASCII starting at {@code q}, at two spaces or at the line end, with
   * its {@link Symbols#hash} in {@link #hash}; -1 when the name runs into a tab, a ';', a carriage return or a
   * byte outside ASCII, or ends the line with a space.
   */
  final int simpleAccountEnd(int q) {
    byte[] b = buf;
    int h = 0;
    while (true) {
      byte c = b[q];
      // letters, the most of a name, pass with one test
      if (c <= ';' && (c <= ' ' || c == ';')) {
        if (c == '\n' && b[q - 1] != ' ') {
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
      h = (h << 5 | h >>> 27) + c;
      q++;
    }
  }

  /** The id of the account name {@code buf[from, to)}, interned and checked on first sight. */
  final int account(int from, int to, int h) {
    try {
      return sym.account(buf, from, to, h, lineNo, lineStart);
    } catch (ValidationException e) {
      throw error(from, "account", text(from, to), e.rule());
    }
  }

  // ---------------------------------------------------------------------------------------------- amounts

  final int commodity(int from, int to) {
    try {
      return sym.commodity(buf, from, to, lineNo, lineStart);
    } catch (ValidationException e) {
      throw error(from, "commodity", text(from, to), e.rule());
    }
  }

  /**
   * Reads an amount: sign, number and commodity on either side; sets {@link #aCmd}, {@link #aUnscaled},
   * {@link #aFrac} and {@link #aNeg}.
   *
   * @param field what the amount is, for messages ({@code "amount"}, {@code "price"}, {@code "balance"})
   * @param signed whether a minus sign is allowed
   * @return the position after it
   */
  final int amount(int start, int ce, String field, boolean signed) {
    byte[] b = buf;
    int r = start;
    boolean neg = false;
    if (b[r] == '-') {
      if (!signed) {
        throw error(r, field, token(r, ce), "must not be negative");
      }
      neg = true;
      r++;
    }
    if (r < ce && isDigit(b[r])) {
      r = number(r, ce, start);
      int t = skipWs(r, ce);
      if (t < ce && isToken(b[t])) {
        int te = tokenEnd(b, t, ce);
        aCmd = commodity(t, te);
        r = te;
      } else {
        throw error(start, field, text(start, r),
            "must have a commodity, an ISO 4217 code such as PLN (as in 100.00 PLN or PLN 100.00)");
      }
    } else if (r < ce && isToken(b[r])) {
      int te = tokenEnd(b, r, ce);
      aCmd = commodity(r, te);
      r = skipWs(te, ce);
      if (r < ce && b[r] == '-') {
        if (!signed) {
          throw error(r, field, token(start, ce), "must not be negative");
        }
        if (neg) {
          throw error(r, field, token(start, ce), "must have at most one minus sign");
        }
        neg = true;
        r++;
      }
      if (r >= ce || !isDigit(b[r])) {
        throw error(start, field, token(start, ce), "must be a number with a commodity, such as 100.00 PLN");
      }
      r = number(r, ce, start);
    } else {
      throw error(start, field, token(start, ce), "must be a number with a commodity, such as 100.00 PLN or -1,234.56 EUR");
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

  /** The amount just read ({@link #aUnscaled}, {@link #aFrac}) in minor units of its commodity, exactly. */
  final long toMinor(int from, int to) {
    int scale = sym.scale(aCmd);
    long m = JournalBytes.minorUnits(aUnscaled, aFrac, scale);
    if (m == JournalBytes.TOO_PRECISE) {
      throw error(from, "amount", text(from, to), "must have at most " + scale + " decimal places for " + sym.code(aCmd));
    }
    if (m == JournalBytes.TOO_LARGE) {
      throw error(from, "amount", text(from, to), "must be at most " + MAX_MINOR + " minor units");
    }
    return m;
  }

  /**
   * An amount {@code [-]1,234.56 PLN} or {@code PLN [-]1234.56} (one space between) of a commodity already met,
   * read into {@link #aCmd}, {@link #aMinor} (minor units, not negative) and {@link #aNeg}; digits with {@code ,}
   * thousands groups and a {@code .} decimal point by the rules of {@link #number}.
   *
   * <p>One method with its number on purpose: too large for the optimising compiler to inline, it is compiled once
   * and called from the posting reader's amount and price, instead of being compiled into it twice.
   *
   * @return the position after it, or -1 when it is anything else or breaks a rule (then {@link #amount} reads it)
   */
  final int simpleAmount(int q, boolean signed) {
    byte[] b = buf;
    int k = -1;
    byte c = b[q];
    if (c >= 'A' && c <= 'Z') {
      k = sym.code3(b, q);
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
    // the whole part (digits and ',' groups), then the decimals in a loop of their own: fewer tests a digit, which
    // counts in the profiling code a short run mostly executes; (d | (9 - d)) >= 0 tests 0 <= d <= 9 in one branch
    long v = 0;
    int digits = 0;
    int group = 0;
    boolean grouped = false;
    int d;
    while (true) {
      d = b[q] - '0';
      if ((d | (9 - d)) >= 0) {
        v = v * 10 + d;
        group++;
      } else if (d == ',' - '0') {
        if (group == 0 || group > 3 || (grouped && group != 3)) {
          return -1;
        }
        digits += group;
        grouped = true;
        group = 0;
      } else {
        break;
      }
      q++;
    }
    // digits after every ',', three in each group but the first, a decimal point after thousands separators
    if (group == 0 || (grouped && (group != 3 || d != '.' - '0'))) {
      return -1;
    }
    digits += group;
    int frac = 0;
    if (d == '.' - '0') {
      int start = ++q;
      while (true) {
        d = b[q] - '0';
        if ((d | (9 - d)) < 0) {
          break;
        }
        v = v * 10 + d;
        q++;
      }
      frac = q - start;
      // digits after the point, and no second point or ',' after them
      if (frac == 0 || d == '.' - '0' || d == ',' - '0') {
        return -1;
      }
      digits += frac;
    }
    if (digits > 18) {
      return -1;
    }
    if (k < 0) {
      if (b[q] != ' ') {
        return -1;
      }
      k = sym.code3(b, q + 1);
      if (k < 0) {
        return -1;
      }
      q += 4;
      if (isToken(b[q])) {
        return -1; // a longer commodity symbol
      }
    }
    aUnscaled = v;
    aFrac = frac;
    long m = JournalBytes.minorUnits(v, frac, sym.scale(k));
    if (m < 0) {
      return -1;
    }
    aCmd = k;
    aMinor = m;
    aNeg = negative;
    return q;
  }

  // ---------------------------------------------------------------------------------------------- messages

  final String text(int from, int to) {
    return new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8);
  }

  /** The text from {@code from} to the next separator (two spaces, a tab, ';') or the line's end. */
  final String token(int from, int ce) {
    byte[] b = buf;
    int r = from;
    while (r < ce && b[r] != '\t' && b[r] != ';' && !(b[r] == ' ' && r + 1 < ce && b[r + 1] == ' ')) {
      r++;
    }
    return text(from, r).strip();
  }

  /** The column (from 1, in characters) of {@code pos} on the line starting at {@code start}. */
  final int column(int start, int pos) {
    return 1 + Utf8.codePoints(buf, start, pos);
  }

  final JournalParseException error(int pos, String field, @Nullable Object value, String rule) {
    return errorAt(lineNo, lineStart, pos, field, value, rule);
  }

  final JournalParseException errorAt(long line, int start, int pos, String field, @Nullable Object value, String rule) {
    return new JournalParseException(source, line, column(start, pos), field, value == null ? null : String.valueOf(value), rule);
  }
}
