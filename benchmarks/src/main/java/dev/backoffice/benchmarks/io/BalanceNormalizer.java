package dev.backoffice.benchmarks.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;

/**
 * Turns the balance reports of ledger-cli ({@code bal --flat --no-total}), hledger ({@code bal --flat -O csv})
 * and Backoffice's CSV into one form — {@code account,commodity,amount}, sorted, amounts at the commodity's
 * decimal places, zero balances left out — so {@code compare.sh} can check that they agree with {@code cmp}.
 *
 * <p>Usage: {@code BalanceNormalizer ledger|hledger|csv < report > normalised.csv}.
 */
public final class BalanceNormalizer {
  /** An amount as ledger and hledger print it: {@code 1,234.56 PLN}, {@code -PLN 5.00}, {@code PLN -5.00}. */
  private static final Pattern AMOUNT = Pattern.compile(
      "(-?)(?:([A-Z]{3}) ?(-?)([0-9][0-9,]*(?:\\.[0-9]+)?)|([0-9][0-9,]*(?:\\.[0-9]+)?) ?([A-Z]{3}))");

  private BalanceNormalizer() {}

  /**
   * Normalises a report from standard input.
   *
   * @param args {@code ledger}, {@code hledger} or {@code csv}
   * @throws IOException when reading fails
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BalanceNormalizer ledger|hledger|csv");
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String l = in.readLine(); l != null; l = in.readLine()) {
      lines.add(l);
    }
    TreeMap<String, TreeMap<String, BigDecimal>> rows = new TreeMap<>();
    switch (args[0]) {
      case "ledger":
        ledger(lines, rows);
        break;
      case "hledger":
        hledger(lines, rows);
        break;
      case "csv":
        csv(lines, rows);
        break;
      default:
        throw new IllegalArgumentException("unknown report kind " + args[0]);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print("account,commodity,amount\n");
    for (Map.Entry<String, TreeMap<String, BigDecimal>> a : rows.entrySet()) {
      for (Map.Entry<String, BigDecimal> c : a.getValue().entrySet()) {
        if (c.getValue().signum() != 0) {
          out.print(quote(a.getKey()) + "," + c.getKey() + ","
              + c.getValue().setScale(CurrencyUnit.of(c.getKey()).getDecimalPlaces()).toPlainString() + "\n");
        }
      }
    }
    out.flush();
  }

  private static void add(TreeMap<String, TreeMap<String, BigDecimal>> rows, String account, String amount) {
    Matcher m = AMOUNT.matcher(amount.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an amount: '" + amount + "'");
    }
    boolean neg = !m.group(1).isEmpty() || (m.group(3) != null && !m.group(3).isEmpty());
    String commodity = m.group(2) != null ? m.group(2) : m.group(6);
    String number = m.group(4) != null ? m.group(4) : m.group(5);
    BigDecimal v = new BigDecimal(number.replace(",", ""));
    rows.computeIfAbsent(account, k -> new TreeMap<>()).merge(commodity, neg ? v.negate() : v, BigDecimal::add);
  }

  /** ledger: amount lines, the last of an account's carrying its name after two spaces. */
  private static void ledger(List<String> lines, TreeMap<String, TreeMap<String, BigDecimal>> rows) {
    List<String> pending = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("---")) {
        continue;
      }
      int sep = s.indexOf("  ");
      if (sep < 0) {
        pending.add(s);
        continue;
      }
      pending.add(s.substring(0, sep));
      String account = s.substring(sep).strip();
      for (String amount : pending) {
        if (!amount.equals("0")) {
          add(rows, account, amount);
        }
      }
      pending.clear();
    }
  }

  /** hledger CSV: {@code "account","balance"} with several amounts joined by {@code ", "}. */
  private static void hledger(List<String> lines, TreeMap<String, TreeMap<String, BigDecimal>> rows) {
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      if (cells.get(0).equals("total")) {
        continue;
      }
      for (String amount : cells.get(1).split(", ")) {
        if (!amount.strip().equals("0")) {
          add(rows, cells.get(0), amount);
        }
      }
    }
  }

  /** Our CSV: {@code account,commodity,amount}. */
  private static void csv(List<String> lines, TreeMap<String, TreeMap<String, BigDecimal>> rows) {
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      add(rows, cells.get(0), cells.get(2) + " " + cells.get(1));
    }
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  private static String quote(String account) {
    return account.contains(",") || account.contains("\"") ? "\"" + account.replace("\"", "\"\"") + "\"" : account;
  }
}
