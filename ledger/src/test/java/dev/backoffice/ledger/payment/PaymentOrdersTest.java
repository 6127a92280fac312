package dev.backoffice.ledger.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.testing.SharedData;
import dev.backoffice.ledger.bank.Iban;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Payment batches written as pain.001.001.09 (validated against the official XSD in {@code shared/data/iso20022})
 * and as Elixir-O (field by field, after the layout PKO BP publishes for ipko biznes import).
 */
class PaymentOrdersTest {
  static final Iban DEBTOR = Iban.parse("PL61109010140000071219812874");
  static final Iban SUPPLIER = Iban.parse("PL27114020040000300201355387");
  static final LocalDate DAY = LocalDate.of(2025, 2, 14);

  static PaymentInstruction plain() {
    return PaymentInstruction.builder().reference("FZ-7-2025").debtorAccount(DEBTOR)
        .creditorName("Hurtownia Alfa Sp. z o.o.").creditorAccount(SUPPLIER).amount(Money.parse("PLN 1230.00"))
        .title("FZ/7/2025").executionDate(DAY).build();
  }

  static PaymentInstruction split() {
    return PaymentInstruction.builder().reference("FZ-8-2025").debtorAccount(DEBTOR)
        .creditorName("Beta S.A.|ul. Prosta 1|00-001 Warszawa").creditorAccount(Iban.parse("18102055610000310200035501"))
        .amount(Money.parse("PLN 123.00")).executionDate(DAY.plusDays(1))
        .splitPayment(SplitPayment.builder().vatAmount(Money.parse("PLN 23.00")).nip("5261040828")
            .invoiceNumber("FV/8/2025").text("towar").build())
        .build();
  }

  static PaymentBatch batch(PaymentInstruction... instructions) {
    return PaymentBatch.builder().messageId("PAY-2025-02-14").debtorName("Mała Firma Sp. z o.o.|ul. Długa 5")
        .debtorAccount(DEBTOR).createdAt(OffsetDateTime.of(2025, 2, 13, 16, 30, 0, 0, ZoneOffset.ofHours(1)))
        .addInstructions(instructions).build();
  }

  @Test
  void pain001_is_valid_against_the_official_schema() throws Exception {
    String xml = Pain001Writer.write(batch(plain(), split()));
    Path xsd = SharedData.require("iso20022/xsd/pain.001.001.09.xsd");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    assertThat(xml).contains("<MsgId>PAY-2025-02-14</MsgId>", "<CreDtTm>2025-02-13T16:30:00+01:00</CreDtTm>",
        "<NbOfTxs>2</NbOfTxs>", "<CtrlSum>1353.00</CtrlSum>", // 1230.00 + 123.00
        "<ReqdExctnDt><Dt>2025-02-14</Dt></ReqdExctnDt>", "<ReqdExctnDt><Dt>2025-02-15</Dt></ReqdExctnDt>",
        "<IBAN>PL61109010140000071219812874</IBAN>", "<InstdAmt Ccy=\"PLN\">1230.00</InstdAmt>",
        "<EndToEndId>FZ-8-2025</EndToEndId></PmtId><PmtTpInf><LclInstrm><Prtry>53</Prtry></LclInstrm></PmtTpInf>",
        "<Ustrd>/VAT/23,00/IDC/5261040828/INV/FV/8/2025/TXT/towar</Ustrd>",
        "<Nm>Beta S.A. ul. Prosta 1 00-001 Warszawa</Nm>");
  }

