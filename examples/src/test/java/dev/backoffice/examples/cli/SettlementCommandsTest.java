package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.io.JournalReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code open-items}, {@code reconcile} and {@code pay} on small journals and an MT940 statement. */
class SettlementCommandsTest {
  private static final String UNTAGGED = """
      2025-01-10 (FV/1/2025) Sale
          201  1230.00 PLN
          700  -1230.00 PLN

      2025-01-20 Payment
          130  500.00 PLN
          201  -500.00 PLN
      """;

  static final String TAGGED = """
      2025-01-10 (FV/1/2025) Klient A
          201  1230.00 PLN  ; partner: 5261040828, doc: FV/1/2025, due: 2025-01-24
          700  -1230.00 PLN

      2025-01-12 (FZ/5/2025) Serwis IT
          402  800.00 PLN
          202  -800.00 PLN  ; partner: 7740001454, doc: FZ/5/2025, due: 2025-02-11, iban: PL61109010140000071219812874

      2025-01-15 Untagged sale
          201  100.00 PLN
          700  -100.00 PLN

      2025-01-20 (WB/1/2025) Klient A pays
          130  500.00 PLN
          201  -500.00 PLN  ; partner: 5261040828, doc: FV/1/2025
      """;

  /** One statement line: 730.00 PLN in, titled with the invoice. */
  static final String MT940 = ":20:REF\n:25:PL27114020040000300201355387\n:28C:5/1\n:60F:C250120PLN10000,00\n"
      + ":61:2501210121C730,00NTRFNONREF//B1\n:86:Zaplata FV/1/2025\n:62F:C250121PLN10730,00\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** The journal reader fills posting tags from comments once the grammar work is merged; until then, skip. */
  private static void assumeTagsAreRead(Path journal) {
    boolean read = JournalReader.read(journal).transactions().get(0).entry().lines().get(0).tags().has("partner");
    Assumptions.assumeTrue(read, "the journal reader does not read comment tags yet: tagged-journal test skipped");
  }

  @Test
  void openItemsOfAnUntaggedJournalGatherOnTheAccount() throws IOException {
    Path j = write("u.journal", UNTAGGED);
    Cli.Result r = Cli.run("open-items", "--file", j.toString(), "--as-of", "2025-02-28");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // 1,230.00 − 500.00 = 730.00 open; due = the invoice's date, 2025-01-10 → 2025-02-28 is 21 + 28 = 49 days
    assertThat(r.out()).isEqualTo(OpenItemsCommand.HEADER + "\n201,,,2025-01-10,PLN,1230.00,730.00,730.00,49,31-60\n");
    assertThat(Cli.run("open-items", "--file", j.toString(), "--as-of", "2025-01-15").out())
        .endsWith("201,,,2025-01-10,PLN,1230.00,1230.00,1230.00,5,1-30\n");
    assertThat(Cli.run("open-items", "--file", j.toString(), "--format", "json").out())
        .contains("\"open\": \"730.00\"").contains("\"days_overdue\": 10"); // as of the last date, 2025-01-20
    assertThat(Cli.run("open-items", "--file", j.toString(), "--format", "text").out().split("\n")[1].split("\\s+"))
        .containsExactly("201", "2025-01-10", "PLN", "1230.00", "730.00", "730.00", "10", "1-30");
  }

  @Test
  void openItemsOfATaggedJournal() throws IOException {
    Path j = write("t.journal", TAGGED);
    assumeTagsAreRead(j);
    Cli.Result r = Cli.run("open-items", "--file", j.toString(), "--as-of", "2025-02-28");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // days: 2025-01-15 → 02-28 = 16 + 28 = 44; 01-24 → 02-28 = 7 + 28 = 35; 02-11 → 02-28 = 17
    assertThat(r.out()).isEqualTo(OpenItemsCommand.HEADER + "\n"
        + "201,,,2025-01-15,PLN,100.00,100.00,100.00,44,31-60\n"
        + "201,5261040828,FV/1/2025,2025-01-24,PLN,1230.00,730.00,730.00,35,31-60\n"
        + "202,7740001454,FZ/5/2025,2025-02-11,PLN,-800.00,-800.00,-800.00,17,1-30\n");
  }

  @Test
  void reconcileSendsWhatItCannotMatchToSuspense() throws IOException {
    Path j = write("u.journal", UNTAGGED);
    Path s = write("s.sta", MT940);
    Cli.Result csv = Cli.run("reconcile", "--file", j.toString(), "--statement", s.toString());
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out()).isEqualTo(ReconcileCommand.HEADER + "\n5/1,1,2025-01-21,730.00,PLN,NONE,0,unmatched,,0.00,\n");
    // the postings carry tags (statement-line, doc), which the journal writer keeps once tags are in the grammar
    assumeTagsAreRead(write("t.journal", TAGGED));
    Cli.Result ledger = Cli.run("reconcile", "--file", j.toString(), "--statement", s.toString(), "--format", "ledger");
    assertThat(ledger.exitCode()).as(ledger.err()).isZero();
    assertThat(ledger.out()).contains("2025-01-21 (WB/5/1/1)").contains("249").contains("730.00");
  }

  @Test
  void reconcileMatchesTheInvoiceInTheTitle() throws IOException {
    Path j = write("t.journal", TAGGED);
    assumeTagsAreRead(j);
    Path s = write("s.sta", MT940);
    Cli.Result csv = Cli.run("reconcile", "--file", j.toString(), "--statement", s.toString());
    assertThat(csv.out()).endsWith("5/1,1,2025-01-21,730.00,PLN,DOCUMENT_IN_TITLE,0.95,accepted,FV/1/2025=730.00,0.00,\n");
    Cli.Result ledger = Cli.run("reconcile", "--file", j.toString(), "--statement", s.toString(), "--format", "ledger");
    assertThat(ledger.out()).contains("201").contains("FV/1/2025").doesNotContain("249");
  }

  @Test
  void payPrintsTheBatchOfWhatIsDue() throws IOException {
    Path j = write("t.journal", TAGGED);
    assumeTagsAreRead(j);
    Cli.Result r = Cli.run("pay", "--file", j.toString(), "--due-by", "2025-02-28", "--debtor-iban",
        "PL27114020040000300201355387", "--format", "pain001");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("<EndToEndId>FZ/5/2025</EndToEndId>").contains("<CtrlSum>800.00</CtrlSum>");
    Cli.Result elixir = Cli.run("pay", "--file", j.toString(), "--due-by", "2025-02-28", "--debtor-iban",
        "PL27114020040000300201355387", "--format", "elixir");
    assertThat(elixir.out()).startsWith("110,20250228,80000,");
  }

  @Test
  void nothingDueIsADomainErrorAndAWrongIbanBadUsage() throws IOException {
    Path j = write("u.journal", UNTAGGED);
    Cli.Result none = Cli.run("pay", "--file", j.toString(), "--due-by", "2025-02-28", "--debtor-iban",
        "PL27114020040000300201355387", "--format", "pain001");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).startsWith("backoffice pay: no payable due by 2025-02-28");
    Cli.Result bad = Cli.run("pay", "--file", j.toString(), "--due-by", "2025-02-28", "--debtor-iban",
        "PL27114020040000300201355388", "--format", "pain001");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(Cli.run("open-items", "--file", dir.resolve("missing.journal").toString()).exitCode()).isEqualTo(1);
    assertThat(Cli.run("open-items", "--file", j.toString(), "--format", "html").exitCode()).isEqualTo(2);
    assertThat(Cli.run("reconcile", "--file", j.toString(), "--statement", j.toString(), "--format", "xml").exitCode())
        .isEqualTo(2);
  }
}
