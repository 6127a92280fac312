package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import dev.backoffice.reporting.jpk.JpkSummary;
import dev.backoffice.reporting.render.ReportRenderer;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The path of the command-line tool: a journal file loaded into a ledger, then its trial balance and JPK_KR.
 * The closing balances are compared with those hledger 1.25 and ledger 3.3 computed for the same files
 * ({@code *.balances.csv}, see {@code shared/data/journals/README.md} beside the repository).
 */
class JournalFileTest {
  private static Ledger load(String name) throws Exception {
    Path file = SharedData.require("journals/" + name + ".ledger");
    return JournalReader.load(file, Ledger.builder().clock(Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC)));
  }

  private static Map<String, String> hledger(String name) throws Exception {
    Path file = SharedData.require("journals/" + name + ".balances.csv");
    Map<String, String> out = new TreeMap<>();
    for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(file))) {
      out.put(r.get("account") + " | " + r.get("commodity"), r.get("amount"));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void closingBalancesEqualThoseOfHledgerAndLedgerCli(String name) throws Exception {
    TrialBalance tb = Reports.of(load(name)).trialBalance(null, null);
    Map<String, String> ours = new TreeMap<>();
    for (TrialBalanceRow r : tb.rows()) {
      if (!r.closing().net().isZero()) {
        ours.put(r.account() + " | " + r.currency().getCode(), r.closing().net().getAmount().toPlainString());
      }
    }
    assertThat(ours).isEqualTo(hledger(name));
    // the turnover always equals the journal; with @ and @@ prices a currency's own debits and credits differ
    // (an entry balances through its costs), and the check says so rather than hide it
    assertThat(tb.checks()).filteredOn(c -> c.code().startsWith("turnover-equals-journal")).allMatch(Check::passed);
    assertThat(tb.checks()).filteredOn(c -> !c.passed()).allMatch(c -> c.english().contains("entries with a cost in another currency"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void csvOfTheTrialBalanceAndTheJpkFilesOfAYear(String name) throws Exception {
    Reports reports = Reports.builder(load(name)).clock(Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC)).build();
    String csv = ReportRenderer.csv().render(reports.trialBalance(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(csv).startsWith("account,commodity,opening_debit,opening_credit,turnover_debit,turnover_credit,closing_debit,closing_credit\n");
    assertThat(records(csv)).anyMatch(r -> r.get(0).equals("TOTAL") && r.get(1).equals("PLN"));
    for (JpkSchema schema : JpkSchema.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JpkSummary s = reports.writeJpkKr(schema, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
          JpkConfig.of("1234563218", "Przykład sp. z o.o."), out);
      JpkSchemas.validate(schema, out.toByteArray());
      assertThat(s.debitTotal()).isEqualTo(s.creditTotal());
    }
  }

  private static Iterable<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }
}
