package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.reporting.jpk.JpkAddress;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import dev.backoffice.reporting.jpk.JpkSummary;
import dev.backoffice.reporting.jpk.JpkTaxReconciliation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * JPK_KR of the fixture company's first quarter in both schemas: validated against the Ministry's XSDs, control
 * sums derived by hand (19 entries, 52 posting lines, 187,061.17 on each side; 20 accounts).
 */
class JpkKrTest {
  static final JpkConfig CONFIG = JpkConfig.builder()
      .nip("123-456-32-18")
      .fullName("Przykład spółka z ograniczoną odpowiedzialnością")
      .regon("123456785")
      .taxOffice("1435")
      .address(JpkAddress.builder().voivodeship("mazowieckie").county("Warszawa").municipality("Warszawa")
          .street("Świętokrzyska").building("12").flat("3").town("Warszawa").postalCode("00-916").build())
      .operator("Anna Księgowa")
      .putTaxMarker("404", "PD4")
      .taxReconciliation(JpkTaxReconciliation.builder().nonDeductibleCosts(pln("120.50")).build())
      .build();

  private final Ledger ledger = FixtureCompany.ledger();
  private final Reports reports = Reports.builder(ledger)
      .clock(Clock.fixed(FixtureCompany.NOW, ZoneOffset.UTC)).build();

  private byte[] write(JpkSchema schema, LocalDate from, LocalDate to, JpkConfig config) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.writeJpkKr(schema, from, to, config, out);
    return out.toByteArray();
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String text(Element parent, String name) {
    NodeList l = parent.getElementsByTagNameNS("*", name);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent();
  }

  private static Element zois(Document doc, String codeElement, String code, String rowElement) {
    NodeList rows = doc.getElementsByTagNameNS("*", rowElement);
    for (int i = 0; i < rows.getLength(); i++) {
      Element e = (Element) rows.item(i);
      if (text(e, codeElement).equals(code)) {
        return e;
      }
    }
    throw new AssertionError("no " + rowElement + " for " + code);
  }

  @ParameterizedTest
  @EnumSource(JpkSchema.class)
  void bothSchemasValidateAgainstTheOfficialXsd(JpkSchema schema) throws Exception {
    byte[] xml = write(schema, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG);
    JpkSchemas.validate(schema, xml);
    // with the placeholder defaults of the command line (--nip, --name only) the file is still schema-valid
    JpkSchemas.validate(schema, write(schema, FixtureCompany.Q1_START, FixtureCompany.Q1_END,
        JpkConfig.of("1234563218", "Przykład sp. z o.o.")));
  }

