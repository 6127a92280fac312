package dev.backoffice.ledger.io;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.account.Account;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * The account names and commodities of one parse, interned from raw bytes to small ids so that the hot path
 * neither decodes nor allocates for a name it has seen. Each distinct account is validated once, as an
 * {@link Account} of the chart together with its parents; each commodity is resolved once to a currency.
 * Not thread-safe: one per parser.
 */
final class Symbols {
  private static final int MAX_COMMODITIES = 4096;

  /**
   * ISO 4217 codes whose decimal places are known here without asking the JDK's or Joda-Money's currency data
   * (loading either costs a short run more than its whole parse), sorted, with their places in {@link #SCALES};
   * {@code SymbolsTest} checks them against both. Other codes are resolved through that data.
   */
  static final String[] CODES = {
      "AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "ISK", "JPY", "KRW",
      "MXN", "NOK", "NZD", "PLN", "RON", "SEK", "SGD", "TRY", "UAH", "USD", "ZAR"};
  static final int[] SCALES = {
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0,
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};

  /** Per three-letter code {@code A-Z} ({@code (c0 * 26 + c1) * 26 + c2}): 1 + its commodity id, 0 when unmet. */
  private final short[] code3 = new short[26 * 26 * 26];

  // accounts: open addressing over ids, keyed by the name's bytes
  private int[] table = new int[1024];
  private byte[][] keys = new byte[256][];
  private int[] hashes = new int[256];
  private String[] names = new String[256];
  private int accountCount;
  private final Map<String, Account> chart = new LinkedHashMap<>();
  private final Map<String, Long> firstLines = new LinkedHashMap<>();

  // commodities: few, searched linearly
  private byte[][] commodityKeys = new byte[8][];
  /** Per commodity id: its Joda-Money {@code CurrencyUnit} once checked (Object, so that loading this class loads no Joda-Money class). */
  private @Nullable Object[] currencies = new Object[8];
  private int[] scales = new int[8];
  private int commodityCount;

  private final boolean deferred;
  private final List<Pending> pending = new ArrayList<>();
  private String[] commodityCodes = new String[8];

  /** Symbols that check each new name at once. */
  Symbols() {
    this(false);
  }

  /**
   * @param deferred when true, new account names and the Joda-Money side of new commodities are checked only in
   *     {@link #checkPending()}, so that the hot path loads no value classes (the balance path warms them up on
   *     another thread meanwhile); the outcome is the same as checking at once
   */
  Symbols(boolean deferred) {
    this.deferred = deferred;
    Arrays.fill(table, -1);
  }

  /** A name met but not yet checked, with where it was first met. */
  private static final class Pending {
    final int commodity;
    final String name;
    final long line;
    final int column;

    Pending(int commodity, String name, long line, int column) {
      this.commodity = commodity;
      this.name = name;
      this.line = line;
      this.column = column;
    }
  }

  /** A check that failed: the rule broken and where the name was first met. */
  static final class Failure {
    final String field;
    final String value;
    final String rule;
    final long line;
    final int column;

    Failure(String field, String value, String rule, long line, int column) {
      this.field = field;
      this.value = value;
      this.rule = rule;
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Checks the names met since the last call, in the order they were met.
   *
   * @return the first failure, or null when all are valid
   */
  @Nullable Failure checkPending() {
    for (Pending p : pending) {
      try {
        if (p.commodity < 0) {
          // a name the plain check passes is one the chart accepts (SymbolsTest): no value class is loaded for it
          if (!validAccount(p.name)) {
            declare(p.name, p.line);
          }
        } else {
          currencies[p.commodity] = NameChecks.jodaCurrency(p.name, scales[p.commodity]);
        }
      } catch (ValidationException e) {
        pending.clear();
        return new Failure(p.commodity < 0 ? "account" : "commodity", p.name, e.rule(), p.line, p.column);
      }
    }
    pending.clear();
    return null;
  }

  /**
   * The hash of a name's bytes, {@code h = rotl(h, 5) + b} over its bytes, as the lexer's one-pass reader computes
   * it. A rotation rather than {@code 31 * h}: the compiled loop waits on the previous byte's hash, and a rotate and
   * an add are half the latency of a multiply and an add (docs/PERFORMANCE.md, "balance at 100k").
   */
  static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = (h << 5 | h >>> 27) + b[i];
    }
    return h;
  }

