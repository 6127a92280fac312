package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code backoffice balance}: the balances hledger and ledger-cli give for the sample journals, byte for byte. */
class BalanceCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void csvIsExactlyWhatHledgerAndLedgerPrint(String journal) {
    Cli.Result r = Cli.run("balance", "--file", Cli.resource("journals/" + journal + ".ledger").toString(), "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(Cli.text("journals/" + journal + ".balances.csv"));
  }

  @Test
  void asOfCountsTransactionsUpToAndIncludingTheDate() {
    // syntax-tour.ledger up to 2025-01-10 (BO, FV/1, FZ/17 and WB/1; not WB/2, WB/3 nor the payroll):
    //   130 = 50,000.00; 010 = 120,000.00; 802 = -170,000.00 (BO)
    //   201 = 12,300.00 (FV/1) - 4,215.00 (WB/1: 1,000 EUR @ 4.2150) = 8,085.00; 700 = -10,000.00; 221-1 = -2,300.00
    //   402 = 800.00; 221-2 = 184.00; 202 = -(800 + 184) = -984.00 (FZ/17, the elided amount)
    //   131 = 1,000.00 EUR (WB/1)
    Cli.Result r = Cli.run("balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--as-of", "2025-01-10", "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("""
        account,commodity,amount
        010 Środki trwałe,PLN,120000.00
        130 Bank:Rachunek bieżący,PLN,50000.00
        131 Bank:Rachunek walutowy,EUR,1000.00
        201 Rozrachunki z odbiorcami,PLN,8085.00
        202 Rozrachunki z dostawcami,PLN,-984.00
        221-1 VAT należny,PLN,-2300.00
        221-2 VAT naliczony,PLN,184.00
        402 Zużycie materiałów,PLN,800.00
        700 Sprzedaż usług,PLN,-10000.00
        802 Kapitał zakładowy,PLN,-170000.00
        """);
  }

  @Test
  void asOfBeforeTheFirstTransactionGivesTheHeaderOnly() {
    Cli.Result r = Cli.run("balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--as-of", "2025-01-01", "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("account,commodity,amount\n");
  }

  @Test
  void asOfAcceptsTheJournalsSlashDateForm() {
    Cli.Result dashes = Cli.run("balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--as-of", "2025-01-03", "--format", "csv");
    Cli.Result slashes = Cli.run("balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--as-of", "2025/01/03", "--format", "csv");

    assertThat(slashes.exitCode()).isZero();
    assertThat(slashes.out()).isEqualTo(dashes.out()).contains("700 Sprzedaż usług,PLN,-10000.00\n");
  }

  @Test
  void csvIsTheDefault() throws Exception {
    Cli.Result r = Cli.run("balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(new String(
        java.nio.file.Files.readAllBytes(Cli.resource("journals/syntax-tour.balances.csv")),
        java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void textAlignsTheColumns() {
    // the first two transactions of syntax-tour.ledger (BO/2025/1 and FV/1/2025)
    Cli.Result r = Cli.run("balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--as-of", "2025-01-03", "--format", "text");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(""
        + "010 Środki trwałe              120000.00  PLN\n"
        + "130 Bank:Rachunek bieżący       50000.00  PLN\n"
        + "201 Rozrachunki z odbiorcami    12300.00  PLN\n"
        + "221-1 VAT należny               -2300.00  PLN\n"
        + "700 Sprzedaż usług             -10000.00  PLN\n"
        + "802 Kapitał zakładowy         -170000.00  PLN\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void jsonIsAnArrayOfTheCsvRowsWithStringAmounts(String journal) throws Exception {
    Cli.Result r = Cli.run("balance", "--file", Cli.resource("journals/" + journal + ".ledger").toString(), "--format", "json");

    assertThat(r.exitCode()).isZero();
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array.isArray()).isTrue();
    List<String> lines = new ArrayList<>();
    lines.add("account,commodity,amount");
    for (JsonNode row : array) {
      assertThat(row.get("amount").isTextual()).isTrue();
      assertThat(row.size()).isEqualTo(3);
      lines.add(csv(row.get("account").asText()) + "," + row.get("commodity").asText() + "," + row.get("amount").asText());
    }
    assertThat(String.join("\n", lines) + "\n").isEqualTo(Cli.text("journals/" + journal + ".balances.csv"));
  }

  @Test
  void anEmptyJournalHasNoRows() throws Exception {
    java.nio.file.Path empty = java.nio.file.Files.createTempFile("empty", ".ledger");
    try {
      assertThat(Cli.run("balance", "--file", empty.toString(), "--format", "csv").out()).isEqualTo("account,commodity,amount\n");
      assertThat(Cli.run("balance", "--file", empty.toString(), "--format", "json").out()).isEqualTo("[]\n");
      assertThat(Cli.run("balance", "--file", empty.toString(), "--format", "text").out()).isEmpty();
    } finally {
      java.nio.file.Files.delete(empty);
    }
  }

  private static String csv(String field) {
    return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Test
  void valueConvertsAtTheLatestPriceOnOrBeforeTheFilesLastDate() {
    // prices.ledger, valued in PLN on its last date 2025-03-01 (the last P directive):
    //   Assets:Bank:EUR 1,100.00 EUR x 4.5000 = 4,950.00; Assets:Bank:PLN 5,000 - 410 = 4,590.00
    //   Assets:Bank:USD 100.00 USD x (1 / 0.2500, the inverse of the PLN price in USD) = 400.00
    //   Assets:Bank:CHF 10.00 CHF: no price, stays; Equity:Opening -(1,000 x 4.5 + 5,000 + 100 x 4) = -9,900.00
    // what hledger 1.25 `bal --flat -X PLN` prints (it shows the PLN amounts with four decimals)
    Cli.Result r = Cli.run("balance", "--file", Cli.own("journals/prices.ledger").toString(), "--value", "PLN");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("""
        account,commodity,amount
        Assets:Bank:CHF,CHF,10.00
        Assets:Bank:EUR,PLN,4950.00
        Assets:Bank:PLN,PLN,4590.00
        Assets:Bank:USD,PLN,400.00
        Equity:Opening,CHF,-10.00
        Equity:Opening,PLN,-9900.00
        """);
  }

  @Test
  void valueUsesThePricesOfTheAsOfDate() {
    // as of 2025-02-10: only "opening" counts; EUR at 4.2000 (2025-01-31); the PLN price in USD comes on 02-15, so
    // USD has none yet and stays: what hledger 1.25 `bal --flat -X PLN -e 2025-02-11` prints
    Cli.Result r = Cli.run("balance", "--file", Cli.own("journals/prices.ledger").toString(), "--value", "PLN",
        "--as-of", "2025-02-10");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("""
        account,commodity,amount
        Assets:Bank:CHF,CHF,10.00
        Assets:Bank:EUR,PLN,4200.00
        Assets:Bank:PLN,PLN,5000.00
        Assets:Bank:USD,USD,100.00
        Equity:Opening,CHF,-10.00
        Equity:Opening,PLN,-9200.00
        Equity:Opening,USD,-100.00
        """);
  }

  @Test
  void aFailedBalanceAssertionIsADomainErrorOnOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path f = dir.resolve("a.ledger");
    java.nio.file.Files.writeString(f, "2025-01-05 x\n    Assets:Bank  100.00 PLN = 90.00 PLN\n    Equity\n");
    Cli.Result r = Cli.run("balance", "--file", f.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).endsWith(f + ":2:29: balance assertion failed on Assets:Bank: expected 90.00 PLN,"
        + " found 100.00 PLN").doesNotContain("\n");
  }
}
