package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random journals with balance assertions ({@code =}, {@code ==}), assignments, {@code @@} prices, elided amounts,
 * {@code P} prices, parent and child accounts and dates out of file order, read by {@code backoffice balance} and
 * by hledger 1.25, the tool the format's assertions and valuation follow: both accept a journal or both reject it
 * at the same line and column, and an accepted one has the same balances — as they are, as of a date, and valued in
 * PLN — and a trial balance per commodity that closes at them. hledger comes from Debian ({@code apt-get install hledger}, as {@code .ci/run} does); where it is missing the
 * test says so and is skipped, except under CI ({@code CI=true}), where that is a failure.
 */
class HledgerDifferentialTest {
  private static final String[] ACCOUNTS = {
      "assets", "assets:bank", "assets:cash", "expenses", "expenses:food", "expenses:rent:flat", "income:salary",
      "liabilities:card"};
  private static final String[] COMMODITIES = {"PLN", "EUR", "USD"};
  private static final int JOURNALS = 120;
  /** Where hledger's message places an error: a line and column, or (an unbalanced transaction) its lines. */
  private static final Pattern HLEDGER_POSITION = Pattern.compile("\\(line (\\d+), column (\\d+)\\)|\\(lines (\\d+)-\\d+\\)");
  private static final Pattern OUR_POSITION = Pattern.compile("\\.ledger:(\\d+):(\\d+): ");

  @TempDir
  Path dir;

  @Test
  void balancesAssertionsAndValuesAgreeWithHledger() throws Exception {
    Path hledger = hledger();
    int rejected = 0;
    int assigned = 0;
    for (int seed = 0; seed < JOURNALS; seed++) {
      String text = journal(new Random(seed));
      assigned += text.contains("  = ") ? 1 : 0;
      Path f = Files.writeString(dir.resolve("j" + seed + ".ledger"), text, StandardCharsets.UTF_8);
      Cli.Result h = run(hledger.toString(), "-f", f.toString(), "bal", "--flat", "-O", "csv");
      Cli.Result b = Cli.run("balance", "--file", f.toString(), "--format", "csv");
      String what = "seed " + seed + ":\n" + text;
      if (h.exitCode() != 0) {
        rejected++;
        assertThat(b.exitCode()).as("hledger rejects, so must we: %s\nhledger: %s", what, h.err()).isEqualTo(1);
        Matcher hp = HLEDGER_POSITION.matcher(h.err());
        Matcher bp = OUR_POSITION.matcher(b.err());
        assertThat(hp.find()).as(h.err()).isTrue();
        assertThat(bp.find()).as(b.err()).isTrue();
        // a transaction's error is ours at its header's column 1
        String position = hp.group(1) != null ? hp.group(1) + ":" + hp.group(2) : hp.group(3) + ":1";
        assertThat(bp.group(1) + ":" + bp.group(2)).as("the failing line and column, %s\nhledger: %s\nours: %s", what,
            h.err(), b.err()).isEqualTo(position);
        continue;
      }
      assertThat(b.exitCode()).as("hledger accepts, so must we: %s\nours: %s", what, b.err()).isZero();
      assertThat(ours(b.out())).as(what).isEqualTo(hledgers(h.out(), false));
      for (String[] asOf : new String[][] {{"2025-01-02", "2025-01-03"}, {"2025-01-03", "2025-01-04"}}) {
        assertThat(ours(Cli.run("balance", "--file", f.toString(), "--format", "csv", "--as-of", asOf[0]).out()))
            .as("as of %s, %s", asOf[0], what)
            .isEqualTo(hledgers(run(hledger.toString(), "-f", f.toString(), "bal", "--flat", "-O", "csv", "-e", asOf[1]).out(),
                false));
      }
      List<String> valued =
          hledgers(run(hledger.toString(), "-f", f.toString(), "bal", "--flat", "-O", "csv", "-X", "PLN").out(), true);
      assertThat(ours(Cli.run("balance", "--file", f.toString(), "--format", "csv", "--value", "PLN").out()))
          .as("valued in PLN, %s", what).isEqualTo(valued);
      // the trial balance per commodity closes at the same balances (its conversion rows aside)
      assertThat(closings(Cli.run("trial-balance", "--file", f.toString(), "--format", "csv", "--by-commodity").out()))
          .as("trial balance, %s", what).isEqualTo(ours(b.out()));
      assertThat(closings(Cli.run("trial-balance", "--file", f.toString(), "--format", "csv", "--by-commodity",
          "--value", "PLN").out())).as("trial balance valued in PLN, %s", what).isEqualTo(valued);
    }
    // the generator must exercise both outcomes and the assignments, or the comparison proves little
    assertThat(rejected).isBetween(JOURNALS / 5, JOURNALS * 4 / 5);
    assertThat(assigned).isGreaterThan(JOURNALS / 5);
  }

