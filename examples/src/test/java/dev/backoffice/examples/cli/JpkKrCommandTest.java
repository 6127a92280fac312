package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code backoffice jpk-kr}: the file validates against the Ministry of Finance's official schemas (read with their
 * offline OASIS catalog from the reference data beside the repository, {@code shared/data/jpk/}) and carries the
 * journal's control sums.
 */
class JpkKrCommandTest {

  @ParameterizedTest
  @CsvSource({"kr, Schemat_JPK_KR(1)_v1-0.xsd", "kr-pd, JPK_KR_PD(1) .xsd"})
  void theFileOfTheSampleJournalValidatesAgainstTheOfficialSchema(String schema, String xsd) throws Exception {
    Cli.Result r = Cli.run("jpk-kr", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-01", "--to", "2025-01-31", "--nip", "526-025-02-74", "--name", "Przykład sp. z o.o.",
        "--schema", schema);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<etd:NIP>5260250274</etd:NIP>",
        "Przykład sp. z o.o.");
    schema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void controlSumsAreTheJournals() {
    // syntax-tour.ledger: 7 transactions with 17 postings on 12 accounts. In PLN (the EUR lines at their price):
    //   debits 50,000 + 120,000 + 12,300 + 800 + 184 + 4,215 (1,000 EUR @ 4.2150) + 984 + 2,130 + 8,000 = 198,613.00
    //   credits 170,000 + 10,000 + 2,300 + 984 + 4,215 + 984 + 2,130 (500 EUR @@ 2,130) + 8,000 = 198,613.00
    //   each transaction's amount is its debit total, so the journal's sum is 198,613.00 too
    Cli.Result kr = Cli.run("jpk-kr", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-01", "--to", "2025-01-31", "--nip", "5260250274", "--name", "Przykład");
    Cli.Result pd = Cli.run("jpk-kr", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-01", "--to", "2025-01-31", "--nip", "5260250274", "--name", "Przykład", "--schema", "kr-pd");

    assertThat(values(kr.out(), "LiczbaWierszyDziennika", "SumaKwotOperacji", "LiczbaWierszyKontoZapisj", "SumaWinien",
        "SumaMa")).containsExactly("7", "198613.00", "17", "198613.00", "198613.00");
    assertThat(count(kr.out(), "<ZOiS ")).isEqualTo(12);
    assertThat(values(pd.out(), "C_1", "C_2", "C_3", "C_4", "C_5")).containsExactly("7", "198613.00", "17", "198613.00",
        "198613.00");
    // booked (DataKsiegowania) on the last day of the period: a journal file does not say when
    assertThat(count(kr.out(), "<DataKsiegowania>")).isEqualTo(7)
        .isEqualTo(count(kr.out(), "<DataKsiegowania>2025-01-31</DataKsiegowania>"));
  }

  @Test
  void standardOutputHoldsTheXmlDocumentOnly() {
    // the placeholder address and tax office are logged as warnings (SLF4J, standard error in the jar)
    Cli.Result r = Cli.run("jpk-kr", "--file", Cli.resource("journals/syntax-tour.ledger").toString(),
        "--from", "2025-01-01", "--to", "2025-01-31", "--nip", "5260250274", "--name", "Przykład");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("<?xml").endsWith("</JPK>\n");
    assertThat(count(r.out(), "<?xml")).isEqualTo(1);
  }

  @Test
  void badOptionsAndPeriods() {
    String file = Cli.resource("journals/syntax-tour.ledger").toString();
    Cli.Result badNip = Cli.run("jpk-kr", "--file", file, "--from", "2025-01-01", "--to", "2025-01-31",
        "--nip", "5260250275", "--name", "X");
    Cli.Result twoYears = Cli.run("jpk-kr", "--file", file, "--from", "2024-12-01", "--to", "2025-01-31",
        "--nip", "5260250274", "--name", "X");
    Cli.Result empty = Cli.run("jpk-kr", "--file", file, "--from", "2025-02-01", "--to", "2025-02-28",
        "--nip", "5260250274", "--name", "X");
    Cli.Result noNip = Cli.run("jpk-kr", "--file", file, "--from", "2025-01-01", "--to", "2025-01-31", "--name", "X");
    Cli.Result badSchema = Cli.run("jpk-kr", "--file", file, "--from", "2025-01-01", "--to", "2025-01-31",
        "--nip", "5260250274", "--name", "X", "--schema", "v7");
    Cli.Result reversed = Cli.run("jpk-kr", "--file", file, "--from", "2025-01-31", "--to", "2025-01-01",
        "--nip", "5260250274", "--name", "X");

    for (Cli.Result r : List.of(badNip, twoYears, empty)) {
      assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip()).doesNotContain("\n").startsWith("backoffice jpk-kr: ");
    }
    assertThat(badNip.err()).contains("--nip = '5260250275' is invalid: must be a valid NIP");
    assertThat(twoYears.err()).contains("fiscal year");
    assertThat(empty.err()).contains("at least one journal entry");
    for (Cli.Result r : List.of(noNip, badSchema, reversed)) {
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip()).doesNotContain("\n").startsWith("backoffice jpk-kr: ");
    }
  }

  private static Schema schema(String xsd) throws Exception {
    Path schemas = SharedData.require("jpk");
    CatalogResolver resolver = CatalogManager.catalogResolver(
        CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
        schemas.resolve("catalog.xml").toAbsolutePath().toUri());
    SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");  // no network: everything comes from the catalog
    sf.setResourceResolver(resolver);
    assertThat(Files.isRegularFile(schemas.resolve(xsd))).as(schemas.resolve(xsd).toString()).isTrue();
    return sf.newSchema(schemas.resolve(xsd).toAbsolutePath().toFile());
  }

  private static List<String> values(String xml, String... elements) {
    return java.util.Arrays.stream(elements).map(e -> {
      Matcher m = Pattern.compile("<" + e + ">([^<]*)</" + e + ">").matcher(xml);
      assertThat(m.find()).as(e).isTrue();
      return m.group(1);
    }).toList();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
