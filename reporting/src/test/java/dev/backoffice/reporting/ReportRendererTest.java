package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.render.Format;
import dev.backoffice.reporting.render.RenderOptions;
import dev.backoffice.reporting.render.ReportRenderer;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The renderers' contracts: the trial-balance CSV of the command line, quoting, number formats, JSON amounts. */
class ReportRendererTest {

  /** The fixture plus a euro account with a euro receipt, so the trial balance has two currencies. */
  private static TrialBalance twoCurrencies() {
    Ledger ledger = FixtureCompany.ledger();
    ledger.openAccount(Account.of("132", "Rachunek walutowy, EUR", AccountType.ASSET));
    ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 3, 31))
        .document(DocumentRef.of("WB", "WB/EUR/1", LocalDate.of(2025, 3, 31)))
        .description("Wpłata \"zaliczki\", EUR")
        .addLines(JournalLine.debit("132", Monies.of("EUR", "100.00")), JournalLine.credit("240", Monies.of("EUR", "100.00")))
        .build());
    return Reports.of(ledger).trialBalance(FixtureCompany.Q1_START, FixtureCompany.Q1_END);
  }

  @Test
  void trialBalanceCsvIsTheCommandLineContract() throws IOException {
    String csv = ReportRenderer.csv().render(twoCurrencies());
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(String.join(",", records.get(0).toList())).isEqualTo(
        "account,commodity,opening_debit,opening_credit,turnover_debit,turnover_credit,closing_debit,closing_credit");
    assertThat(csv).contains("\n132,EUR,0.00,0.00,100.00,0.00,100.00,0.00\n");
    List<CSVRecord> totals = records.stream().filter(r -> r.get(0).equals("TOTAL")).toList();
    assertThat(totals).extracting(r -> r.get(1)).containsExactly("EUR", "PLN");
    assertThat(totals.get(1).toList()).containsExactly("TOTAL", "PLN", "0.00", "0.00", "187061.17", "187061.17", "94450.00", "94450.00");
    // in each commodity the debit totals equal the credit totals, and the rows add up to them
    for (CSVRecord t : totals) {
      assertThat(t.get(2)).isEqualTo(t.get(3));
      assertThat(t.get(4)).isEqualTo(t.get(5));
      assertThat(t.get(6)).isEqualTo(t.get(7));
      Map<Integer, BigDecimal> sums = new HashMap<>();
      records.stream().skip(1).filter(r -> !r.get(0).equals("TOTAL") && r.get(1).equals(t.get(1)))
          .forEach(r -> {
            for (int c = 2; c < 8; c++) {
              sums.merge(c, new BigDecimal(r.get(c)), BigDecimal::add);
            }
          });
      for (int c = 2; c < 8; c++) {
        assertThat(sums.get(c)).isEqualByComparingTo(t.get(c));
      }
    }
    assertThat(csv).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndJsonKeepsAmountsExact() throws IOException {
    Ledger ledger = FixtureCompany.ledger();
    ledger.openAccount(Account.of("132", "Rachunek walutowy, EUR", AccountType.ASSET));
    ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 3, 31)).description("Wpłata \"zaliczki\", EUR")
        .addLines(JournalLine.debit("132", pln("0.10")), JournalLine.credit("240", pln("0.10"))).build());
    Reports reports = Reports.of(ledger);
    String csv = ReportRenderer.csv().render(reports.accountStatement("132", Monies.PLN, null, null));
    assertThat(csv).contains(",\"Wpłata \"\"zaliczki\"\", EUR\",240,0.10,0.00,0.10\n");
    JsonNode json = new ObjectMapper().readTree(ReportRenderer.json().render(reports.trialBalance(null, FixtureCompany.Q1_END)));
    assertThat(json.get("report").asText()).isEqualTo("trial-balance");
    JsonNode bank = json.get("rows").get(2);
    assertThat(bank.get("account").asText()).isEqualTo("130");
    assertThat(bank.get("closing_debit").isTextual()).isTrue();
    assertThat(bank.get("closing_debit").asText()).isEqualTo("44605.00");
    assertThat(json.get("checks").get(0).get("passed").asBoolean()).isTrue();
  }

  @Test
  void textUsesTheLocalesNumbersAndTheLanguagesLabels() {
    TrialBalance tb = Reports.of(FixtureCompany.ledger()).trialBalance(FixtureCompany.Q1_START, FixtureCompany.Q1_END);
    String pl = ReportRenderer.text(RenderOptions.polish()).render(tb);
    String en = ReportRenderer.text(RenderOptions.english()).render(tb);
    assertThat(pl).startsWith("Zestawienie obrotów i sald\n").contains("187 061,17").contains("Razem").contains("[OK]");
    assertThat(en).startsWith("Trial balance\n").contains("187,061.17").contains("Total").contains("Closing Cr");
    String html = ReportRenderer.html(RenderOptions.polish()).render(tb);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"pl\">").contains("187\u00a0061,17")
        .doesNotContain("<script").doesNotContain("http://").contains("@media print");
    assertThat(ReportRenderer.of(Format.HTML, RenderOptions.english()).fileExtension()).isEqualTo("html");
  }

  @Test
  void failedChecksAreShownAsFailures() {
    Ledger ledger = FixtureCompany.ledger();
    ledger.openAccount(Account.of("245", "Rozrachunki różne", AccountType.ASSET));
    FixtureCompany.post(ledger, "2025-03-31", "PK", "PK/9", "x", FixtureCompany.dr("245", "10.00"), FixtureCompany.cr("130", "10.00"));
    var bilans = Reports.of(ledger).balanceSheet(List.of(FixtureCompany.Q1_END));
    assertThat(bilans.checks()).anyMatch(c -> !c.passed());
    assertThat(ReportRenderer.text(RenderOptions.polish()).render(bilans)).contains("[BŁĄD] 2025-03-31: konta bez reguły przypisania: 245");
    assertThat(ReportRenderer.text(RenderOptions.english()).render(bilans)).contains("[FAILED]");
    assertThat(ReportRenderer.html(RenderOptions.polish()).render(bilans)).contains("<li class=\"failed\">");
  }

  @Test
  void aReportOfAnotherModuleAndAFailingWriterGiveClearErrors() {
    assertThatThrownBy(() -> ReportRenderer.csv().render(() -> com.google.common.collect.ImmutableList.<Check>of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be a report of the reporting module");
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    TrialBalance tb = Reports.of(FixtureCompany.ledger()).trialBalance(null, null);
    assertThatThrownBy(() -> ReportRenderer.csv().render(tb, broken))
        .isInstanceOf(BackOfficeException.class).hasMessageContaining("disk full");
  }
}