  @Test
  void theSyntaxVariantsBalanceAsHledgerReadsThem() throws Exception {
    // both date separators, status marks, codes, header and posting comments, comment lines, indentation by spaces
    // or a tab, the commodity before or after the number (the minus before either), thousands separators, elided
    // amounts, account and commodity directives
    Path hledger = hledger();
    for (int seed = 0; seed < 60; seed++) {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder();
      if (r.nextBoolean()) {
        text.append("account assets:bank\n\n");
      }
      if (r.nextBoolean()) {
        text.append("commodity PLN\n\n");
      }
      for (int i = 2 + r.nextInt(7); i > 0; i--) {
        char sep = r.nextBoolean() ? '-' : '/';
        text.append("2025").append(sep).append("01").append(sep).append('0').append(1 + r.nextInt(9)).append(' ')
            .append(pick(r, "", "* ", "! ")).append(pick(r, "", "(FV/1) ", "(#12) ")).append("payee ").append(i)
            .append(pick(r, "", "  ; note", "\t; tag: x")).append('\n');
        String c = r.nextBoolean() ? "PLN" : "EUR";
        List<String> accounts = new ArrayList<>(List.of(ACCOUNTS));
        java.util.Collections.shuffle(accounts, r);
        int n = 2 + r.nextInt(3);
        boolean elide = r.nextDouble() < 0.3;
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int k = 0; k < n; k++) {
          BigDecimal v = k < n - 1 ? BigDecimal.valueOf(r.nextInt(1_000_001) - 500_000, 2) : sum.negate();
          sum = sum.add(v);
          text.append(pick(r, "    ", "  ", "\t")).append(accounts.get(k));
          if (elide && k == n - 1) {
            text.append(pick(r, "", "  ; elided")).append('\n');
          } else {
            text.append(pick(r, "  ", "    ", "          ")).append(amount(r, v, c)).append(pick(r, "", "  ; memo", "  ;x: y"))
                .append('\n');
          }
        }
        text.append(r.nextDouble() < 0.3 ? "    ; a comment line\n\n" : "\n");
      }
      Path f = Files.writeString(dir.resolve("s" + seed + ".ledger"), text, StandardCharsets.UTF_8);
      Cli.Result h = run(hledger.toString(), "-f", f.toString(), "bal", "--flat", "-O", "csv");
      assertThat(h.exitCode()).as("%s\n%s", h.err(), text).isZero();
      assertThat(ours(Cli.run("balance", "--file", f.toString(), "--format", "csv").out())).as(text.toString())
          .isEqualTo(hledgers(h.out(), false));
    }
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  /** An amount in one of the forms both tools read: {@code -1,234.56 EUR}, {@code EUR -1234.56}, {@code -EUR 1234.56}. */
  private static String amount(Random r, BigDecimal v, String c) {
    String digits = v.abs().toPlainString();
    if (v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && r.nextBoolean()) {
      digits = String.format(java.util.Locale.ROOT, "%,.2f", v.abs());
    }
    String minus = v.signum() < 0 ? "-" : "";
    return switch (r.nextInt(3)) {
      case 0 -> minus + digits + " " + c;
      case 1 -> c + " " + minus + digits;
      default -> minus + c + " " + digits;
    };
  }