  @ParameterizedTest
  @EnumSource(JpkSchema.class)
  void theFileIsTheGoldenFile(JpkSchema schema) throws Exception {
    String actual = new String(write(schema, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG), StandardCharsets.UTF_8);
    java.nio.file.Path golden = RenderGoldenTest.GOLDEN.resolve("jpk-" + schema.name().toLowerCase(java.util.Locale.ROOT) + ".xml");
    if (Boolean.getBoolean("golden.update") || !java.nio.file.Files.exists(golden)) {
      java.nio.file.Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(java.nio.file.Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void jpkKrHasTheHandDerivedControlSums() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JpkSummary s = reports.writeJpkKr(JpkSchema.KR, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG, out);
    assertThat(s.entries()).isEqualTo(19);
    assertThat(s.lines()).isEqualTo(52);
    assertThat(s.accounts()).isEqualTo(20);
    assertThat(s.entriesTotal()).isEqualTo(pln("187061.17"));
    assertThat(s.debitTotal()).isEqualTo(pln("187061.17"));
    assertThat(s.creditTotal()).isEqualTo(pln("187061.17"));
    assertThat(s.warnings()).isEmpty();
    Document doc = parse(out.toByteArray());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://jpk.mf.gov.pl/wzor/2016/03/09/03091/");
    Element form = (Element) root.getElementsByTagNameNS("*", "KodFormularza").item(0);
    assertThat(form.getAttribute("kodSystemowy")).isEqualTo("JPK_KR (1)");
    assertThat(form.getAttribute("wersjaSchemy")).isEqualTo("1-0");
    assertThat(text(root, "DataWytworzeniaJPK")).isEqualTo("2025-04-02T12:00:00+02:00");
    assertThat(text(root, "NIP")).isEqualTo("1234563218");
    assertThat(text(root, "LiczbaWierszyDziennika")).isEqualTo("19");
    assertThat(text(root, "SumaKwotOperacji")).isEqualTo("187061.17");
    assertThat(text(root, "LiczbaWierszyKontoZapisj")).isEqualTo("52");
    assertThat(text(root, "SumaWinien")).isEqualTo("187061.17");
    assertThat(text(root, "SumaMa")).isEqualTo("187061.17");
    Element bank = zois(doc, "KodKonta", "130", "ZOiS");
    assertThat(text(bank, "ObrotyWinien")).isEqualTo("74625.00");
    assertThat(text(bank, "ObrotyMa")).isEqualTo("30020.00");
    assertThat(text(bank, "SaldoWinien")).isEqualTo("44605.00");
    assertThat(text(bank, "TypKonta")).isEqualTo("Bilansowe");
    assertThat(text(bank, "KodZespolu")).isEqualTo("1");
    Element customer = zois(doc, "KodKonta", "201-002", "ZOiS");
    assertThat(text(customer, "KodKategorii")).isEqualTo("201");
    assertThat(text(customer, "OpisKategorii")).isEqualTo("Rozrachunki z odbiorcami");
    // the payroll entry: 12,666 + 1,736.51 + 983.66 + 651 + 2,594 = 18,631.17 on the debit side
    NodeList entries = root.getElementsByTagNameNS("*", "Dziennik");
    Element payroll = (Element) entries.item(5);
    assertThat(text(payroll, "NrZapisuDziennika")).isEqualTo("LP/1/2025");
    assertThat(text(payroll, "RodzajDowodu")).isEqualTo("LP");
    assertThat(text(payroll, "DziennikKwotaOperacji")).isEqualTo("18631.17");
    assertThat(text(payroll, "KodOperatora")).isEqualTo("Anna Księgowa");
    // a credit posting has "null" and 0.00 on the debit side
    Element first = (Element) root.getElementsByTagNameNS("*", "KontoZapis").item(1);
    assertThat(text(first, "KodKontaWinien")).isEqualTo("null");
    assertThat(text(first, "KwotaWinien")).isEqualTo("0.00");
    assertThat(text(first, "KodKontaMa")).isEqualTo("800");
    assertThat(text(first, "KwotaMa")).isEqualTo("50000.00");
  }

  @Test
  void jpkKrPdNestsOneSidedPostingsInTheirEntryAndCarriesMarkersAndRpd() throws Exception {
    byte[] xml = write(JpkSchema.KR_PD, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG);
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://jpk.mf.gov.pl/wzor/2024/09/04/09041/");
    Element form = (Element) root.getElementsByTagNameNS("*", "KodFormularza").item(0);
    assertThat(form.getAttribute("wersjaSchemy")).isEqualTo("1-1");
    assertThat(text(root, "RokDataOd")).isEqualTo("2025-01-01");
    assertThat(text(root, "RokDataDo")).isEqualTo("2025-12-31");
    assertThat(root.getElementsByTagNameNS("*", "ZOiS7").getLength()).isEqualTo(20);
    Element bank = zois(doc, "S_1", "130", "ZOiS7");
    assertThat(text(bank, "S_6")).isEqualTo("74625.00");
    assertThat(text(bank, "S_10")).isEqualTo("44605.00");
    assertThat(text(bank, "S_12_1")).isEqualTo("BABIII1c1_SPKR");
    assertThat(text(zois(doc, "S_1", "201-001", "ZOiS7"), "S_3")).isEqualTo("201");
    assertThat(text(zois(doc, "S_1", "404", "ZOiS7"), "S_12_3")).isEqualTo("PD4");
    NodeList entries = root.getElementsByTagNameNS("*", "Dziennik");
    assertThat(entries.getLength()).isEqualTo(19);
    Element payroll = (Element) entries.item(5);
    NodeList postings = payroll.getElementsByTagNameNS("*", "KontoZapis");
    assertThat(postings.getLength()).isEqualTo(10);
    for (int i = 0; i < postings.getLength(); i++) {
      Element z = (Element) postings.item(i);
      int sides = z.getElementsByTagNameNS("*", "Z_4").getLength() + z.getElementsByTagNameNS("*", "Z_7").getLength();
      assertThat(sides).isEqualTo(1);
    }
    assertThat(text(root, "C_1")).isEqualTo("19");
    assertThat(text(root, "C_2")).isEqualTo("187061.17");
    assertThat(text(root, "C_3")).isEqualTo("52");
    assertThat(text(root, "C_4")).isEqualTo("187061.17");
    assertThat(text(root, "C_5")).isEqualTo("187061.17");
    assertThat(text(root, "K_4")).isEqualTo("120.50");
    assertThat(text(root, "K_1")).isEqualTo("0.00");
  }

  @Test
  void foreignCurrencyLinesCarryTheirAmountAndCurrencyBesideThePlnValue() throws Exception {
    ledger.openAccount(Account.of("132", "Rachunek walutowy EUR", AccountType.ASSET));
    ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 3, 31))
        .document(DocumentRef.of("WB", "WB/EUR/1", LocalDate.of(2025, 3, 31)))
        .description("Wpłata w euro")
        .addLines(JournalLine.builder().account("132").side(dev.backoffice.ledger.entry.Side.DEBIT)
                .amount(Monies.of("EUR", "100.00")).cost(pln("426.50")).rate(new BigDecimal("4.2650")).build(),
            JournalLine.credit("201-002", pln("426.50")))
        .build());
    for (JpkSchema schema : JpkSchema.values()) {
      byte[] xml = write(schema, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG);
      JpkSchemas.validate(schema, xml);
      String s = new String(xml, StandardCharsets.UTF_8);
      if (schema == JpkSchema.KR) {
        assertThat(s).contains("<KodKontaWinien>132</KodKontaWinien>\n    <KwotaWinien>426.50</KwotaWinien>\n"
            + "    <KwotaWinienWaluta>100.00</KwotaWinienWaluta>\n    <KodWalutyWinien>EUR</KodWalutyWinien>");
      } else {
        assertThat(s).contains("<Z_3>132</Z_3>\n      <Z_4>426.50</Z_4>\n      <Z_5>100.00</Z_5>\n      <Z_6>EUR</Z_6>");
      }
    }
  }

  @Test
  void theOpeningBalanceOfALaterPeriodIsTheBalanceBefore() throws Exception {
    byte[] xml = write(JpkSchema.KR, LocalDate.of(2025, 3, 1), FixtureCompany.Q1_END, CONFIG);
    JpkSchemas.validate(JpkSchema.KR, xml);
    Element bank = zois(parse(xml), "KodKonta", "130", "ZOiS");
    // end of February 32,280.00; March 12,300 + 25 in; cumulative from January
    assertThat(text(bank, "BilansOtwarciaWinien")).isEqualTo("32280.00");
    assertThat(text(bank, "ObrotyWinien")).isEqualTo("12325.00");
    assertThat(text(bank, "ObrotyWinienNarast")).isEqualTo("74625.00");
    assertThat(text(bank, "SaldoWinien")).isEqualTo("44605.00");
  }

  @Test
  void badRequestsFailBeforeAnythingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> reports.writeJpkKr(JpkSchema.KR, LocalDate.of(2024, 12, 1), FixtureCompany.Q1_END, CONFIG, out))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must lie in the fiscal year of from, 2024");
    assertThatThrownBy(() -> reports.writeJpkKr(JpkSchema.KR, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31), CONFIG, out))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be from 1900-01-01 to 2030-12-31");
    assertThatThrownBy(() -> reports.writeJpkKr(JpkSchema.KR_PD, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), CONFIG, out))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must include at least one journal entry");
    assertThatThrownBy(() -> reports.writeJpkKr(JpkSchema.KR, FixtureCompany.Q1_START, FixtureCompany.Q1_END,
        JpkConfig.builder().from(CONFIG).purpose(2).build(), out))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be 1 for JPK_KR(1)");
    ledger.openAccount(Account.of("132", "Rachunek walutowy EUR", AccountType.ASSET));
    ledger.openAccount(Account.of("248", "Rozrachunki walutowe", AccountType.ASSET));
    ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 3, 31)).description("bez kursu")
        .addLines(JournalLine.debit("132", Monies.of("EUR", "10.00")), JournalLine.credit("248", Monies.of("EUR", "10.00")))
        .build());
    assertThatThrownBy(() -> reports.writeJpkKr(JpkSchema.KR, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG, out))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must have a value in PLN");
    assertThat(out.size()).isZero();
  }

  @Test
  void theConfigurationIsCheckedWhenBuilt() {
    assertThatThrownBy(() -> JpkConfig.of("1234563219", "X"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nip = '1234563219'")
        .hasMessageContaining("check digit");
    assertThatThrownBy(() -> JpkConfig.builder().from(CONFIG).taxOffice("9999").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("taxOffice = '9999'");
    assertThatThrownBy(() -> JpkConfig.builder().from(CONFIG).putAccountMarker("130", "BANK").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("accountMarkers[130] = 'BANK'");
    assertThatThrownBy(() -> JpkConfig.builder().from(CONFIG).regon("12345").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be 9 or 14 digits");
    assertThatThrownBy(() -> JpkAddress.builder().voivodeship("mazowieckie").county("x").municipality("x")
        .building("1234567890").town("x").postalCode("00-001").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("building");
    assertThat(JpkConfig.of("1234563218", "X").placeholders()).hasSize(2);
    assertThat(CONFIG.nip()).isEqualTo("1234563218");
    assertThat(JpkSchema.parse("kr-pd")).isEqualTo(JpkSchema.KR_PD);
    assertThatThrownBy(() -> JpkSchema.parse("kr2")).isInstanceOf(ValidationException.class);
    assertThat(CONFIG.effectiveAccountMarkers()).containsEntry("130", "BABIII1c1_SPKR");
    assertThat(JpkConfig.builder().from(CONFIG).accountMarkers(Map.of("1", "BABIII1c1_SPKR")).build()
        .effectiveAccountMarkers()).hasSize(1);
  }

  @Test
  void anInvalidDocumentIsRejectedByTheSchema() throws Exception {
    byte[] xml = write(JpkSchema.KR_PD, FixtureCompany.Q1_START, FixtureCompany.Q1_END, CONFIG);
    String broken = new String(xml, StandardCharsets.UTF_8).replace("<KodUrzedu>1435</KodUrzedu>", "<KodUrzedu>9999</KodUrzedu>");
    assertThatThrownBy(() -> JpkSchemas.validate(JpkSchema.KR_PD, broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXParseException.class);
    String noRpd = new String(xml, StandardCharsets.UTF_8).replaceAll("(?s)<RPD>.*</RPD>", "");
    assertThatThrownBy(() -> JpkSchemas.validate(JpkSchema.KR_PD, noRpd.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXParseException.class);
  }
}