  /**
   * The id of an account name, interning and validating it on first sight.
   *
   * @param b bytes holding the name (well-formed UTF-8)
   * @param from its first byte
   * @param to its end
   * @param h {@link #hash} of the range
   * @param line the line it appears on (remembered for a new account and its new parents)
   * @param lineStart the offset of that line's first byte (for the column of a deferred check)
   * @return the id
   * @throws ValidationException when the name cannot be an account code of the chart
   */
  int account(byte[] b, int from, int to, int h, long line, int lineStart) {
    int mask = table.length - 1;
    int slot = mix(h) & mask;
    int len = to - from;
    while (true) {
      int id = table[slot];
      if (id < 0) {
        break;
      }
      byte[] k = keys[id];
      if (hashes[id] == h && k.length == len) {
        // a plain loop rather than Arrays.equals: that one's unaligned Unsafe reads cost the interpreter, where a
        // short run spends its first tens of milliseconds, ten calls a name (same-run A/B: 0.31 against 0.32 s;
        // again at 100k transactions, parse median 97 against 102 ms)
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
    return intern(b, from, to, h, line, lineStart, slot);
  }

  /**
   * A name not met before, at a free {@code slot} of the table: validated (or queued for it) and given the next
   * id. Out of line, so that the compiled lookup above stays small.
   */
  private int intern(byte[] b, int from, int to, int h, long line, int lineStart, int slot) {
    int len = to - from;
    String name = new String(b, from, len, StandardCharsets.UTF_8);
    if (deferred) {
      pending.add(new Pending(-1, name, line, 1 + Utf8.codePoints(b, lineStart, from)));
    } else {
      declare(name, line);
    }
    int id = accountCount++;
    if (id == keys.length) {
      keys = Arrays.copyOf(keys, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
      names = Arrays.copyOf(names, id * 2);
    }
    keys[id] = Arrays.copyOfRange(b, from, to);
    hashes[id] = h;
    names[id] = name;
    table[slot] = id;
    if (accountCount * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private void rehash() {
    int[] t = new int[table.length * 2];
    Arrays.fill(t, -1);
    int mask = t.length - 1;
    for (int id = 0; id < accountCount; id++) {
      int slot = mix(hashes[id]) & mask;
      while (t[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = id;
    }
    table = t;
  }

  /** Adds an account and its parents to the chart, validating each; nothing is added when one fails. */
  private void declare(String name, long line) {
    if (chart.containsKey(name)) {
      return;
    }
    Map<String, Account> added = new LinkedHashMap<>();
    String code = name;
    while (true) {
      if (chart.containsKey(code)) {
        break;
      }
      added.put(code, NameChecks.accountOf(code));
      int colon = code.lastIndexOf(':');
      if (colon < 0) {
        break;
      }
      code = code.substring(0, colon);
    }
    chart.putAll(added);
    for (String c : added.keySet()) {
      firstLines.put(c, line);
    }
  }

  /**
   * Whether the name and each of its {@code :} parents surely pass the checks the chart makes of an account code
   * ({@link NameChecks#accountOf}, {@link Account}'s invariants): not blank, no surrounding spaces, at most 200 characters,
   * no double space, tab, line break or ';', no empty part, not starting with a mark. Plain JDK code: the
   * balance path checks names with it alone; a name it refuses goes to {@link NameChecks#accountOf} for the verdict.
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

  /** The line each account of the chart first appeared on (a parent: where its first child did). */
  Map<String, Long> firstLines() {
    return firstLines;
  }

  /** The name of an account id. */
  String name(int id) {
    return names[id];
  }

  /** The number of accounts interned. */
  int accountCount() {
    return accountCount;
  }

  /** Every account met so far with its parents, in order of first sight (parents after their child). */
  Iterable<Account> chartAccounts() {
    return chart.values();
  }

  /**
   * The id of a commodity symbol, resolving it on first sight: it must be an ISO 4217 currency with decimal
   * places, known with the same decimal places to both the JDK and Joda-Money.
   *
   * @throws ValidationException when it is not
   */
  int commodity(byte[] b, int from, int to, long line, int lineStart) {
    int len = to - from;
    for (int i = 0; i < commodityCount; i++) {
      byte[] k = commodityKeys[i];
      if (k.length == len && Arrays.equals(k, 0, len, b, from, to)) {
        return i;
      }
    }
    String code = new String(b, from, len, StandardCharsets.UTF_8);
    int known = known(code);
    int scale;
    if (known >= 0) {
      scale = SCALES[known];
    } else {
      try {
        scale = java.util.Currency.getInstance(code).getDefaultFractionDigits();
      } catch (IllegalArgumentException e) {
        throw new ValidationException("commodity", code, "must be an ISO 4217 currency code such as PLN or EUR");
      }
      if (scale < 0) {
        throw new ValidationException("commodity", code, "must be a currency with decimal places (not a pseudo-currency)");
      }
    }
    Object cu = deferred ? null : NameChecks.jodaCurrency(code, scale);
    if (commodityCount == MAX_COMMODITIES) {
      throw new ValidationException("commodity", code, "must be one of at most " + MAX_COMMODITIES + " commodities");
    }
    int id = commodityCount++;
    if (id == commodityKeys.length) {
      commodityKeys = Arrays.copyOf(commodityKeys, id * 2);
      commodityCodes = Arrays.copyOf(commodityCodes, id * 2);
      currencies = Arrays.copyOf(currencies, id * 2);
      scales = Arrays.copyOf(scales, id * 2);
    }
    commodityKeys[id] = Arrays.copyOfRange(b, from, to);
    commodityCodes[id] = code;
    currencies[id] = cu;
    scales[id] = scale;
    if (deferred && known < 0) {
      pending.add(new Pending(id, code, line, 1 + Utf8.codePoints(b, lineStart, from)));
    }
    if (len == 3 && upper(b[from]) && upper(b[from + 1]) && upper(b[from + 2])) {
      code3[((b[from] - 'A') * 26 + b[from + 1] - 'A') * 26 + b[from + 2] - 'A'] = (short) (id + 1);
    }
    return id;
  }

  private static boolean upper(byte c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The index of a code in {@link #CODES}, or -1. */
  private static int known(String code) {
    int i = java.util.Arrays.binarySearch(CODES, code);
    return i < 0 ? -1 : i;
  }

  /**
   * The id of the commodity whose three-letter code {@code A-Z} starts at {@code p}, when it was met before; else
   * -1 (then {@link #commodity} resolves it). Reads the three bytes only while they are letters.
   */
  int code3(byte[] b, int p) {
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
    return code3[(c0 * 26 + c1) * 26 + c2] - 1;
  }

  /** The ISO code of a commodity id. */
  String code(int id) {
    return commodityCodes[id];
  }

  /** The currency of a commodity id (for a deferred check: only after {@link #checkPending()}). Loads Joda-Money. */
  CurrencyUnit currency(int id) {
    Object cu = currencies[id];
    return cu != null ? (CurrencyUnit) cu : NameChecks.jodaCurrency(commodityCodes[id], scales[id]);
  }

  /** The decimal places of a commodity id. */
  int scale(int id) {
    return scales[id];
  }

  /** The number of commodities resolved. */
  int commodityCount() {
    return commodityCount;
  }
}