  @Test
  void anElidedAmountBalancingUnitPricesIsHledgersRoundedOnce() throws Exception {
    // one transaction a journal: hledger keeps the exact sum of @ costs (four places and more); rounded half even to
    // the commodity's two places it must be ours (across transactions hledger's fractions add up; ours cannot)
    Path hledger = hledger();
    for (int seed = 0; seed < 40; seed++) {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder("2025-01-02 x\n");
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        String c = r.nextBoolean() ? "EUR" : "USD";
        text.append("    assets:").append(c.toLowerCase(java.util.Locale.ROOT)).append(k).append("  ")
            .append(BigDecimal.valueOf(1 + r.nextInt(99_999), 2)).append(' ').append(c).append(" @ ")
            .append(BigDecimal.valueOf(10_000 + r.nextInt(50_000), 4)).append(" PLN\n");
      }
      text.append("    assets:bank\n");
      Path f = Files.writeString(dir.resolve("u" + seed + ".ledger"), text, StandardCharsets.UTF_8);
      Cli.Result h = run(hledger.toString(), "-f", f.toString(), "bal", "--flat", "-O", "csv");
      assertThat(h.exitCode()).as(h.err()).isZero();
      assertThat(ours(Cli.run("balance", "--file", f.toString(), "--format", "csv").out())).as(text.toString())
          .isEqualTo(hledgers(h.out(), true));
    }
  }

  /**
   * A journal of 3–12 transactions over four days, in random date order: 2–3 postings in one commodity, or an
   * {@code @@}-priced amount and its PLN cost; assertions on about a third of the postings, most of them true
   * (worked out in date and file order), some a cent off, some {@code ==} on accounts that may hold another
   * commodity, some on another commodity of the account; one account twice in a fifth of the transactions; in a
   * quarter of the unpriced transactions one posting without an assertion has its amount elided; an unpriced posting
   * with an assertion is an assignment (no amount) two times in five, {@code ==} ones included.
   */
  static String journal(Random r) {
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(4); i > 0; i--) {
      out.append("P 2025-01-0").append(1 + r.nextInt(4)).append(r.nextBoolean() ? " EUR " : " USD ")
          .append(BigDecimal.valueOf(300 + r.nextInt(200), 2).setScale(4)).append(" PLN\n");
    }
    record Posting(String account, BigDecimal amount, String commodity, String price) {}
    record Txn(int index, int day, List<Posting> postings, boolean elide) {}
    List<Txn> txns = new ArrayList<>();
    for (int i = 3 + r.nextInt(10); i > 0; i--) {
      List<Posting> postings = new ArrayList<>();
      List<String> accounts = new ArrayList<>(List.of(ACCOUNTS));
      java.util.Collections.shuffle(accounts, r);
      if (r.nextDouble() < 0.2) {
        accounts.set(1, accounts.get(0)); // one account twice: an assertion between its two postings
      }
      String commodity = r.nextDouble() < 0.7 ? COMMODITIES[r.nextInt(3)] : "PLN";
      if (r.nextDouble() < 0.2 && !commodity.equals("PLN")) {
        BigDecimal cost = BigDecimal.valueOf(1 + r.nextInt(99_999), 2);
        postings.add(new Posting(accounts.get(0), BigDecimal.valueOf(1 + r.nextInt(9_999), 2), commodity,
            " @@ " + cost + " PLN"));
        postings.add(new Posting(accounts.get(1), cost.negate(), "PLN", ""));
      } else {
        int n = 2 + r.nextInt(2);
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int k = 0; k < n - 1; k++) {
          BigDecimal v = BigDecimal.valueOf(r.nextInt(199_999) - 99_999, 2);
          postings.add(new Posting(accounts.get(k), v, commodity, ""));
          sum = sum.add(v);
        }
        postings.add(new Posting(accounts.get(n - 1), sum.negate(), commodity, ""));
      }
      txns.add(new Txn(txns.size(), 1 + r.nextInt(4), postings, r.nextDouble() < 0.25));
    }
    // the balances hledger sees at each posting: by date, then file order
    Map<Integer, String[]> assertions = new HashMap<>();
    Map<String, BigDecimal> running = new HashMap<>();
    List<Txn> byDate = new ArrayList<>(txns);
    byDate.sort(Comparator.comparingInt(Txn::day).thenComparingInt(Txn::index));
    for (Txn t : byDate) {
      String[] marks = new String[t.postings().size()];
      for (int k = 0; k < marks.length; k++) {
        Posting p = t.postings().get(k);
        BigDecimal now = running.merge(p.account() + " " + p.commodity(), p.amount(), BigDecimal::add);
        double x = r.nextDouble();
        if (x < 0.25) {
          // mostly the posting's own commodity, sometimes another one of the account (zero if it has none)
          String c = r.nextDouble() < 0.8 ? p.commodity() : COMMODITIES[r.nextInt(3)];
          BigDecimal b = running.getOrDefault(p.account() + " " + c, BigDecimal.ZERO.setScale(2));
          marks[k] = " = " + (r.nextDouble() < 0.1 ? b.add(new BigDecimal("0.01")) : b) + " " + c;
        } else if (x < 0.32) {
          marks[k] = " == " + now + " " + p.commodity();
        }
      }
      assertions.put(t.index(), marks);
    }
    for (Txn t : txns) {
      out.append("\n2025-01-0").append(t.day()).append(" * t").append(t.index()).append('\n');
      String[] marks = assertions.get(t.index());
      boolean priced = t.postings().stream().anyMatch(p -> !p.price().isEmpty());
      int elided = t.elide() && !priced ? r.nextInt(marks.length) : -1;
      for (int k = 0; k < marks.length; k++) {
        Posting p = t.postings().get(k);
        if (k == elided && marks[k] == null) {
          out.append("    ").append(p.account()).append('\n');
        } else if (!priced && marks[k] != null && marks[k].endsWith(" " + p.commodity()) && r.nextDouble() < 0.4) {
          // (an assignment in another commodity would leave two commodities open: an implicit conversion, which
          // hledger infers and this format refuses)
          out.append("    ").append(p.account()).append(' ').append(marks[k]).append('\n');
        } else {
          out.append("    ").append(p.account()).append("  ").append(p.amount()).append(' ').append(p.commodity())
              .append(p.price()).append(marks[k] == null ? "" : marks[k]).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Our CSV as sorted {@code account commodity amount} rows without zeros. */
  private static List<String> ours(String csv) {
    TreeSet<String> rows = new TreeSet<>();
    csv.lines().skip(1).forEach(line -> {
      String[] f = line.split(",");
      BigDecimal v = new BigDecimal(f[2]);
      if (v.signum() != 0) {
        rows.add(f[0] + " " + f[1] + " " + v.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
      }
    });
    return List.copyOf(rows);
  }

  /** A trial balance's CSV as sorted {@code account commodity closing} rows, without zeros, totals or conversions. */
  private static List<String> closings(String csv) {
    TreeSet<String> rows = new TreeSet<>();
    csv.lines().skip(1).forEach(line -> {
      String[] f = line.split(",");
      BigDecimal v = new BigDecimal(f[6]).subtract(new BigDecimal(f[7]));
      if (!f[0].equals("TOTAL") && !f[0].equals("(conversion)") && v.signum() != 0) {
        rows.add(f[0] + " " + f[1] + " " + v.toPlainString());
      }
    });
    return List.copyOf(rows);
  }

  /**
   * hledger's {@code bal -O csv} ({@code "account","1.00 EUR, PLN -2.00"}: each commodity on the side the journal
   * wrote it) as sorted rows without zeros or total.
   */
  private static List<String> hledgers(String csv, boolean rounded) {
    TreeSet<String> rows = new TreeSet<>();
    csv.lines().skip(1).forEach(line -> {
      String[] f = line.substring(1, line.length() - 1).split("\",\"");
      if (f[0].equals("total")) {
        return;
      }
      for (String piece : f[1].split(", ")) {
        String[] vc = piece.trim().split(" ");
        if (vc.length < 2) {
          continue; // "0"
        }
        if (Character.isLetter(vc[0].charAt(0))) {
          vc = new String[] {vc[1], vc[0]}; // "PLN -5.00": the commodity first, as the journal wrote it
        }
        BigDecimal v = new BigDecimal(vc[0].replace(",", ""));
        // valued amounts and sums of @ costs come with the prices' four places and more; ours are rounded half even to
        // the commodity's two (rounded); any other amount must have two places already
        v = rounded ? v.setScale(2, RoundingMode.HALF_EVEN) : v.setScale(2, RoundingMode.UNNECESSARY);
        if (v.signum() != 0) {
          rows.add(f[0] + " " + vc[1] + " " + v.toPlainString());
        }
      }
    });
    return List.copyOf(rows);
  }

  private Cli.Result run(String... command) throws IOException, InterruptedException {
    return Cli.process(dir, Duration.ofMinutes(1), List.of(command));
  }

  /** hledger on the PATH; without it the test is skipped, or fails under CI. */
  private static Path hledger() {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(d -> Path.of(d, "hledger")).filter(Files::isExecutable).findFirst();
    if (found.isEmpty()) {
      String message = "hledger is not installed (apt-get install hledger)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + "; CI must have it");
      }
      Assumptions.abort(message + ": differential test skipped");
    }
    return found.get();
  }
}
