package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backoffice.core.money.Monies;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalBalancesTest {
  private static final String TEXT = "2025-01-05 a\n    Assets:Bank  100.00 PLN\n    Equity:Opening\n\n"
      + "2025-01-31 b\n    Expenses:Food  40.00 PLN\n    Assets:Bank\n\n"
      + "2025-02-01 c\n    Assets:Bank  10.00 EUR\n    Equity:Opening  -10.00 EUR\n";

  @Test
  void rowsAreTheNonZeroBalancesOfEachAccountAndCommoditySorted() {
    // Assets:Bank: 100.00 − 40.00 = 60.00 PLN and 10.00 EUR; Equity:Opening −100.00 PLN, −10.00 EUR; Food 40.00 PLN
    assertThat(JournalBalances.of(TEXT, "t")).containsExactly(
        BalanceRow.of("Assets:Bank", Monies.of("EUR", "10.00")),
        BalanceRow.of("Assets:Bank", Monies.of("PLN", "60.00")),
        BalanceRow.of("Equity:Opening", Monies.of("EUR", "-10.00")),
        BalanceRow.of("Equity:Opening", Monies.of("PLN", "-100.00")),
        BalanceRow.of("Expenses:Food", Monies.of("PLN", "40.00")));
  }

  @Test
  void asOfCountsTransactionsUpToTheDateAndStillChecksTheRest() {
    assertThat(JournalBalances.of(new StringReader(TEXT), "t", LocalDate.of(2025, 1, 30))).containsExactly(
        BalanceRow.of("Assets:Bank", Monies.of("PLN", "100.00")),
        BalanceRow.of("Equity:Opening", Monies.of("PLN", "-100.00")));
    JournalParseException e = catchThrowableOfType(JournalParseException.class,
        () -> JournalBalances.of(new StringReader(TEXT + "\n2025-03-01 d\n    A:B  1.00 PLN\n"), "t", LocalDate.of(2025, 1, 30)));
    assertThat(e.line()).isEqualTo(13);
  }

  @Test
  void zeroBalancesAreLeftOut() {
    assertThat(JournalBalances.of("2025-01-05 a\n    A:B  1.00 PLN\n    A:C\n\n2025-01-06 b\n    A:C  1.00 PLN\n    A:B\n", "t"))
        .isEmpty();
  }

  @Test
  void csvQuotesAccountsWithCommasAndQuotes() {
    StringBuilder sb = new StringBuilder();
    JournalBalances.writeCsv(List.of(BalanceRow.of("A, \"B\"", Monies.of("PLN", "-1234.50")),
        BalanceRow.of("C", Monies.of("JPY", "5"))), sb);
    assertThat(sb.toString()).isEqualTo("account,commodity,amount\n\"A, \"\"B\"\"\",PLN,-1234.50\nC,JPY,5\n");
  }

  @Test
  void anErrorInALaterPartNamesItsLineInTheWholeFile(@TempDir Path dir) throws IOException {
    String sample = Files.readString(SampleJournalsTest.resource("generated-3k-seed7.ledger"), StandardCharsets.UTF_8);
    long lines = sample.chars().filter(c -> c == '\n').count();
    Path file = dir.resolve("bad.ledger");
    Files.writeString(file, sample + "\n2025-12-31 bad\n    A:B  1.00 PLN\n    A:C  -2.00 PLN\n", StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int parts = 1; parts <= 4; parts++) {
        int n = parts;
        JournalParseException e = catchThrowableOfType(JournalParseException.class,
            () -> JournalBalances.of(file, null, pool, n, 1));
        // the sample's lines, the blank line, then the header of the unbalanced transaction
        assertThat(e.line()).as("%d parts", parts).isEqualTo(lines + 2);
        assertThat(e.getMessage()).startsWith(file + ":" + (lines + 2) + ":1: transaction = 'PLN -1.00'");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFirstErrorInFileOrderWinsAcrossParts(@TempDir Path dir) throws IOException {
    String sample = Files.readString(SampleJournalsTest.resource("generated-3k-seed7.ledger"), StandardCharsets.UTF_8);
    Path file = dir.resolve("bad.ledger");
    Files.writeString(file, "2025-01-01 first\n    A:B  1.00 XYZ\n    A:C\n\n" + sample + "2025-12-31 bad\n    A:B  1.00\n",
        StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      JournalParseException e = catchThrowableOfType(JournalParseException.class,
          () -> JournalBalances.of(file, null, pool, 4, 1));
      assertThat(e.getMessage()).startsWith(file + ":2:15: commodity = 'XYZ'");
    } finally {
      pool.shutdownNow();
    }
  }
}
