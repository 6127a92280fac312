package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.OfflineSchemas;
import dev.backoffice.core.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vat-register}, {@code jpk-v7} and {@code financial-statement} on journal files. */
class VatCommandsTest {
  private static final String SYNTAX_TOUR = Cli.resource("journals/syntax-tour.ledger").toString();

  @Test
  void vatRegisterSaysWhichEntriesMoveTheVatAccountWithoutVatData() {
    // syntax-tour.ledger has no VAT tags; its 221 subtree moves by 221-1 Cr 2,300 (FV/1) and 221-2 Dr 184 (FZ/17)
    Cli.Result r = Cli.run("vat-register", "--file", SYNTAX_TOUR, "--from", "2025-01-01", "--to", "2025-01-31",
        "--kind", "sales", "--format", "text");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("VAT register of sales\n").contains("Output tax 0.00")
        .contains("[FAILED] output tax of the register 0.00 does not equal the turnover of 221 (credit minus debit) "
            + "2116.00; entries on 221 without VAT data: ")
        .contains("E2 (FV/1/2025) 2300.00, E3 (FZ/17) -184.00");
    Cli.Result csv = Cli.run("vat-register", "--file", SYNTAX_TOUR, "--from", "2025-01-01", "--to", "2025-01-31",
        "--kind", "purchases");
    assertThat(csv.out()).isEqualTo(
        "lp,document,issue_date,receipt_date,partner,partner_country,partner_name,rate,base,tax\n");
  }

  @Test
  void vatRegisterRejectsBadUsage() {
    assertThat(Cli.run("vat-register", "--file", SYNTAX_TOUR, "--from", "2025-01-31", "--to", "2025-01-01",
        "--kind", "sales").exitCode()).isEqualTo(2);
    assertThat(Cli.run("vat-register", "--file", SYNTAX_TOUR, "--from", "2025-01-01", "--to", "2025-01-31",
        "--kind", "rental").exitCode()).isEqualTo(2);
    assertThat(Cli.run("vat-register", "--file", SYNTAX_TOUR, "--from", "2025-01-01", "--to", "2025-01-31",
        "--kind", "sales", "--format", "html").exitCode()).isEqualTo(2);
  }

  @Test
  void jpkV7OfAJournalValidates(@TempDir Path dir) throws Exception {
    // a journal of January 2026 without VAT tags: empty registers, a declaration of zeros, a valid file
    Path journal = dir.resolve("jan.ledger");
    Files.writeString(journal, "2026-01-15 * (WB/1/2026) Wpłata\n    130  1000.00 PLN\n    800  -1000.00 PLN\n");
    Cli.Result m = Cli.run("jpk-v7", "--file", journal.toString(), "--month", "2026-01", "--nip", "5261040828",
        "--name", "Przykład sp. z o.o.", "--tax-office", "1435", "--email", "biuro@przyklad.pl");
    Cli.Result k = Cli.run("jpk-v7", "--file", journal.toString(), "--quarter", "2026-1", "--nip", "5261040828",
        "--name", "Przykład sp. z o.o.", "--tax-office", "1435", "--email", "biuro@przyklad.pl");

    assertThat(m.exitCode()).as(m.err()).isZero();
    assertThat(k.exitCode()).as(k.err()).isZero();
    OfflineSchemas.validate(SharedData.require("jpk-v7/xsd/Schemat_JPK_V7M(3)_v1-0E.xsd"),
        m.out().getBytes(StandardCharsets.UTF_8));
    OfflineSchemas.validate(SharedData.require("jpk-v7/xsd/Schemat_JPK_V7K(3)_v1-0E.xsd"),
        k.out().getBytes(StandardCharsets.UTF_8));
    assertThat(m.out()).contains("<Miesiac>1</Miesiac>").contains("<P_51>0</P_51>");
    assertThat(k.out()).contains("<Miesiac>3</Miesiac>").contains("<Kwartal>1</Kwartal>");
  }

  @Test
  void jpkV7RejectsBadUsageAndBadData(@TempDir Path dir) throws Exception {
    Path journal = dir.resolve("jan.ledger");
    Files.writeString(journal, "2026-01-15 * Wpłata\n    130  1000.00 PLN\n    800  -1000.00 PLN\n");
    String[] common = {"--nip", "5261040828", "--name", "X", "--tax-office", "1435", "--email", "a@b.pl"};

    Cli.Result both = Cli.run(concat(new String[] {"jpk-v7", "--file", journal.toString(), "--month", "2026-01",
        "--quarter", "2026-1"}, common));
    Cli.Result badVariant = Cli.run(concat(new String[] {"jpk-v7", "--file", journal.toString(), "--quarter", "2026-1",
        "--variant", "m"}, common));
    Cli.Result badMonth = Cli.run(concat(new String[] {"jpk-v7", "--file", journal.toString(), "--month", "2026-13"},
        common));
    Cli.Result before = Cli.run(concat(new String[] {"jpk-v7", "--file", journal.toString(), "--month", "2025-12"},
        common));
    Cli.Result badNip = Cli.run("jpk-v7", "--file", journal.toString(), "--month", "2026-01", "--nip", "5261040829",
        "--name", "X", "--tax-office", "1435", "--email", "a@b.pl");

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(badVariant.exitCode()).isEqualTo(2);
    assertThat(badMonth.exitCode()).isEqualTo(2);
    assertThat(before.exitCode()).isEqualTo(1);
    assertThat(before.err()).contains("2025-12").doesNotContain("\tat ");
    assertThat(badNip.exitCode()).isNotZero();
    assertThat(badNip.err()).contains("--nip");
  }

  @Test
  void financialStatementsOfAYear() {
    Cli.Result cash = Cli.run("financial-statement", "--file", SYNTAX_TOUR, "--year", "2025", "--kind", "cash-flow");
    Cli.Result direct = Cli.run("financial-statement", "--file", SYNTAX_TOUR, "--year", "2025", "--kind", "cash-flow",
        "--variant", "direct", "--format", "csv");
    Cli.Result balance = Cli.run("financial-statement", "--file", SYNTAX_TOUR, "--year", "2025", "--kind",
        "balance-sheet", "--format", "json");
    Cli.Result bad = Cli.run("financial-statement", "--file", SYNTAX_TOUR, "--year", "2025", "--kind", "cash-flow",
        "--variant", "cost-of-sales");

    assertThat(cash.exitCode()).as(cash.err()).isZero();
    // syntax-tour's cash: 130 ends at 51,146 and 131 at 2,085 (its euros at their PLN cost): E = 53,231
    assertThat(cash.out()).startsWith("Cash-flow statement (indirect method)\n")
        .containsPattern("\nE\\. Balance-sheet change in cash +53,231\\.00\n")
        .contains("[OK] 2025: Total net cash flows (A.III ± B.III ± C.III) 53231.00 = Balance-sheet change in cash 53231.00");
    assertThat(direct.exitCode()).as(direct.err()).isZero();
    assertThat(direct.out()).contains("E,").contains("53231.00");
    assertThat(balance.exitCode()).as(balance.err()).isZero();
    assertThat(balance.out()).contains("\"report\"");
    assertThat(bad.exitCode()).isEqualTo(2);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
