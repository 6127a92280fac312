package dev.backoffice.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.OfflineSchemas;
import dev.backoffice.core.testing.SharedData;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.jpk.JpkV7Config;
import dev.backoffice.reporting.jpk.JpkV7Summary;
import dev.backoffice.reporting.jpk.JpkV7Variant;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The demo month's VAT: its four invoices ({@link SmallCompanyMonth#invoices}) in the registers of January 2025, and
 * in JPK_V7M(3) / JPK_V7K(3) files — which the schema accepts from 2026 only (Rok ≥ 2026, creation from
 * 2026-02-01), so the files are made from the same invoices dated January 2026 — validated against the Ministry's
 * schemas. By hand: sales 23 % net 20,000 + 8,000 = 28,000, VAT 4,600 + 1,840 = 6,440; purchases net 2,000 + 800 =
 * 2,800, VAT 460 + 184 = 644; tax to pay 6,440 − 644 = 5,796.
 */
class DemoJpkV7Test {
  private static final Clock FEBRUARY_2026 = Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC);
  private static final Clock APRIL_2026 = Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneOffset.UTC);

  private static Ledger ledger(int year) {
    Ledger l = Ledger.builder().clock(FEBRUARY_2026).chart(PolishChartOfAccounts.template()).build();
    for (JournalEntry e : SmallCompanyMonth.invoices(year)) {
      l.post(e);
    }
    return l;
  }

  private static JpkV7Config config(JpkV7Variant variant) {
    return JpkV7Config.builder().nip("5261040828").fullName("Przykład sp. z o.o.").email("biuro@przyklad.pl")
        .taxOffice("1435").variant(variant).build();
  }

  @Test
  void theDemoMonthsRegisters() {
    Reports reports = Reports.of(ledger(2025));
    VatRegister sales = reports.vatRegister(VatRegisterKind.SALES, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    VatRegister purchases = reports.vatRegister(VatRegisterKind.PURCHASES, LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 1, 31));

    assertThat(sales.field("K_19").getAmount()).isEqualByComparingTo("28000.00");
    assertThat(sales.field("K_20").getAmount()).isEqualByComparingTo("6440.00");
    assertThat(purchases.field("K_42").getAmount()).isEqualByComparingTo("2800.00");
    assertThat(purchases.field("K_43").getAmount()).isEqualByComparingTo("644.00");
    assertThat(sales.allChecksPassed() && purchases.allChecksPassed()).isTrue();
  }

  @Test
  void monthlyFileOfTheDemoInvoicesValidates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JpkV7Summary s = Reports.builder(ledger(2026)).clock(FEBRUARY_2026).build()
        .writeJpkV7(YearMonth.of(2026, 1), config(JpkV7Variant.MONTHLY), out);

    OfflineSchemas.validate(SharedData.require("jpk-v7/xsd/Schemat_JPK_V7M(3)_v1-0E.xsd"), out.toByteArray());
    keepForXmllint("demo-jpk-v7m-2026-01.xml", out.toByteArray());
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("<P_19>28000</P_19>")
        .contains("<P_20>6440</P_20>").contains("<P_42>2800</P_42>").contains("<P_43>644</P_43>")
        .contains("<P_51>5796</P_51>").contains("<LiczbaWierszySprzedazy>2</LiczbaWierszySprzedazy>")
        .contains("<LiczbaWierszyZakupow>2</LiczbaWierszyZakupow>");
    assertThat(s.declaration().orElseThrow().taxDue()).isEqualTo(5796);
  }

  @Test
  void quarterlyFilesOfTheDemoInvoicesValidate() throws Exception {
    Reports reports = Reports.builder(ledger(2026)).clock(APRIL_2026).build();
    ByteArrayOutputStream january = new ByteArrayOutputStream();
    ByteArrayOutputStream march = new ByteArrayOutputStream();
    reports.writeJpkV7(YearMonth.of(2026, 1), config(JpkV7Variant.QUARTERLY), january);
    reports.writeJpkV7(YearMonth.of(2026, 3), config(JpkV7Variant.QUARTERLY), march);

    var xsd = SharedData.require("jpk-v7/xsd/Schemat_JPK_V7K(3)_v1-0E.xsd");
    OfflineSchemas.validate(xsd, january.toByteArray());
    OfflineSchemas.validate(xsd, march.toByteArray());
    keepForXmllint("demo-jpk-v7k-2026-03.xml", march.toByteArray());
    // January: the register only; March: no rows, and VAT-7K of the first quarter with January's figures
    assertThat(new String(january.toByteArray(), StandardCharsets.UTF_8)).doesNotContain("<Deklaracja>")
        .contains("<PodatekNalezny>6440.00</PodatekNalezny>");
    assertThat(new String(march.toByteArray(), StandardCharsets.UTF_8)).contains("<Kwartal>1</Kwartal>")
        .contains("<P_51>5796</P_51>").contains("<LiczbaWierszySprzedazy>0</LiczbaWierszySprzedazy>");
  }

  /** The file, for a manual check with xmllint, in target/ when the build runs here. */
  private static void keepForXmllint(String name, byte[] xml) throws java.io.IOException {
    java.nio.file.Path target = java.nio.file.Path.of("target");
    if (java.nio.file.Files.isDirectory(target)) {
      java.nio.file.Files.write(target.resolve(name), xml);
    }
  }
}
