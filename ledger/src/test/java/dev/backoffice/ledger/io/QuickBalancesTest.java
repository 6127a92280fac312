package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.backoffice.core.error.ValidationException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Executor;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QuickBalances} answers exactly what {@link JournalBalances} followed by {@link JournalBalances#writeCsv}
 * gives (its own tests compare it with hledger and ledger-cli), and what the entries {@link JournalReader} reads
 * sum to; it rejects exactly what they reject, with the same message.
 */
class QuickBalancesTest {
  /** Runs each part on a thread of its own, as the command-line tool does. */
  static final Executor THREADS = task -> {
    Thread t = new Thread(task, "quick-part");
    t.setDaemon(true);
    t.start();
  };

  @TempDir
  Path dir;

  static String reference(Path file, @Nullable LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    JournalBalances.writeCsv(JournalBalances.of(file, asOf), sb);
    return sb.toString();
  }

  static String quick(Path file, @Nullable LocalDate asOf, int parallelism, long minPartBytes) {
    return new String(QuickBalances.csv(file, asOf, THREADS, parallelism, minPartBytes), StandardCharsets.UTF_8);
  }

  /** The CSV, or "error: " and the message: what a path answers for a file. */
  static String outcome(java.util.function.Supplier<String> path) {
    try {
      return path.get();
    } catch (JournalParseException e) {
      return "error: " + e.getMessage();
    }
  }

  /**
   * The balances of the entries {@link JournalReader} reads, summed here line by line (debit positive) and written
   * as the CSV; or the reader's error.
   */
  static String fromEntries(Path file) {
    return outcome(() -> {
      java.util.TreeMap<String, java.util.TreeMap<String, java.math.BigDecimal>> sums = new java.util.TreeMap<>();
      for (JournalTransaction t : JournalReader.read(file).transactions()) {
        for (dev.backoffice.ledger.entry.JournalLine l : t.entry().lines()) {
          java.math.BigDecimal v = l.amount().getAmount();
          sums.computeIfAbsent(l.account(), k -> new java.util.TreeMap<>()).merge(l.amount().getCurrencyUnit().getCode(),
              l.side() == dev.backoffice.ledger.entry.Side.DEBIT ? v : v.negate(), java.math.BigDecimal::add);
        }
      }
      StringBuilder sb = new StringBuilder("account,commodity,amount\n");
      sums.forEach((a, byCode) -> byCode.forEach((c, v) -> {
        if (v.signum() != 0) {
          StringBuilder name = new StringBuilder();
          QuickBalances.appendCsvText(name, a);
          sb.append(name).append(',').append(c).append(',').append(v.toPlainString()).append('\n');
        }
      }));
      return sb.toString();
    });
  }

  private Path write(String text) throws IOException {
    Path f = Files.createTempFile(dir, "j", ".ledger");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static Path sample(String name) throws URISyntaxException {
    return SampleJournalsTest.resource(name);
  }

  @Test
  void codesAreSortedIsoCurrenciesWithTheDecimalPlacesOfTheJdkAndJodaMoney() {
    assertThat(Symbols.CODES).isSorted().doesNotHaveDuplicates().hasSameSizeAs(Symbols.SCALES);
    for (int i = 0; i < Symbols.CODES.length; i++) {
      String code = Symbols.CODES[i];
      assertThat(Currency.getInstance(code).getDefaultFractionDigits()).as(code).isEqualTo(Symbols.SCALES[i]);
      assertThat(CurrencyUnit.of(code).getDecimalPlaces()).as(code).isEqualTo(Symbols.SCALES[i]);
    }
  }

  @Test
  void answersTheSampleJournalsAsJournalBalancesDoesInAnyNumberOfParts() throws URISyntaxException {
    for (String name : List.of("generated-3k-seed7.ledger", "syntax-tour.ledger")) {
      Path f = sample(name);
      String expected = reference(f, null);
      for (int parts = 1; parts <= 4; parts++) {
        assertThat(quick(f, null, parts, 1)).as(name + " in " + parts + " parts").isEqualTo(expected);
      }
    }
  }

  @Test
  void asOfCountsTransactionsUpToTheDate() throws URISyntaxException {
    Path f = sample("generated-3k-seed7.ledger");
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    String expected = reference(f, asOf);
    assertThat(expected).isNotEqualTo(reference(f, null));
    assertThat(quick(f, asOf, 2, 1)).isEqualTo(expected);
  }

  @Test
  void answersEachConstructItReadsExactlyAsJournalBalances() throws IOException {
    List<String> texts = List.of(
        "",
        "2025-01-05 a\n    Assets:Bank  100.00 PLN\n    Equity:Opening",
        "2025-01-05 a\r\n    Assets:Bank  100.00 PLN\r\n    Equity:Opening\r\n",
        "\uFEFF2025-01-05 a\n    Assets:Bank  100.00 PLN\n    Equity:Opening\n",
        "; comment\n# other\ncommodity PLN\ncommodity 1,000.00 EUR\naccount Assets:Bank  ; note\n\n"
            + "2025/01/05 * (INV-1) Shop | x  ; tx note\n    ; a transaction comment\n"
            + "    Assets:Bank\t-1,234.50 PLN  ; memo\n    ; more memo\n    Expenses:Food  PLN 1234.5\n",
        "2025-01-05 ! a\n    A, \"B\"  10.00 EUR @@ 43.00 PLN\n    C:D  -43.00 PLN\n",
        "2025-01-05 a\n    Assets:Bank  3 EUR @ 4.3333 PLN\n    Assets:Bank  2 EUR @ 4.3333 PLN\n    Cash  -21.67 PLN\n",
        "2025-01-05 a\n    Assets:Bank  10.00 EUR\n    Assets:Cash  5 JPY\n    Equity\n",
        "2025-01-05 a\n    A:B  1.00 PLN\n    A:C\n\n2025-01-06 b\n    A:C  1.00 PLN\n    A:B\n",
        "2025-01-05 a\n    Aktywa:Środki trwałe  -0.05 PLN\n    Konto zł  0.050 PLN\n",
        "2025-01-05 a\n    A  -0.00 PLN\n    B  0 PLN\n",
        "2024-02-29 a\n    A  9,999,999,999,999.99 PLN\n    B\n",
        "2024-01-01 \n    A  PLN -1.00  ;\n    B  1.00 PLN;x\n2024-01-02 *\n    A  1 EUR @@ 4 PLN\n    B  -4.00 PLN\n",
        "2024-01-01 * " + "d".repeat(512) + "   \n    A  1.00 PLN   ; " + "m".repeat(510) + "\n    ; x\n    B\n",
        "2024-01-01 * x\n    A  1.00 PLN\n    B\n \n\t\n2024-01-01 * x\n    A \n    B  1.00 PLN\n",
        "P 2024-01-01 EUR 4.2150 PLN\n2025-01-05 a\n    A  1.00 PLN = 1.00 PLN\n    B  == -1.00 PLN\n",
        "2025-01-05 a\n    A  1.00 PLN\n    B\n2025-01-04 b\n    A  = 5.00 PLN\n    B\n");
    for (String text : texts) {
      Path f = write(text);
      assertThat(quick(f, null, 1, 1)).as(text).isEqualTo(reference(f, null)).isEqualTo(fromEntries(f));
    }
  }

  @Test
  void rejectsWhatTheReaderRejectsWithTheSameMessage() throws IOException {
    List<String> errors = List.of(
        "2025-01-05 a\n    A  1.00 PLN\n    B  -2.00 PLN\n",
        "2025-01-05 a\n    A  1.001 PLN\n    B\n",
        "2025-02-30 a\n    A  1.00 PLN\n    B\n",
        "2025-01-05 a\n    A  1,00 PLN\n    B\n",
        "2025-01-05 a\n    A  1.00 XYZ\n    B\n",
        "2025-01-05 a\n    A  1.00\n    B\n",
        "2025-01-05 a\n    A\n    B\n",
        "2025-01-05 a\n    (A)  1.00 PLN\n    B\n",
        "2025-01-05 a;b\n    A  1.00 PLN\n    B\n",
        "2025-01-05 a\n    A::C  1.00 PLN\n    B\n",
        "2025-01-05 a\n    A  1.00 PLN\n\n    B  -1.00 PLN\n",
        "include other.ledger\n",
        "2025-01-05 a\n    A  1.00 PLN\n    B  -1.00 \u00ff\n",
        "2025-01-05 a\n    A  1.00 PLN\n    B  -1.00 PLN\n    C  10000000000000000.01 PLN\n    D\n",
        "2024-02-29 a\n    A  10000000000000.01 PLN\n    B\n",
        "2024-01-01 a\n    A  100 PLNX\n    B\n",
        "2024-01-01 a\n    A  1.00 PLN @@ 4.00 PLN\n    B\n",
        "2024-01-01 a\n    A  1.00 PLN @@ -4.00 EUR\n    B\n",
        "2024-01-01 a\n    A  1.00 PLN @ 4.00 EUR @ 1 USD\n    B\n",
        "2024-01-01 a\n    A  1,2345.00 PLN\n    B\n",
        "2024-01-01 a\n    A  1.00 PLN\n    B  -1. PLN\n",
        "2024-01-01 * " + "d".repeat(513) + "\n    A  1.00 PLN\n    B\n",
        "2024-01-01 a\n    A  1.00 PLN  ; " + "m".repeat(511) + "\n    ; x\n    B\n",
        "2023-02-29 a\n    A  1.00 PLN\n    B\n",
        "2024-01-01 a\n    A  1.00 PLN\n    B\n   C\n");
    for (String text : errors) {
      Path f = write(text);
      assertThat(catchThrowable(() -> reference(f, null))).as(text).isInstanceOf(JournalParseException.class);
      String expected = outcome(() -> reference(f, null));
      assertThat(outcome(() -> quick(f, null, 1, 1))).as(text).isEqualTo(expected).isEqualTo(fromEntries(f));
    }
    Path invalidUtf8 = Files.write(dir.resolve("bad.ledger"),
        new byte[] {'2', '0', '2', '5', '-', '0', '1', '-', '0', '5', ' ', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> quick(invalidUtf8, null, 1, 1)).isInstanceOf(JournalParseException.class)
        .hasMessageContaining("bad.ledger:1:12: text");
    // a valid currency outside the short list of codes known without the currency data
    Path thb = write("2025-01-05 a\n    A  1.00 THB\n    B\n");
    assertThat(quick(thb, null, 1, 1)).isEqualTo("account,commodity,amount\nA,THB,1.00\nB,THB,-1.00\n");
    assertThatThrownBy(() -> quick(dir.resolve("missing.ledger"), null, 1, 1))
        .isInstanceOf(dev.backoffice.core.error.BackOfficeException.class).hasMessageContaining("cannot read journal");
  }

  @Test
  void anErrorInAnyPartIsReportedAtItsLineInTheWholeFile() throws IOException, URISyntaxException {
    String text = Files.readString(sample("generated-3k-seed7.ledger"));
    Path f = write(text + "\n2025-01-05 a\n    A  1.00 PLN\n    B  -2.00 PLN\n");
    String expected = outcome(() -> reference(f, null));
    assertThat(expected).startsWith("error: " + f + ":");
    for (int parts = 1; parts <= 4; parts++) {
      int n = parts;
      assertThat(outcome(() -> quick(f, null, n, 1))).isEqualTo(expected);
    }
    // a message that names another line names it in the whole file too (the file has 3 lines more than the sample)
    Path twice = write(text + "\n2025-01-05 a\n    A\n    B\n");
    long lines = text.lines().count();
    String named = outcome(() -> reference(twice, null));
    assertThat(named).endsWith("(the posting on line " + (lines + 3) + " already does)");
    for (int parts = 1; parts <= 4; parts++) {
      int n = parts;
      assertThat(outcome(() -> quick(twice, null, n, 1))).isEqualTo(named).isEqualTo(fromEntries(twice));
    }
  }

  @Test
  void rejectsMissingArguments() {
    assertThatThrownBy(() -> QuickBalances.csv(dir, null, THREADS, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("parallelism");
  }

  @Test
  void daysInMonthAreThoseOfTheCalendar() {
    for (int y = 0; y <= 9999; y++) {
      for (int m = 1; m <= 12; m++) {
        assertThat(HeaderDates.daysIn(y, m)).as("%d-%d", y, m).isEqualTo(YearMonth.of(y, m).lengthOfMonth());
      }
    }
  }

  @Test
  void writesDecimalsAtTheCommodityScale() {
    // -5 minor units at 2 places is -0.05; 123456 at 0 places is 123456; at 3 places 123.456
    StringBuilder sb = new StringBuilder();
    QuickBalances.appendDecimal(sb, -5, 2);
    sb.append(' ');
    QuickBalances.appendDecimal(sb, 123456, 0);
    sb.append(' ');
    QuickBalances.appendDecimal(sb, 123456, 3);
    sb.append(' ');
    QuickBalances.appendDecimal(sb, -100, 2);
    assertThat(sb).hasToString("-0.05 123456 123.456 -1.00");
  }
}
