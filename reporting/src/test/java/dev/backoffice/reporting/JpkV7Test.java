package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.reporting.jpk.JpkV7Config;
import dev.backoffice.reporting.jpk.JpkV7Summary;
import dev.backoffice.reporting.jpk.JpkV7Variant;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * JPK_V7M(3) and JPK_V7K(3) of {@link VatFixture}, validated against the Ministry's schemas (shared data, offline
 * catalog); the figures are those derived by hand in {@link VatRegisterTest}.
 */
class JpkV7Test {
  static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

  static JpkV7Config config(JpkV7Variant variant) {
    return JpkV7Config.builder().nip("526-104-08-28").fullName("Przykład sp. z o.o.").email("biuro@przyklad.pl")
        .taxOffice("1435").variant(variant).build();
  }

  static byte[] write(Reports reports, YearMonth month, JpkV7Config config) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.writeJpkV7(month, config, out);
    return out.toByteArray();
  }

  @Test
  void monthlyFileIsValidAndCarriesTheHandCheckedFigures() throws Exception {
    Reports reports = Reports.builder(VatFixture.ledger()).clock(MARCH).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JpkV7Summary summary = reports.writeJpkV7(YearMonth.of(2026, 2), config(JpkV7Variant.MONTHLY), out);
    byte[] xml = out.toByteArray();

    JpkV7Schemas.validate(JpkV7Variant.MONTHLY, xml);
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("target"))) {
      java.nio.file.Files.write(java.nio.file.Path.of("target", "jpk-v7m-2026-02-fixture.xml"), xml); // for xmllint
    }
    String s = new String(xml, StandardCharsets.UTF_8);
    assertThat(s).contains("<KodFormularza kodSystemowy=\"JPK_V7M (3)\" wersjaSchemy=\"1-0E\">JPK_VAT</KodFormularza>")
        .contains("<DataWytworzeniaJPK>2026-03-10T10:00:00+01:00</DataWytworzeniaJPK>")
        .contains("<Rok>2026</Rok>").contains("<Miesiac>2</Miesiac>").contains("<NIP>5261040828</NIP>")
        .contains("<P_19>9000</P_19>").contains("<P_20>2070</P_20>").contains("<P_37>21800</P_37>")
        .contains("<P_38>2635</P_38>").contains("<P_48>1818</P_48>").contains("<P_51>817</P_51>")
        .contains("<Pouczenia>1</Pouczenia>")
        .contains("<LiczbaWierszySprzedazy>8</LiczbaWierszySprzedazy>").contains("<PodatekNalezny>2635.00</PodatekNalezny>")
        .contains("<LiczbaWierszyZakupow>4</LiczbaWierszyZakupow>").contains("<PodatekNaliczony>1818.03</PodatekNaliczony>");
    // FV/1: KSeF number, sale date before the issue date, GTU_12; K_19/K_20
    assertThat(row(s, "SprzedazWiersz", 1)).contains("<NrKontrahenta>5261040828</NrKontrahenta>")
        .contains("<DataWystawienia>2026-02-03</DataWystawienia>").contains("<DataSprzedazy>2026-02-02</DataSprzedazy>")
        .contains("<NrKSeF>5261040828-20260203-0A1B2C-3D4E5F-6A</NrKSeF>").contains("<GTU_12>1</GTU_12>")
        .contains("<K_19>10000.00</K_19>").contains("<K_20>2300.00</K_20>");
    // FV/3 to Germany: country code apart from the number, K_21; FV/4 to France under reverse charge: TP, K_11, K_12
    assertThat(row(s, "SprzedazWiersz", 3)).contains("<KodKrajuNadaniaTIN>DE</KodKrajuNadaniaTIN>")
        .contains("<NrKontrahenta>123456789</NrKontrahenta>").contains("<BFK>1</BFK>").contains("<K_21>4000.00</K_21>");
    assertThat(row(s, "SprzedazWiersz", 4)).contains("<TP>1</TP>").contains("<K_11>3000.00</K_11>")
        .contains("<K_12>3000.00</K_12>");
    // the correction: negative base and tax
    assertThat(row(s, "SprzedazWiersz", 7)).contains("<DowodSprzedazy>KOR/1/2026</DowodSprzedazy>")
        .contains("<K_19>-1000.00</K_19>").contains("<K_20>-230.00</K_20>");
    // the reverse-charge purchase: output tax K_29/K_30 in sales, input tax K_42/K_43 in purchases
    assertThat(row(s, "SprzedazWiersz", 8)).contains("<K_29>2000.00</K_29>").contains("<K_30>460.00</K_30>");
    assertThat(row(s, "ZakupWiersz", 3)).contains("<NrDostawcy>6388047V</NrDostawcy>")
        .contains("<K_42>2000.00</K_42>").contains("<K_43>460.00</K_43>");
    assertThat(row(s, "ZakupWiersz", 2)).contains("<K_40>5000.00</K_40>").contains("<K_41>1150.00</K_41>");
    assertThat(row(s, "ZakupWiersz", 1)).contains("<DataWplywu>2026-02-07</DataWplywu>");
    assertThat(summary.declaration().orElseThrow().taxDue()).isEqualTo(817);
    assertThat(summary.sales().tax()).isEqualTo(pln("2635.00"));
  }

  @Test
  void quarterlyFilesHaveTheDeclarationOnlyInTheQuartersLastMonth() throws Exception {
    Reports reports = Reports.builder(VatFixture.ledger()).clock(Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"),
        ZoneOffset.UTC)).build();

    byte[] february = write(reports, YearMonth.of(2026, 2), config(JpkV7Variant.QUARTERLY));
    byte[] march = write(reports, YearMonth.of(2026, 3), config(JpkV7Variant.QUARTERLY));

    JpkV7Schemas.validate(JpkV7Variant.QUARTERLY, february);
    JpkV7Schemas.validate(JpkV7Variant.QUARTERLY, march);
    String feb = new String(february, StandardCharsets.UTF_8);
    String mar = new String(march, StandardCharsets.UTF_8);
    assertThat(feb).contains("kodSystemowy=\"JPK_V7K (3)\"").doesNotContain("<Deklaracja>")
        .contains("<LiczbaWierszySprzedazy>8</LiczbaWierszySprzedazy>");
    // March has no invoices: empty registers, and the declaration of the first quarter (February's figures)
    assertThat(mar).contains("<Kwartal>1</Kwartal>").contains("VAT-7K (17)").contains("<P_38>2635</P_38>")
        .contains("<P_51>817</P_51>").contains("<LiczbaWierszySprzedazy>0</LiczbaWierszySprzedazy>")
        .contains("<PodatekNalezny>0.00</PodatekNalezny>");
  }

  @Test
  void aCorrectionFilingCarriesItsPurposeAndReason() throws Exception {
    Reports reports = Reports.builder(VatFixture.ledger()).clock(MARCH).build();
    JpkV7Config correction = JpkV7Config.builder().from(config(JpkV7Variant.MONTHLY)).purpose(2)
        .correctionReason("Korekta: brakująca faktura FZ/12/2026").previousExcess(1000).build();

    byte[] xml = write(reports, YearMonth.of(2026, 2), correction);

    JpkV7Schemas.validate(JpkV7Variant.MONTHLY, xml);
    // P_39 1,000 → P_48 2,818 > P_38 2,635: nothing to pay, 183 carried forward
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<CelZlozenia poz=\"P_7\">2</CelZlozenia>")
        .contains("<P_39>1000</P_39>").contains("<P_51>0</P_51>").contains("<P_53>183</P_53>")
        .contains("<P_62>183</P_62>").contains("<P_ORDZU>Korekta: brakująca faktura FZ/12/2026</P_ORDZU>");
  }

  @Test
  void periodsAndClocksBeforeTheThirdVersionAreRefused() {
    Reports early = Reports.builder(VatFixture.ledger()).clock(Clock.fixed(Instant.parse("2026-01-20T09:00:00Z"),
        ZoneOffset.UTC)).build();
    Reports reports = Reports.builder(VatFixture.ledger()).clock(MARCH).build();

    assertThatThrownBy(() -> write(reports, YearMonth.of(2025, 12), config(JpkV7Variant.MONTHLY)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("month").hasMessageContaining("2025-12");
    assertThatThrownBy(() -> write(early, YearMonth.of(2026, 2), config(JpkV7Variant.MONTHLY)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("creation time");
    assertThatThrownBy(() -> JpkV7Config.builder().nip("5261040829").fullName("X").email("a@b").taxOffice("1435").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("nip");
    assertThatThrownBy(() -> JpkV7Config.builder().nip("5261040828").fullName("X").email("nobody").taxOffice("1435")
        .build()).isInstanceOf(ValidationException.class).hasMessageContaining("email");
  }

  /** The n-th (from 1) element of a name. */
  static String row(String xml, String element, int n) {
    Matcher m = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(xml);
    for (int i = 0; i < n; i++) {
      assertThat(m.find()).as(element + " " + n).isTrue();
    }
    return m.group(1);
  }
}