  @Test
  void the_sepa_rator_sample_validates_with_the_same_schema_check() throws Exception {
    // the check above is only worth something if the schema rejects what it should: a sample from elsewhere passes,
    // and our document with a required element removed fails
    Path xsd = SharedData.require("iso20022/xsd/pain.001.001.09.xsd");
    var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile())
        .newValidator();
    validator.validate(new StreamSource(
        SharedData.require("iso20022/samples/pain.001.001.09-sepa_rator-example.xml").toFile()));
    String broken = Pain001Writer.write(batch(plain())).replace("<PmtMtd>TRF</PmtMtd>", "");
    assertThatThrownBy(() -> validator.validate(new StreamSource(new ByteArrayInputStream(
        broken.getBytes(StandardCharsets.UTF_8))))).hasMessageContaining("PmtMtd");
  }

  @Test
  void elixir_records_field_by_field() {
    String file = ElixirWriter.write(batch(plain(), split()));
    assertThat(file).endsWith("\r\n");
    List<String> records = List.of(file.split("\r\n"));
    assertThat(records).hasSize(2);
    List<String> f = fields(records.get(0));
    assertThat(f).hasSize(16);
    assertThat(f.get(0)).isEqualTo("110");
    assertThat(f.get(1)).isEqualTo("20250214");
    assertThat(f.get(2)).isEqualTo("123000"); // 1,230.00 PLN in grosze
    assertThat(f.get(3)).isEqualTo("10901014"); // digits 3-10 of the debtor's NRB
    assertThat(f.get(4)).isEqualTo("0");
    assertThat(f.get(5)).isEqualTo("\"61109010140000071219812874\"");
    assertThat(f.get(6)).isEqualTo("\"27114020040000300201355387\"");
    assertThat(f.get(7)).isEqualTo("\"Mała Firma Sp. z o.o.|ul. Długa 5\"");
    assertThat(f.get(8)).isEqualTo("\"Hurtownia Alfa Sp. z o.o.\"");
    assertThat(f.get(9)).isEqualTo("0");
    assertThat(f.get(10)).isEqualTo("11402004");
    assertThat(f.get(11)).isEqualTo("\"FZ/7/2025\"");
    assertThat(f.get(12)).isEqualTo("\"\"");
    assertThat(f.get(13)).isEqualTo("\"\"");
    assertThat(f.get(14)).isEqualTo("\"51\"");
    assertThat(f.get(15)).isEqualTo("\"FZ-7-2025\"");

    List<String> mpp = fields(records.get(1));
    assertThat(mpp).hasSize(16);
    assertThat(mpp.get(1)).isEqualTo("20250215");
    assertThat(mpp.get(2)).isEqualTo("12300");
    assertThat(mpp.get(8)).isEqualTo("\"Beta S.A.|ul. Prosta 1|00-001 Warszawa\"");
    assertThat(mpp.get(10)).isEqualTo("10205561");
    // /VAT/23,00/IDC/5261040828/INV/FV/8/2025/TXT/towar is 45 characters: two lines, the first of 35
    assertThat(mpp.get(11)).isEqualTo("\"/VAT/23,00/IDC/5261040828/INV/FV/8/|2025/TXT/towar\"");
    assertThat(mpp.get(14)).isEqualTo("\"53\"");
  }

  /** Splits a record at the commas outside double quotes (text fields are quoted and may hold commas). */
  static List<String> fields(String record) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : record.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  @Test
  void what_elixir_cannot_carry_is_refused_naming_the_instruction_and_field() {
    PaymentInstruction euro = PaymentInstruction.builder().from(plain()).amount(Money.parse("EUR 10.00")).build();
    assertThatThrownBy(() -> ElixirWriter.write(batch(euro)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("payment FZ-7-2025: amount = 'EUR 10.00' is invalid: must be in PLN for Elixir-O (a domestic "
            + "clearing system)");
    PaymentInstruction german = PaymentInstruction.builder().from(plain())
        .creditorAccount(Iban.parse("DE89370400440532013000")).build();
    assertThatThrownBy(() -> ElixirWriter.write(batch(german)))
        .hasMessageContaining("creditorAccount = 'DE89370400440532013000' is invalid: must be a Polish account");
    PaymentInstruction quoted = PaymentInstruction.builder().from(plain()).title("FZ \"7\"").build();
    assertThatThrownBy(() -> ElixirWriter.write(batch(quoted)))
        .hasMessageContaining("title = 'FZ \"7\"' is invalid: must not contain a double quote");
  }

  @Test
  void instructions_and_split_payments_check_their_fields() {
    assertThatThrownBy(() -> PaymentInstruction.builder().from(plain()).amount(Money.parse("PLN 0.00")).build())
        .hasMessage("payment FZ-7-2025: amount = 'PLN 0.00' is invalid: must be positive");
    assertThatThrownBy(() -> SplitPayment.of(Money.parse("PLN 23.00"), "5261040827", "FV/1"))
        .hasMessageContaining("nip = '5261040827' is invalid: must be 10 digits whose check digit");
    assertThatThrownBy(() -> PaymentInstruction.builder().from(split()).amount(Money.parse("PLN 20.00")).build())
        .hasMessageContaining("splitPayment.vatAmount = 'PLN 23.00' is invalid: must not exceed the amount PLN 20.00");
    assertThatThrownBy(() -> batch(plain(), plain()))
        .hasMessageContaining("instructions[FZ-7-2025].reference = 'FZ-7-2025' is invalid: must be unique");
    // NIP 5261040828: 6*5+5*2+7*6+2*1+3*0+4*4+5*0+6*8+7*2 = 162, 162 mod 11 = 8 = the last digit
    assertThat(SplitPayment.of(Money.parse("PLN 1.00"), "5261040828", "FV/1").title())
        .isEqualTo("/VAT/1,00/IDC/5261040828/INV/FV/1");
  }
}
