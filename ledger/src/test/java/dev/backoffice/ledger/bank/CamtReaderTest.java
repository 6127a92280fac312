package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;

/**
 * The camt.053 reader on the real documents in {@code shared/data/bank-statements} and on documents built here
 * from the ISO 20022 message definitions, each checked against the official XSD in {@code shared/data/iso20022}.
 */
class CamtReaderTest {

  static List<BankStatement> read(String name) throws IOException {
    Path file = SharedData.require("bank-statements/" + name);
    return CamtReader.standard().read(name, Files.readAllBytes(file));
  }

  static void validate(String xsd, byte[] xml) throws IOException, SAXException {
    Path schema = SharedData.require("iso20022/xsd/" + xsd);
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(schema.toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @ParameterizedTest
  @CsvSource({"camt053-02-ing.xml,1,9", "camt053-02-nordea.xml,1,6", "camt053-02-two-statements.xml,2,11"})
  void every_real_statement_balances_and_every_booked_entry_is_a_line(String name, int statements, int lines)
      throws Exception {
    validate("camt.053.001.02.xsd", Files.readAllBytes(SharedData.require("bank-statements/" + name)));
    List<BankStatement> all = read(name);
    assertThat(all).hasSize(statements);
    assertThat(all.stream().mapToInt(s -> s.lines().size()).sum()).isEqualTo(lines);
    for (BankStatement s : all) {
      assertThat(s.format()).isEqualTo(StatementFormat.CAMT_053_001_02);
      assertThat(s.opening().amount().plus(s.lineTotal())).isEqualTo(s.closing().amount());
    }
  }

  @Test
  void ing_example_values() throws IOException {
    BankStatement s = read("camt053-02-ing.xml").get(0);
    assertThat(s.account()).isEqualTo("NL08INGB0000001234");
    assertThat(s.statementNumber()).isEqualTo("201401030009999");
    assertThat(s.reference()).contains("201401030009999_20140104015504378");
    // OPBD 1000.00 CRDT on 2014-01-03, CLBD 1605.00 CRDT: credits 990.00 - debits 385.00 (TxsSummry) = +605.00
    assertThat(s.opening()).isEqualTo(StatementBalance.of(LocalDate.of(2014, 1, 3), Money.parse("EUR 1000.00")));
    assertThat(s.closing().amount()).isEqualTo(Money.parse("EUR 1605.00"));
    assertThat(s.lineTotal()).isEqualTo(Money.parse("EUR 605.00"));
    StatementLine first = s.lines().get(0);
    assertThat(first.amount()).isEqualTo(Money.parse("EUR 350.00"));
    assertThat(first.bankReference()).contains("59999208N9");
    assertThat(first.transactionCode()).contains("PMNT/RCDT/ESCT");
    assertThat(first.counterpartyName()).contains("INGTestrekening");
    assertThat(first.counterpartyAccount()).contains("NL20INGB0001234567");
    StatementLine reversed = s.lines().get(8);
    assertThat(reversed.reversal()).isTrue();
    assertThat(reversed.amount()).isEqualTo(Money.parse("EUR -30.00"));
    assertThat(reversed.valueDate()).isEqualTo(LocalDate.of(2013, 12, 20));
  }

  @Test
  void two_statements_in_one_message() throws IOException {
    List<BankStatement> all = read("camt053-02-two-statements.xml");
    assertThat(all).extracting(BankStatement::account).containsExactly("NL14SNSB0012345678", "NL78SNSB0022446688");
    StatementLine transfer = all.get(1).lines().get(0);
    assertThat(transfer.amount()).isEqualTo(Money.parse("EUR -500.00"));
    assertThat(transfer.counterpartyAccount()).contains("NL14SNSB0012345678"); // the creditor of money out
    assertThat(transfer.title()).isEqualTo("Opname");
  }

  @Test
  void the_bad_version_2_document_is_refused_naming_the_statement() {
    assertThatThrownBy(() -> read("bad/camt053-02-unbalanced.xml"))
        .isInstanceOf(UnbalancedStatementException.class)
        .hasMessage("statement NL00SNSB0000000000/0000000000 of 2026-01-01 in bad/camt053-02-unbalanced.xml "
            + "(bad/camt053-02-unbalanced.xml: /Document/BkToCstmrStmt/Stmt[1]): closing = '900.00 EUR' is invalid: "
            + "must equal opening 1000.00 EUR + lines -50.00 EUR = 950.00 EUR");
  }

  @Test
  void the_bad_version_8_document_is_valid_xml_but_refused_naming_the_statement() throws Exception {
    byte[] bytes = Files.readAllBytes(SharedData.require("bank-statements/bad/camt053-08-unbalanced.xml"));
    validate("camt.053.001.08.xsd", bytes);
    // OPBD 18.15 EUR CRDT + one entry 8.85 EUR CRDT = 27.00 EUR; the CLBD says 27.00 SEK DBIT
    assertThatThrownBy(() -> CamtReader.standard().read("v8.xml", bytes))
        .isInstanceOf(UnbalancedStatementException.class)
        .hasMessageStartingWith("statement NL26VAYB8060476890/253EURNL26VAYB8060476890 of 2014-12-30 in v8.xml")
        .hasMessageEndingWith("closing = '-27.00 SEK' is invalid: must equal opening 18.15 EUR + lines 8.85 EUR "
            + "= 27.00 EUR");
  }

  /** A camt.053.001.08 statement following the message definition (BankToCustomerStatementV08). */
  static String version8(String closing, String amount) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2025-01-21T06:00:00+01:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>WB-2025-014</Id>
              <ElctrncSeqNb>14</ElctrncSeqNb>
              <CreDtTm>2025-01-21T06:00:00+01:00</CreDtTm>
              <Acct><Id><IBAN>PL61109010140000071219812874</IBAN></Id><Ccy>PLN</Ccy></Acct>
              <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="PLN">1000.00</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-01-20</Dt></Dt></Bal>
              <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="PLN">%s</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-01-20</Dt></Dt></Bal>
              <Ntry>
                <Amt Ccy="PLN">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><DtTm>2025-01-20T10:15:00+01:00</DtTm></BookgDt><ValDt><Dt>2025-01-20</Dt></ValDt>
                <AcctSvcrRef>BANK-REF-1</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls><TxDtls>
                  <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
                  <RltdPties>
                    <Dbtr><Pty><Nm>Kowalski Sp. z o.o.</Nm></Pty></Dbtr>
                    <DbtrAcct><Id><IBAN>PL27114020040000300201355387</IBAN></Id></DbtrAcct>
                  </RltdPties>
                  <RmtInf><Ustrd>FV/1/2025</Ustrd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="PLN">99.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                <BookgDt><Dt>2025-01-21</Dt></BookgDt><BkTxCd><Prtry><Cd>X</Cd></Prtry></BkTxCd>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """.formatted(closing, amount);
  }

  @Test
  void a_version_8_statement_built_from_the_message_definition() throws Exception {
    byte[] xml = version8("1230.00", "230.00").getBytes(StandardCharsets.UTF_8);
    validate("camt.053.001.08.xsd", xml);
    BankStatement s = CamtReader.standard().read("v8.xml", xml).get(0);
    assertThat(s.format()).isEqualTo(StatementFormat.CAMT_053_001_08);
    assertThat(s.lines()).hasSize(1); // the pending entry is not booked
    StatementLine line = s.lines().get(0);
    assertThat(line.amount()).isEqualTo(Money.parse("PLN 230.00"));
    assertThat(line.bookingDate()).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(line.counterpartyName()).contains("Kowalski Sp. z o.o."); // Dbtr/Pty/Nm in version 8
    assertThat(line.counterpartyAccount()).contains("PL27114020040000300201355387");
    assertThat(line.customerReference()).contains("E2E-1");
    assertThat(line.title()).isEqualTo("FV/1/2025");
  }

  @Test
  void malformed_documents_name_the_element_path() {
    assertThatThrownBy(() -> CamtReader.standard().read("m.xml",
        version8("1230.00", "230,00").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage("m.xml: /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt: amount = '230,00' is invalid: "
            + "must be a decimal number such as 1234.56");
    assertThatThrownBy(() -> CamtReader.standard().read("m.xml",
        version8("1230.00", "230.001").getBytes(StandardCharsets.UTF_8)))
        .hasMessage("m.xml: /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt: amount = '230.001' is invalid: "
            + "must have at most 2 decimal places for PLN");
    assertThatThrownBy(() -> CamtReader.standard().read("m.xml",
        version8("1230.00", "230.00").replace("<Cd>CLBD</Cd>", "<Cd>CLAV</Cd>").getBytes(StandardCharsets.UTF_8)))
        .hasMessage("m.xml: /Document/BkToCstmrStmt/Stmt[1]: Bal = <absent> is invalid: "
            + "must include the closing booked balance (CLBD)");
    assertThatThrownBy(() -> CamtReader.standard().read("m.xml",
        version8("1230.00", "230.00").replace("001.08", "001.04").getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("m.xml: /Document: namespace = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.04' "
            + "is invalid");
    assertThatThrownBy(() -> CamtReader.standard().read("m.xml",
        version8("1230.00", "230.00").replace("</Stmt>", "").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("must be well-formed XML at line");
    assertThatThrownBy(() -> CamtReader.standard().read("m.xml",
        version8("1230.00", "230.00").replace("<CdtDbtInd>CRDT</CdtDbtInd><Sts>",
            "<CdtDbtInd>CR</CdtDbtInd><Sts>").getBytes(StandardCharsets.UTF_8)))
        .hasMessage("m.xml: /Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/CdtDbtInd: CdtDbtInd = 'CR' is invalid: "
            + "must be CRDT or DBIT");
  }

  @Test
  void an_unbalanced_built_statement_names_it() {
    assertThatThrownBy(() -> CamtReader.standard().read("u.xml",
        version8("1231.00", "230.00").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnbalancedStatementException.class)
        .hasMessageContaining("statement PL61109010140000071219812874/WB-2025-014 of 2025-01-20 in u.xml");
  }

  @Test
  void external_entities_are_not_resolved() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>&x;</BkToCstmrStmt>"
        + "</Document>";
    assertThatThrownBy(() -> CamtReader.standard().read("x.xml", xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StatementFormatException.class);
  }
}
