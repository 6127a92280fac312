package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code backoffice trial-balance}: the contract's CSV, hand-derived figures, and the balances of hledger/ledger-cli. */
class TrialBalanceCommandTest {
  private static final String HEADER =
      "account,commodity,opening_debit,opening_credit,turnover_debit,turnover_credit,closing_debit,closing_credit";

  @Test
  void wholeJournalInPlnByHand() {
    // The default view: every line at its PLN value (syntax-tour.ledger, transactions as below). 131's euro lines
    // count at their cost: WB/1 Dr 1,000 EUR @ 4.2150 = 4,215.00 PLN, WB/3 Cr 500 EUR @@ 2,130.00 PLN; closing
    // 4,215 − 2,130 = 2,085 Dr. No conversion row, one TOTAL:
    //   turnover Dr 120,000 + 52,130 + 4,215 + 12,300 + 984 + 184 + 800 + 8,000 = 198,613
    //            Cr 984 + 2,130 + 4,215 + 984 + 2,300 + 8,000 + 10,000 + 170,000 = 198,613
    //   closing Dr 120,000 + 51,146 + 2,085 + 8,085 + 184 + 800 + 8,000 = 190,300 = Cr 2,300 + 8,000 + 10,000 + 170,000
    Cli.Result r = Cli.run("trial-balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(HEADER + "\n" + """
        010 Środki trwałe,PLN,0.00,0.00,120000.00,0.00,120000.00,0.00
        130 Bank:Rachunek bieżący,PLN,0.00,0.00,52130.00,984.00,51146.00,0.00
        131 Bank:Rachunek walutowy,PLN,0.00,0.00,4215.00,2130.00,2085.00,0.00
        201 Rozrachunki z odbiorcami,PLN,0.00,0.00,12300.00,4215.00,8085.00,0.00
        202 Rozrachunki z dostawcami,PLN,0.00,0.00,984.00,984.00,0.00,0.00
        221-1 VAT należny,PLN,0.00,0.00,0.00,2300.00,0.00,2300.00
        221-2 VAT naliczony,PLN,0.00,0.00,184.00,0.00,184.00,0.00
        231 Rozrachunki z tytułu wynagrodzeń,PLN,0.00,0.00,0.00,8000.00,0.00,8000.00
        402 Zużycie materiałów,PLN,0.00,0.00,800.00,0.00,800.00,0.00
        404 Wynagrodzenia,PLN,0.00,0.00,8000.00,0.00,8000.00,0.00
        700 Sprzedaż usług,PLN,0.00,0.00,0.00,10000.00,0.00,10000.00
        802 Kapitał zakładowy,PLN,0.00,0.00,0.00,170000.00,0.00,170000.00
        TOTAL,PLN,0.00,0.00,198613.00,198613.00,190300.00,190300.00
        """);
  }

  @Test
  void textInPlnShowsTheEurosAsMemo() {
    Cli.Result text = Cli.run("trial-balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--format", "text");

    assertThat(text.exitCode()).isZero();
    // 131: PLN turnover 4,215.00 / 2,130.00, closing 2,085.00 Dr; memo: 1,000 / 500 EUR turnover, 500 EUR Dr closing
    assertThat(text.out())
        .containsPattern("\n +131 +Bank:Rachunek walutowy +Rachunek walutowy +PLN +0\\.00 +0\\.00 +4,215\\.00 +2,130\\.00 .*"
            + " 0\\.00 EUR +1000\\.00 / 500\\.00 EUR +500\\.00 EUR Dr\n")
        .doesNotContain("(conversion)").doesNotContainPattern("Total +EUR").contains("[OK] PLN: debits equal credits")
        .doesNotContain("[FAIL");
  }

  @Test
  void wholeJournalByCommodityByHand() {
    // syntax-tour.ledger, all seven transactions:
    //   BO 01-02: 130 Dr 50,000; 010 Dr 120,000; 802 Cr 170,000
    //   FV/1 01-03: 201 Dr 12,300; 700 Cr 10,000; 221-1 Cr 2,300
    //   FZ/17 01-05: 402 Dr 800; 221-2 Dr 184; 202 Cr 984 (elided)
    //   WB/1 01-10: 131 Dr 1,000 EUR @ 4.2150 = 4,215 PLN; 201 Cr 4,215
    //   WB/2 01-15: 202 Dr 984; 130 Cr 984
    //   WB/3 01-20: 130 Dr 2,130; 131 Cr 500 EUR @@ 2,130 PLN
    //   LP 01-31: 404 Dr 8,000; 231 Cr 8,000
    // conversion (minus each priced entry's own sum per commodity): WB/1 EUR Cr 1,000, PLN Dr 4,215;
    //   WB/3 EUR Dr 500, PLN Cr 2,130
    // TOTAL PLN turnover Dr 120,000 + 52,130 + 12,300 + 984 + 184 + 800 + 8,000 + 4,215 = 198,613
    //               Cr 984 + 4,215 + 984 + 2,300 + 8,000 + 10,000 + 170,000 + 2,130 = 198,613
    //   closing Dr 120,000 + 51,146 + 8,085 + 184 + 800 + 8,000 + 2,085 = 190,300 = Cr 2,300 + 8,000 + 10,000 + 170,000
    Cli.Result r = Cli.run("trial-balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--by-commodity", "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(HEADER + "\n" + """
        010 Środki trwałe,PLN,0.00,0.00,120000.00,0.00,120000.00,0.00
        130 Bank:Rachunek bieżący,PLN,0.00,0.00,52130.00,984.00,51146.00,0.00
        131 Bank:Rachunek walutowy,EUR,0.00,0.00,1000.00,500.00,500.00,0.00
        201 Rozrachunki z odbiorcami,PLN,0.00,0.00,12300.00,4215.00,8085.00,0.00
        202 Rozrachunki z dostawcami,PLN,0.00,0.00,984.00,984.00,0.00,0.00
        221-1 VAT należny,PLN,0.00,0.00,0.00,2300.00,0.00,2300.00
        221-2 VAT naliczony,PLN,0.00,0.00,184.00,0.00,184.00,0.00
        231 Rozrachunki z tytułu wynagrodzeń,PLN,0.00,0.00,0.00,8000.00,0.00,8000.00
        402 Zużycie materiałów,PLN,0.00,0.00,800.00,0.00,800.00,0.00
        404 Wynagrodzenia,PLN,0.00,0.00,8000.00,0.00,8000.00,0.00
        700 Sprzedaż usług,PLN,0.00,0.00,0.00,10000.00,0.00,10000.00
        802 Kapitał zakładowy,PLN,0.00,0.00,0.00,170000.00,0.00,170000.00
        (conversion),EUR,0.00,0.00,500.00,1000.00,0.00,500.00
        (conversion),PLN,0.00,0.00,4215.00,2130.00,2085.00,0.00
        TOTAL,EUR,0.00,0.00,1500.00,1500.00,500.00,500.00
        TOTAL,PLN,0.00,0.00,198613.00,198613.00,190300.00,190300.00
        """);
  }

  @Test
  void periodByHand() {
    // 2025-01-10..2025-01-20 of syntax-tour.ledger: opening = BO, FV/1, FZ/17; turnover = WB/1, WB/2, WB/3;
    // 231 and 404 (posted 01-31) are not listed.
    //   opening TOTAL PLN Dr 120,000 + 50,000 + 12,300 + 184 + 800 = 183,284 = Cr 984 + 2,300 + 10,000 + 170,000
    //   turnover TOTAL PLN Dr 984 + 2,130 + 4,215 (conversion) = 7,329 = Cr 4,215 + 984 + 2,130 (conversion)
    //   closing TOTAL PLN Dr 120,000 + 51,146 + 8,085 + 184 + 800 + 2,085 = 182,300 = Cr 2,300 + 10,000 + 170,000
    Cli.Result r = Cli.run("trial-balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-10", "--to", "2025-01-20", "--by-commodity", "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(HEADER + "\n" + """
        010 Środki trwałe,PLN,120000.00,0.00,0.00,0.00,120000.00,0.00
        130 Bank:Rachunek bieżący,PLN,50000.00,0.00,2130.00,984.00,51146.00,0.00
        131 Bank:Rachunek walutowy,EUR,0.00,0.00,1000.00,500.00,500.00,0.00
        201 Rozrachunki z odbiorcami,PLN,12300.00,0.00,0.00,4215.00,8085.00,0.00
        202 Rozrachunki z dostawcami,PLN,0.00,984.00,984.00,0.00,0.00,0.00
        221-1 VAT należny,PLN,0.00,2300.00,0.00,0.00,0.00,2300.00
        221-2 VAT naliczony,PLN,184.00,0.00,0.00,0.00,184.00,0.00
        402 Zużycie materiałów,PLN,800.00,0.00,0.00,0.00,800.00,0.00
        700 Sprzedaż usług,PLN,0.00,10000.00,0.00,0.00,0.00,10000.00
        802 Kapitał zakładowy,PLN,0.00,170000.00,0.00,0.00,0.00,170000.00
        (conversion),EUR,0.00,0.00,500.00,1000.00,0.00,500.00
        (conversion),PLN,0.00,0.00,4215.00,2130.00,2085.00,0.00
        TOTAL,EUR,0.00,0.00,1500.00,1500.00,500.00,500.00
        TOTAL,PLN,183284.00,183284.00,7329.00,7329.00,182300.00,182300.00
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void closingBalancesAreHledgersAndDebitsEqualCreditsInEveryCommodity(String journal) {
    Cli.Result r = Cli.run("trial-balance", "--file", Cli.resource("journals/" + journal + ".ledger").toString(),
        "--by-commodity", "--format", "csv");

    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(HEADER);
    Map<String, BigDecimal> closing = new LinkedHashMap<>();
    Map<String, BigDecimal[]> sums = new HashMap<>();
    Map<String, String[]> totals = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      assertThat(f).hasSize(8);
      if (f[0].equals("TOTAL")) {
        totals.put(f[1], f);
        continue;
      }
      assertThat(totals).as("TOTAL rows come last").isEmpty();
      BigDecimal[] s = sums.computeIfAbsent(f[1], c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
          BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      for (int i = 0; i < 6; i++) {
        s[i] = s[i].add(new BigDecimal(f[i + 2]));
      }
      BigDecimal net = new BigDecimal(f[6]).subtract(new BigDecimal(f[7]));
      if (!f[0].equals("(conversion)") && net.signum() != 0) {
        closing.put(f[0] + "," + f[1], net);
      }
    }
    assertThat(totals.keySet()).isEqualTo(sums.keySet());
    totals.forEach((cu, t) -> {
      for (int i = 0; i < 6; i++) {
        assertThat(new BigDecimal(t[i + 2])).as(cu + " " + HEADER.split(",")[i + 2]).isEqualByComparingTo(sums.get(cu)[i]);
      }
      assertThat(t[2]).as(cu + " opening Dr = Cr").isEqualTo(t[3]);
      assertThat(t[4]).as(cu + " turnover Dr = Cr").isEqualTo(t[5]);
      assertThat(t[6]).as(cu + " closing Dr = Cr").isEqualTo(t[7]);
    });
    // the non-zero closing balances are exactly the balances hledger 1.25 and ledger 3.3 print
    StringBuilder expected = new StringBuilder("account,commodity,amount\n");
    closing.forEach((k, v) -> expected.append(k).append(',').append(v.toPlainString()).append('\n'));
    assertThat(expected.toString()).isEqualTo(Cli.text("journals/" + journal + ".balances.csv"));
  }

  @Test
  void aSingleCommodityJournalHasNoConversionRow() throws Exception {
    // the payroll entry of syntax-tour alone
    java.nio.file.Path f = java.nio.file.Files.createTempFile("lp", ".ledger");
    try {
      java.nio.file.Files.writeString(f, "2025-01-31 * (LP/01/2025) Lista płac\n"
          + "    404 Wynagrodzenia  8,000.00 PLN\n    231 Rozrachunki  -8,000.00 PLN\n");
      Cli.Result r = Cli.run("trial-balance", "--file", f.toString(), "--format", "csv");

      assertThat(r.out()).isEqualTo(HEADER + "\n"
          + "231 Rozrachunki,PLN,0.00,0.00,0.00,8000.00,0.00,8000.00\n"
          + "404 Wynagrodzenia,PLN,0.00,0.00,8000.00,0.00,8000.00,0.00\n"
          + "TOTAL,PLN,0.00,0.00,8000.00,8000.00,8000.00,8000.00\n");
    } finally {
      java.nio.file.Files.delete(f);
    }
  }

  @Test
  void jsonRowsHoldTheCsvColumnsAsStrings() throws Exception {
    Cli.Result csv = Cli.run("trial-balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-10", "--format", "csv");
    Cli.Result json = Cli.run("trial-balance", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-10", "--format", "json");

    assertThat(json.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("report").asText()).isEqualTo("trial-balance");
    StringBuilder rebuilt = new StringBuilder(HEADER).append('\n');
    for (JsonNode row : root.get("rows")) {
      StringBuilder line = new StringBuilder();
      for (String column : HEADER.split(",")) {
        assertThat(row.get(column).isTextual()).as(column).isTrue();
        line.append(line.length() == 0 ? "" : ",").append(row.get(column).asText());
      }
      rebuilt.append(line).append('\n');
    }
    assertThat(rebuilt.toString()).isEqualTo(csv.out());
    assertThat(root.get("checks")).isNotEmpty();
  }

  @Test
  void textAndHtmlShowTheFiguresAndTheChecks() {
    String file = Cli.resource("journals/syntax-tour.ledger").toString();
    Cli.Result text = Cli.run("trial-balance", "--file", file, "--by-commodity", "--format", "text");
    Cli.Result html = Cli.run("trial-balance", "--file", file, "--by-commodity", "--format", "html");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("Trial balance\n")
        .containsPattern("\n\\(conversion\\) +Currency conversion of priced entries +PLN +0\\.00 +0\\.00 +4,215\\.00 +2,130\\.00")
        .containsPattern("\nTotal +PLN +0\\.00 +0\\.00 +198,613\\.00 +198,613\\.00 +198,613\\.00 +198,613\\.00 +190,300\\.00 +190,300\\.00\n")
        .contains("[OK] PLN: debits equal credits").doesNotContain("[FAIL");
    assertThat(html.exitCode()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<td>Total</td><td></td><td>PLN</td>", ">198,613.00<")
        .endsWith("</html>\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7", "prices"})
  void theReportReadWithoutALedgerIsTheLedgersReportForAnyPeriod(String journal) {
    java.nio.file.Path file = journal.equals("prices") ? Cli.own("journals/prices.ledger")
        : Cli.resource("journals/" + journal + ".ledger");
    List<java.time.LocalDate[]> periods = List.of(
        new java.time.LocalDate[] {null, null},
        new java.time.LocalDate[] {java.time.LocalDate.of(2025, 1, 5), null},
        new java.time.LocalDate[] {null, java.time.LocalDate.of(2025, 1, 15)},
        new java.time.LocalDate[] {java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 9, 30)},
        new java.time.LocalDate[] {java.time.LocalDate.of(2024, 11, 1), java.time.LocalDate.of(2025, 2, 28)});
    for (java.time.LocalDate[] p : periods) {
      dev.backoffice.reporting.trialbalance.TrialBalance expected;
      try (dev.backoffice.ledger.Ledger ledger = dev.backoffice.ledger.io.JournalReader.load(file,
          dev.backoffice.ledger.Ledger.builder().clock(java.time.Clock.systemUTC()))) {
        expected = dev.backoffice.examples.conversion.CurrencyConversion.balanced(
            dev.backoffice.reporting.Reports.of(ledger).trialBalance(
                dev.backoffice.reporting.trialbalance.TrialBalanceQuery.builder()
                    .from(java.util.Optional.ofNullable(p[0])).to(java.util.Optional.ofNullable(p[1]))
                    .byCurrency(true).build()), ledger);
      }
      assertThat(TrialBalanceCommand.trialBalance(file, p[0], p[1], null, true)).as("%s %s..%s", journal, p[0], p[1])
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7", "prices"})
  void theBaseCurrencyReportReadWithoutALedgerIsTheLedgersForAnyPeriod(String journal) {
    java.nio.file.Path file = Cli.resource("journals/" + journal + ".ledger");
    List<java.time.LocalDate[]> periods = List.of(
        new java.time.LocalDate[] {null, null},
        new java.time.LocalDate[] {java.time.LocalDate.of(2025, 1, 5), null},
        new java.time.LocalDate[] {null, java.time.LocalDate.of(2025, 1, 15)},
        new java.time.LocalDate[] {java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 9, 30)},
        new java.time.LocalDate[] {java.time.LocalDate.of(2024, 11, 1), java.time.LocalDate.of(2025, 2, 28)});
    for (java.time.LocalDate[] p : periods) {
      String expected;
      try (dev.backoffice.ledger.Ledger ledger = dev.backoffice.ledger.io.JournalReader.load(file,
          dev.backoffice.ledger.Ledger.builder().clock(java.time.Clock.systemUTC()))) {
        expected = csv(dev.backoffice.reporting.Reports.of(ledger).trialBalance(
            dev.backoffice.reporting.trialbalance.TrialBalanceQuery.builder().from(java.util.Optional.ofNullable(p[0]))
                .to(java.util.Optional.ofNullable(p[1])).byCurrency(false).build()));
      }
      assertThat(csv(TrialBalanceCommand.trialBalance(file, p[0], p[1], null, false)))
          .as("%s %s..%s", journal, p[0], p[1]).isEqualTo(expected);
    }
  }

  private static String csv(dev.backoffice.reporting.trialbalance.TrialBalance tb) {
    return dev.backoffice.reporting.render.ReportRenderer.csv().render(tb);
  }

  @Test
  void valueConvertsEveryColumnAtTheLatestPriceOnOrBeforeTheReportDate() {
    // prices.ledger, valued in PLN on its last date 2025-03-01 (a P date): EUR at 4.5000 (the price of that day),
    // USD at 1 / 0.2500 = 4 (only PLN is priced in USD: the inverse, as hledger), CHF has no price and stays.
    //   Assets:Bank:EUR Dr 1,100 EUR x 4.5 = 4,950.00; Assets:Bank:USD Dr 100 USD x 4 = 400.00
    //   Equity:Opening Cr 1,000 EUR x 4.5 + 5,000 PLN + 100 USD x 4 = 9,900.00 PLN, and Cr 10.00 CHF
    //   conversion of "buy EUR" (100 EUR @@ 410 PLN): EUR Cr 100 x 4.5 = 450.00, PLN Dr 410.00 -> closing Cr 40.00
    //   TOTAL PLN Dr 4,950 + 5,000 + 400 + 410 = 10,760 = Cr 410 + 9,900 + 450
    // hledger 1.25 `bal -X PLN` gives the same closing balances (4950, 4590, 400, -9900 PLN and 10 / -10 CHF).
    Cli.Result r = Cli.run("trial-balance", "--file", Cli.own("journals/prices.ledger").toString(),
        "--value", "PLN");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(HEADER + "\n" + """
        Assets:Bank:CHF,CHF,0.00,0.00,10.00,0.00,10.00,0.00
        Assets:Bank:EUR,PLN,0.00,0.00,4950.00,0.00,4950.00,0.00
        Assets:Bank:PLN,PLN,0.00,0.00,5000.00,410.00,4590.00,0.00
        Assets:Bank:USD,PLN,0.00,0.00,400.00,0.00,400.00,0.00
        Equity:Opening,CHF,0.00,0.00,0.00,10.00,0.00,10.00
        Equity:Opening,PLN,0.00,0.00,0.00,9900.00,0.00,9900.00
        (conversion),PLN,0.00,0.00,410.00,450.00,0.00,40.00
        TOTAL,CHF,0.00,0.00,10.00,10.00,10.00,10.00
        TOTAL,PLN,0.00,0.00,10760.00,10760.00,9940.00,9940.00
        """);
  }

  @Test
  void aValuedClosingBalanceIsTheValuedBalanceRoundedOnceAsHledgerShowsIt(@TempDir Path dir) throws IOException {
    // Expenses: Dr 429.29 EUR, Cr 1,107.06 EUR at 4.42: Dr 1,897.4618, Cr 4,893.2052, closing -677.77 EUR
    // = -2,995.7434 PLN, which hledger 1.25 `bal -X PLN` shows and which rounds to Cr 2,995.74. Rounding the two
    // turnovers apart (1,897.46 and 4,893.21) would close at 2,995.75; the credits take the cent instead (4,893.20),
    // and Equity's, the mirror, 1,897.47: the TOTAL row still balances (6,790.67 both sides, 2,995.74 closing).
    Path f = Files.writeString(dir.resolve("valued.ledger"), "P 2025-01-01 EUR 4.4200 PLN\n\n"
        + "2025-01-02 a\n    Expenses  429.29 EUR\n    Equity\n\n2025-01-02 b\n    Equity  1107.06 EUR\n    Expenses\n");
    Cli.Result r = Cli.run("trial-balance", "--file", f.toString(), "--value", "PLN");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(HEADER + "\n" + """
        Equity,PLN,0.00,0.00,4893.21,1897.47,2995.74,0.00
        Expenses,PLN,0.00,0.00,1897.46,4893.20,0.00,2995.74
        TOTAL,PLN,0.00,0.00,6790.67,6790.67,2995.74,2995.74
        """);
  }

  @Test
  void anUnknownValueCommodityIsBadUsage() {
    Cli.Result r = Cli.run("trial-balance", "--file", Cli.own("journals/prices.ledger").toString(),
        "--value", "XYZ");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("XYZ");
  }
}
