package dev.backoffice.ledger.io;

import dev.backoffice.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The sums of the parts of a parse merged by account name and commodity code: accounts sorted, commodities
 * sorted by code, a row of slots per account and commodity that had a line. JDK base classes only.
 */
final class MergedSums {
  /** The accounts that had a line, sorted. */
  final String[] accounts;
  /** The commodities met, sorted by code, with their decimal places. */
  final String[] codes;
  final int[] scales;
  final int width;
  /** Per account: per commodity index {@code width} slots; null where the pair had no line. */
  final long[][][] cells;
  /** Per commodity index: the slots of the row outside the accounts, or null. */
  final long[][] extra;
  /** The last date of a transaction or price, {@code yyyymmdd}; 0 when none. */
  final int lastDate;
  /** Every {@code P} directive, in file order. */
  final List<SumSink.PriceRow> prices;

  private MergedSums(String[] accounts, String[] codes, int[] scales, int width, long[][][] cells, long[][] extra,
      int lastDate, List<SumSink.PriceRow> prices) {
    this.extra = extra;
    this.accounts = accounts;
    this.codes = codes;
    this.scales = scales;
    this.width = width;
    this.cells = cells;
    this.lastDate = lastDate;
    this.prices = prices;
  }

  /** Merges the sinks of the parts (each with the names of its own parse). */
  static MergedSums of(List<? extends FileParts.Part<? extends SumSink>> parts) {
    Symbols[] symbols = new Symbols[parts.size()];
    SumSink[] sinks = new SumSink[parts.size()];
    for (int i = 0; i < symbols.length; i++) {
      symbols[i] = parts.get(i).symbols;
      sinks[i] = parts.get(i).sink;
    }
    return of(symbols, sinks);
  }

  static MergedSums of(Symbols[] symbols, SumSink[] sinks) {
    int width = sinks[0].width;
    TreeSet<String> codeSet = new TreeSet<>();
    for (Symbols s : symbols) {
      for (int c = 0; c < s.commodityCount(); c++) {
        codeSet.add(s.code(c));
      }
    }
    String[] codes = codeSet.toArray(new String[0]);
    int[] scales = new int[codes.length];
    TreeMap<String, long[][]> byName = new TreeMap<>();
    int lastDate = 0;
    List<SumSink.PriceRow> prices = new ArrayList<>();
    long[][] extra = new long[codes.length][];
    for (int p = 0; p < sinks.length; p++) {
      Symbols s = symbols[p];
      SumSink sink = sinks[p];
      lastDate = Math.max(lastDate, sink.lastDate);
      prices.addAll(sink.prices);
      int[] global = new int[s.commodityCount()];
      for (int c = 0; c < global.length; c++) {
        global[c] = Arrays.binarySearch(codes, s.code(c));
        scales[global[c]] = s.scale(c);
      }
      for (int c = 0; c < global.length; c++) {
        if (sink.extra(c, width) != 0) {
          long[] cell = extra[global[c]];
          if (cell == null) {
            cell = new long[width];
            extra[global[c]] = cell;
          }
          merge(cell, sink, -1, c, null, codes[global[c]]);
        }
      }
      for (int a = 0; a < s.accountCount(); a++) {
        for (int c = 0; c < global.length; c++) {
          if (!sink.posted(a, c)) {
            continue;
          }
          String name = s.name(a);
          long[][] row = byName.get(name);
          if (row == null) {
            row = new long[codes.length][];
            byName.put(name, row);
          }
          long[] cell = row[global[c]];
          if (cell == null) {
            cell = new long[width];
            row[global[c]] = cell;
          }
          merge(cell, sink, a, c, name, codes[global[c]]);
        }
      }
    }
    String[] accounts = new String[byName.size()];
    long[][][] cells = new long[byName.size()][][];
    int i = 0;
    for (Map.Entry<String, long[][]> e : byName.entrySet()) {
      accounts[i] = e.getKey();
      cells[i++] = e.getValue();
    }
    return new MergedSums(accounts, codes, scales, width, cells, extra, lastDate, prices);
  }

  /**
   * Adds the slots of account {@code a} (-1: the row outside the accounts) in commodity {@code c} of a sink. The
   * message's text is joined only on failure: a string concatenation links a bootstrap method the first time.
   */
  private static void merge(long[] cell, SumSink sink, int a, int c, @Nullable String name, String code) {
    for (int k = 0; k < cell.length; k++) {
      long v = a < 0 ? sink.extra(c, k) : sink.sum(a, c, k);
      long sum = cell[k] + v;
      if (((cell[k] ^ sum) & (v ^ sum)) < 0) {
        throw new ValidationException("balance", (name == null ? "conversion" : name) + " " + code,
            "must stay within ±9.2e18 minor units");
      }
      cell[k] = sum;
    }
  }
}
