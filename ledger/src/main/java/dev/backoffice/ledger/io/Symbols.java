package dev.backoffice.ledger.io;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * The account names and commodities of one parse, interned from raw bytes to small ids so that the hot path
 * neither decodes nor allocates for a name it has seen. Each distinct account is validated once, as an
 * {@link Account} of the chart together with its parents; each commodity is resolved once to a currency.
 * Not thread-safe: one per parser.
 */
final class Symbols {
  private static final int MAX_COMMODITIES = 4096;

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
  private CurrencyUnit[] currencies = new CurrencyUnit[8];
  private int[] scales = new int[8];
  private int commodityCount;

  Symbols() {
    Arrays.fill(table, -1);
  }

  /** The hash the parser computes while scanning a name: {@code h = 31 * h + b} over the bytes. */
  static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
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
   * @return the id
   * @throws ValidationException when the name cannot be an account code of the chart
   */
  int account(byte[] b, int from, int to, int h, long line) {
    int mask = table.length - 1;
    int slot = mix(h) & mask;
    int len = to - from;
    while (true) {
      int id = table[slot];
      if (id < 0) {
        break;
      }
      byte[] k = keys[id];
      if (hashes[id] == h && k.length == len && Arrays.equals(k, 0, len, b, from, to)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    String name = new String(b, from, len, StandardCharsets.UTF_8);
    declare(name, line);
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
      added.put(code, accountOf(code));
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

  /** The line each account of the chart first appeared on (a parent: where its first child did). */
  Map<String, Long> firstLines() {
    return firstLines;
  }

  /**
   * The chart account for a journal account name: code = the full name, name = its last {@code :} part,
   * type inferred from the name, parent = the name up to the last {@code :}.
   *
   * @param code the full name
   * @return the account
   * @throws ValidationException when the name is not a valid account code
   */
  static Account accountOf(String code) {
    if (code.isEmpty()) {
      throw new ValidationException("account", code, "must not be empty");
    }
    char first = code.charAt(0);
    if (first == '(' || first == '[') {
      throw new ValidationException("account", code,
          "must not start with '(' or '[' (virtual postings are not supported)");
    }
    if (first == '*' || first == '!') {
      throw new ValidationException("account", code, "must not start with '*' or '!' (posting status marks are not supported)");
    }
    int colon = code.lastIndexOf(':');
    for (String part : code.split(":", -1)) {
      if (part.isBlank()) {
        throw new ValidationException("account", code, "must not have an empty part between ':' separators");
      }
    }
    String last = colon < 0 ? code : code.substring(colon + 1);
    return Account.builder().code(code).name(last.strip()).type(AccountType.infer(code))
        .parent(colon < 0 ? java.util.Optional.empty() : java.util.Optional.of(code.substring(0, colon)))
        .build();
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
   * The id of a commodity symbol, resolving it to a currency on first sight.
   *
   * @throws ValidationException when it is not an ISO 4217 currency with decimal places
   */
  int commodity(byte[] b, int from, int to) {
    int len = to - from;
    for (int i = 0; i < commodityCount; i++) {
      byte[] k = commodityKeys[i];
      if (k.length == len && Arrays.equals(k, 0, len, b, from, to)) {
        return i;
      }
    }
    String code = new String(b, from, len, StandardCharsets.UTF_8);
    CurrencyUnit cu;
    try {
      cu = CurrencyUnit.of(code);
    } catch (IllegalCurrencyException e) {
      throw new ValidationException("commodity", code, "must be an ISO 4217 currency code such as PLN or EUR");
    }
    if (cu.getDecimalPlaces() < 0) {
      throw new ValidationException("commodity", code, "must be a currency with decimal places (not a pseudo-currency)");
    }
    if (commodityCount == MAX_COMMODITIES) {
      throw new ValidationException("commodity", code, "must be one of at most " + MAX_COMMODITIES + " commodities");
    }
    int id = commodityCount++;
    if (id == commodityKeys.length) {
      commodityKeys = Arrays.copyOf(commodityKeys, id * 2);
      currencies = Arrays.copyOf(currencies, id * 2);
      scales = Arrays.copyOf(scales, id * 2);
    }
    commodityKeys[id] = Arrays.copyOfRange(b, from, to);
    currencies[id] = cu;
    scales[id] = cu.getDecimalPlaces();
    return id;
  }

  /** The currency of a commodity id. */
  CurrencyUnit currency(int id) {
    return currencies[id];
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
