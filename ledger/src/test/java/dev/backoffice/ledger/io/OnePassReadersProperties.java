package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The one-pass readers of the common shapes ({@code simpleAmount}, {@code simpleAccountEnd}, {@code simpleHeader})
 * either decline a text or read it exactly as the general readers of the same rules do: the same end, commodity,
 * minor units and sign; the same account end and hash; the same date, status and description. The sinks' property
 * ({@link QuickBalancesProperties}) cannot see a difference here, since every path runs the same readers.
 */
class OnePassReadersProperties {
  /** Characters amounts, names and headers are made of, with the ones that end or break them. */
  private static final char[] AMOUNT_CHARS = "0123456789,,..-- PLNEURJPYXAUpln€\t;@=\r".toCharArray();
  private static final char[] NAME_CHARS = "AB:xyz09 ;\t\r-,.ż*(".toCharArray();
  private static final char[] HEADER_CHARS = "2025-01-31/ *!()ab;\t\r0123456789ż".toCharArray();

  @Property(tries = 3000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void simpleAmountDeclinesOrAgrees(@ForAll("amounts") String text, @ForAll boolean signed) {
    JournalParser p = parser(text);
    int simple = p.simpleAmount(0, signed);
    Statistics.collect(simple >= 0 ? "read" : "declined");
    Statistics.coverage(c -> c.check("read").percentage(share -> share >= 4));
    if (simple < 0) {
      return;
    }
    int cmd = p.aCmd;
    long minor = p.aMinor;
    boolean neg = p.aNeg;
    int ce = text.getBytes(StandardCharsets.UTF_8).length;
    // the general reader reads to the commodity's end; the one-pass one stops at the same place
    int general = p.amount(0, ce, "amount", signed);
    assertThat(general).as("end of %s", text).isEqualTo(simple);
    assertThat(p.aCmd).as("commodity of %s", text).isEqualTo(cmd);
    assertThat(p.toMinor(0, general)).as("minor units of %s", text).isEqualTo(minor);
    assertThat(p.aNeg).as("sign of %s", text).isEqualTo(neg);
  }

  @Property(tries = 3000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void simpleAccountEndDeclinesOrAgrees(@ForAll("names") String text) {
    JournalParser p = parser(text);
    int simple = p.simpleAccountEnd(0);
    Statistics.collect(simple >= 0 ? "read" : "declined");
    Statistics.coverage(c -> c.check("read").percentage(share -> share >= 4));
    if (simple < 0) {
      return;
    }
    int ce = text.getBytes(StandardCharsets.UTF_8).length;
    int general = p.accountEnd(0, ce);
    assertThat(general).as("end of %s", text).isEqualTo(simple);
    assertThat(p.hash).as("hash of %s", text).isEqualTo(Symbols.hash(p.buf, 0, general));
  }

  @Property(tries = 3000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void simpleHeaderDeclinesOrAgrees(@ForAll("headers") String text) {
    JournalParser p = parser(text);
    int simple = p.simpleHeader(0);
    Statistics.collect(simple >= 0 ? "read" : "declined");
    Statistics.coverage(c -> c.check("read").percentage(share -> share >= 4));
    if (simple < 0) {
      return;
    }
    Txn t = p.txn;
    int[] read = {t.dateKey, t.status.ordinal(), t.descFrom, t.descTo, t.codeFrom};
    t.reset(p.buf);
    int ce = text.getBytes(StandardCharsets.UTF_8).length;
    p.header(0, ce);
    assertThat(simple).as("next line of %s", text).isEqualTo(ce + 1);
    assertThat(new int[] {t.dateKey, t.status.ordinal(), t.descFrom, t.descTo, t.codeFrom}).as(text).isEqualTo(read);
    assertThat(t.segments).as("comments of %s", text).isZero();
  }

  /**
   * {@code spaces} steps over a run four bytes at a time: it stops at the first byte that is not a space, whatever
   * the run's length and whatever follows it, and reads nothing past the line's end.
   */
  @Property(tries = 2000)
  void spacesStopsAtTheFirstByteThatIsNotASpace(@ForAll("runs") String text, @ForAll("starts") int start) {
    JournalParser p = parser(text);
    // the buffer ends at the line's '\n': a read past it throws
    p.buf = (text + "\n").getBytes(StandardCharsets.UTF_8);
    int from = Math.min(start, text.length());
    int expected = from;
    while ((text + "\n").charAt(expected) == ' ') {
      expected++;
    }
    assertThat(p.spaces(from)).as("spaces(%d) of [%s]", from, text).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> runs() {
    return Combinators.combine(Arbitraries.strings().withChars("ab ").ofMaxLength(4), Arbitraries.integers().between(0, 13),
        Arbitraries.of("x", "\t", ";", "1", "", "\r")).as((before, n, after) -> before + " ".repeat(n) + after);
  }

  @Provide
  Arbitrary<Integer> starts() {
    return Arbitraries.integers().between(0, 6);
  }

  @Provide
  Arbitrary<String> amounts() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12)
        .edgeCases(c -> c.add("9".repeat(18), "1".repeat(19)));
    // a number: digits, grouped by ',' every three (or not, or wrongly), with or without decimals
    Arbitrary<String> number = Combinators.combine(digits, Arbitraries.integers().between(0, 8),
        Arbitraries.strings().numeric().ofMaxLength(3), Arbitraries.of(".", ".", ".", ".", "", ",")).as((d, grouping, frac, sep) -> {
          String whole = grouping > 4 ? d : group(d, grouping);
          return whole + (frac.isEmpty() && sep.isEmpty() ? "" : sep.isEmpty() ? "." + frac : sep + frac);
        });
    Arbitrary<String> commodity = Arbitraries.of("PLN", "PLN", "PLN", "PLN", "EUR", "EUR", "JPY", "XAU", "pln", "EURO", "€");
    Arbitrary<String> amount = Combinators.combine(Arbitraries.of("", "", "", "-", "--"), number, commodity,
        Arbitraries.of(" ", " ", " ", " ", " ", "", "  "), Arbitraries.of(true, false)).as((sign, n, c, space, prefix) ->
        prefix ? c + space + sign + n : sign + n + space + c);
    // now and then damaged by one character anywhere
    return Combinators.combine(amount, Arbitraries.of(AMOUNT_CHARS), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, 4)).as((a, ch, at, damage) ->
        damage > 0 ? a : a.substring(0, Math.min(at, a.length())) + ch + a.substring(Math.min(at, a.length())));
  }

  /**
   * {@code digits} with a ',' every three digits from the right (modes 0 and 1), every two (2), or only once (3, 4).
   */
  private static String group(String digits, int mode) {
    int step = mode == 2 ? 2 : 3;
    StringBuilder sb = new StringBuilder(digits);
    for (int i = digits.length() - step; i > 0; i -= step) {
      sb.insert(i, ',');
      if (mode >= 3) {
        break;
      }
    }
    return sb.toString();
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> name = part.list().ofMinSize(1).ofMaxSize(4).map(l -> "A" + String.join(":", l));
    Arbitrary<String> end = Arbitraries.of("", "  10.00 PLN", "  ", " ", "\t1", " x", " ;x", "  ;x");
    return Combinators.combine(name, end, Arbitraries.of(NAME_CHARS), Arbitraries.integers().between(0, 30),
        Arbitraries.integers().between(0, 2)).as((n, e, ch, at, damage) -> {
          String s = n + e;
          return damage > 0 ? s : s.substring(0, Math.min(at, s.length())) + ch + s.substring(Math.min(at, s.length()));
        });
  }

  @Provide
  Arbitrary<String> headers() {
    Arbitrary<String> date = Arbitraries.of("2025-01-31", "2024/02/29", "2025-02-29", "2025-13-01", "2025-1-01",
        "2025/01-31", "0000-01-01", "9999-12-31", "2025-04-31");
    Arbitrary<String> mark = Arbitraries.of(" ", " ", " * ", " ! ", " *", "  ", " (x) ", "\t", " *  ");
    Arbitrary<String> description = Arbitraries.strings().withChars("abc xyz|".toCharArray()).ofMaxLength(20);
    Arbitrary<String> end = Arbitraries.of("", "", " ", "  ; note", "\t; note", " ;x", ";", "\r");
    Arbitrary<String> header = Combinators.combine(date, mark, description, end).as((d, m, t, e) -> d + m + t + e);
    return Combinators.combine(header, Arbitraries.of(HEADER_CHARS), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, 2)).as((h, ch, at, damage) ->
        damage > 0 ? h : h.substring(0, Math.min(at, h.length())) + ch + h.substring(Math.min(at, h.length())));
  }

  /** A parser whose buffer holds the text and a line end, with PLN, EUR and JPY already met. */
  private static JournalParser parser(String text) {
    JournalParser p = new JournalParser("t.ledger", new Symbols(), new JournalParser.Sink() {
      @Override
      public void transaction(Txn t, Symbols symbols) {}
    }, true);
    for (String code : new String[] {"PLN", "EUR", "JPY"}) {
      byte[] c = code.getBytes(StandardCharsets.US_ASCII);
      p.sym.commodity(c, 0, 3, 1, 0);
    }
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
    p.buf = Arrays.copyOf(bytes, Math.max(bytes.length + 8, 64));
    p.lineNo = 1;
    p.lineStart = 0;
    p.txn.reset(p.buf);
    return p;
  }
}
