package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * One grammar, several sinks: on any text — well-formed journals (with balance assertions, assignments and
 * prices), and journals with damage of the kinds the format rejects or reads differently — the quick balance
 * path (in one part and in several), {@link JournalBalances} and the entries {@link JournalReader} reads (summed
 * line by line) give the same balances, or all reject the text with the same message.
 */
class QuickBalancesProperties {
  private static final List<String> ACCOUNTS = List.of(
      "Assets:Bank:Ing", "Assets:Bank", "Liabilities:Card", "Expenses:Food:Groceries", "Income:Salary",
      "Equity:Opening", "Aktywa:Środki trwałe", "A, \"quoted\"", "X");
  /** Pieces that damage a journal: separators, marks, prices, assertions, bad numbers and commodities, directives. */
  private static final List<String> DAMAGE = List.of(
      "  ", "\t", " ", ";", "#", "@", "@@ 1.00 EUR", "@ 4.5 PLN", "1,00", "1,000", ".", ",", "-", "--", "(x)", "*",
      "!", "=", "==", " = 0.00 PLN", "  = 10.00 PLN", " == 5.00 EUR", "=*", "{", "[", "\r", "\n", "\n\n", "€", "zł",
      "XAU", "THB", "pln", "2025-13-01", "2025-02-29", "2024/02/29", "account ", "commodity ", "include x",
      "P 2024-05-01 EUR 4.30 PLN\n", "P ", "    ", "\u00a0", "0", "9999999999999999999", "0.001", ":", "::", "\uFEFF");

  @Property(tries = 400)
  void allPathsGiveTheSameAnswerOnDamagedJournals(@ForAll("damagedJournals") String text) throws IOException {
    check(text, false);
  }

  @Property(tries = 150)
  void allPathsAnswerWellFormedJournalsAlike(@ForAll("journals") String text) throws IOException {
    check(text, true);
  }

  private static void check(String text, boolean wellFormed) throws IOException {
    Path f = Files.createTempFile("quick", ".ledger");
    try {
      Files.writeString(f, text, StandardCharsets.UTF_8);
      String expected = QuickBalancesTest.fromEntries(f);
      if (wellFormed && expected.startsWith("error: ")) {
        // a generated assertion may not hold; nothing else may fail
        assertThat(expected).as(text).contains("balance assertion failed");
      }
      assertThat(QuickBalancesTest.outcome(() -> QuickBalancesTest.reference(f, null))).as(text).isEqualTo(expected);
      for (int parts = 1; parts <= 3; parts += 2) {
        int n = parts;
        assertThat(QuickBalancesTest.outcome(() -> QuickBalancesTest.quick(f, null, n, 64)))
            .as("%s parts of%n%s", parts, text).isEqualTo(expected);
      }
    } finally {
      Files.delete(f);
    }
  }

  @Provide
  Arbitrary<String> journals() {
    return transaction().list().ofMinSize(0).ofMaxSize(12).map(ts -> String.join("", ts));
  }

  @Provide
  Arbitrary<String> damagedJournals() {
    return Combinators.combine(journals(), Arbitraries.of(DAMAGE).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.doubles().between(0, 1).list().ofSize(3))
        .as((text, pieces, where) -> {
          StringBuilder sb = new StringBuilder(text);
          for (int i = 0; i < pieces.size(); i++) {
            int at = (int) (where.get(i) * sb.length());
            sb.insert(at, pieces.get(i));
          }
          return sb.toString();
        });
  }

  private static Arbitrary<String> transaction() {
    Arbitrary<String> header = Combinators.combine(
            Arbitraries.integers().between(2024, 2025), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28), Arbitraries.of("-", "/"), Arbitraries.of("", " *", " !", " * (D-1)"),
            Arbitraries.of("", " Shop", " Shop | lunch", " Bar  ; note"))
        .as((y, m, d, sep, mark, desc) -> String.format("%d%s%02d%s%02d%s%s\n", y, sep, m, sep, d, mark, desc));
    Arbitrary<Tuple.Tuple3<String, Long, Integer>> posting = Combinators.combine(
            Arbitraries.of(ACCOUNTS), Arbitraries.longs().between(-2_000_000, 2_000_000), Arbitraries.integers().between(0, 9))
        .as(Tuple::of);
    return Combinators.combine(header, posting.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false),
            Arbitraries.of("", "    ; comment\n", "; between\n", "P 2024-03-01 EUR 4.2100 PLN\n",
                "2024-06-30 assignment\n    Assets:Bank  = 100.00 PLN\n    Equity:Rest\n"))
        .as((h, ps, elide, extra) -> {
          StringBuilder sb = new StringBuilder(h);
          long sum = 0;
          for (Tuple.Tuple3<String, Long, Integer> p : ps) {
            sb.append("    ").append(p.get1()).append(p.get3() == 1 ? "\t" : "  ").append(amount(p.get2(), p.get3()));
            if (p.get3() == 8) {
              sb.append(" = ").append(amount(p.get2(), 0)); // holds when the account had nothing before
            } else if (p.get3() == 9) {
              sb.append(" == 0.00 PLN");
            }
            if (p.get3() == 4) {
              sb.append("  ; memo");
            }
            sb.append('\n');
            sum += p.get3() == 5 || p.get3() == 6 ? 0 : p.get2();
          }
          // the balancing posting: elided, or the negated sum in PLN
          sb.append("    Equity:Rest");
          if (!elide && !ps.stream().anyMatch(p -> p.get3() == 5 || p.get3() == 6)) {
            sb.append("  ").append(amount(-sum, 0));
          }
          return sb.append('\n').append(extra).append('\n').toString();
        });
  }

  /** Minor units of PLN written in one of the forms the format allows (5 and 6: in EUR at a price). */
  private static String amount(long minor, int form) {
    String plain = java.math.BigDecimal.valueOf(minor, 2).toPlainString();
    switch (form) {
      case 2:
        return "PLN " + plain;
      case 3:
        return String.format(java.util.Locale.ROOT, "%,.2f PLN", java.math.BigDecimal.valueOf(minor, 2));
      case 5:
        return plain + " EUR @@ " + java.math.BigDecimal.valueOf(Math.abs(minor) * 4, 2).toPlainString() + " PLN";
      case 6:
        return plain + " EUR @ 4.3127 PLN";
      case 7:
        return plain + "0 PLN";
      default:
        return plain + " PLN";
    }
  }
}
