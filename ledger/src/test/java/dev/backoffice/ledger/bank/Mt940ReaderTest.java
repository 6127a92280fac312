package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MT940 reader on the real statements in {@code shared/data/bank-statements} (see its README for their
 * sources); the expected values are read by hand from the files' text.
 */
class Mt940ReaderTest {
  private static final CurrencyUnit PLN = CurrencyUnit.of("PLN");
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;

  static List<BankStatement> read(String name) throws IOException {
    Path file = SharedData.require("bank-statements/" + name);
    return Mt940Reader.standard().read(name, Files.readAllBytes(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mt940-pl-bph.sta", "mt940-pl-mbank-multi.sta", "mt940-de-sepa.sta",
      "mt940-nl-asn-swift-blocks.sta", "mt940-nl-rabobank.sta"})
  void every_real_statement_balances_and_every_line_is_read(String name) throws IOException {
    List<BankStatement> statements = read(name);
    String text = Files.readString(SharedData.require("bank-statements/" + name),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    long statementsInFile = text.lines().filter(l -> l.startsWith(":20:") || l.startsWith("\u0001:20:")).count();
    long linesInFile = text.lines().filter(l -> l.startsWith(":61:")).count();
    assertThat(statements).hasSize((int) statementsInFile);
    assertThat(statements.stream().mapToInt(s -> s.lines().size()).sum()).isEqualTo(linesInFile);
    for (BankStatement s : statements) {
      assertThat(s.opening().amount().plus(s.lineTotal())).as(s.name()).isEqualTo(s.closing().amount());
    }
  }

  @Test
  void bph_structured_subfields_with_angle_brackets() throws IOException {
    BankStatement s = read("mt940-pl-bph.sta").get(0);
    assertThat(s.account()).isEqualTo("PL52106000760000321000055801");
    assertThat(s.statementNumber()).isEqualTo("00009/01");
    assertThat(s.reference()).contains("070126");
    assertThat(s.opening()).isEqualTo(StatementBalance.of(LocalDate.of(2007, 1, 26), Money.parse("PLN 45810300.95")));
    // 45,810,300.95 - 5,912.00 - 120,000.00 - 1,356.12 - 1,550.00 = 45,681,482.83
    assertThat(s.closing().amount()).isEqualTo(Money.parse("PLN 45681482.83"));
    StatementLine first = s.lines().get(0);
    assertThat(first.amount()).isEqualTo(Money.parse("PLN -5912.00"));
    assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2007, 1, 26));
    assertThat(first.counterpartyAccount()).contains("21109011020000999999874157"); // <38
    assertThat(first.bankReference()).contains("5627001791917001");
    assertThat(first.customerReference()).contains("200701260001");
    assertThat(first.transactionCode()).contains("NTRF 020");
    assertThat(first.title()).startsWith("ZAPLATA ZA OPAKOWANIA DO KI").endsWith("FVT 2368/2989284/2006");
    assertThat(first.counterpartyName()).hasValueSatisfying(n -> assertThat(n).startsWith("OPAKOWANIA SP. Z O.O UL."));
    // <24 continues on the next line without a break and is followed by <23: joined in the bank's order
    assertThat(s.lines().get(1).title()).contains("SZT. 110 11000 FVT 26/2006 ZAPLATA ZA UKLADY ODCHYLAJACE SZT.");
  }

  @Test
  void mbank_several_accounts_iso_8859_2_and_labelled_free_text() throws IOException {
    List<BankStatement> all = read("mt940-pl-mbank-multi.sta");
    assertThat(all).extracting(BankStatement::currency).containsExactly(PLN, PLN, EUR, EUR, CurrencyUnit.USD, PLN,
        EUR, CurrencyUnit.USD);
    BankStatement first = all.get(0);
    assertThat(first.account()).isEqualTo("PL46114010100000579009004001");
    assertThat(first.statementNumber()).isEqualTo("11/1");
    StatementLine transfer = first.lines().get(5); // :61:0710231023DN117,25NTRFNONREF//BR07296102000010
    assertThat(transfer.amount()).isEqualTo(Money.parse("PLN -117.25"));
    assertThat(transfer.customerReference()).isEmpty();
    assertThat(transfer.bankReference()).contains("BR07296102000010");
    assertThat(transfer.counterpartyAccount()).contains("87114010100000579009002002");
    assertThat(transfer.counterpartyName()).contains("ZAKŁAD WYTWÓRCZY BARON ZAMKOWA 9 86-212 FRĄBORK");
    assertThat(transfer.title()).isEqualTo("TRANSFER ŚRODKÓW");
    assertThat(transfer.transactionCode()).contains("NTRF 973");
    BankStatement overdrawn = all.get(6);
    assertThat(overdrawn.opening().amount()).isEqualTo(Money.parse("EUR -959.45")); // :60F:D...
    assertThat(overdrawn.lines().get(4).counterpartyName()).contains("JAN KOWALSKI"); // "OD: JAN KOWALSKI;"
    assertThat(overdrawn.lines().get(4).title()).isEqualTo("ZWROT ZALICZKI NA POCZET DELEGACJI");
    assertThat(overdrawn.lines().get(4).amount()).isEqualTo(Money.parse("EUR 500.00"));
  }

  @Test
  void german_sepa_question_mark_subfields_and_reversal_of_a_credit() throws IOException {
    List<BankStatement> all = read("mt940-de-sepa.sta");
    BankStatement s = all.get(0);
    assertThat(s.account()).isEqualTo("50880050/0194774600888");
    assertThat(s.opening().amount()).isEqualTo(Money.parse("EUR -1234718.36"));
    StatementLine reversal = s.lines().get(5); // :61:0709040904RCR204,88NRTINONREF
    assertThat(reversal.reversal()).isTrue();
    assertThat(reversal.amount()).isEqualTo(Money.parse("EUR -204.88"));
    assertThat(s.lines().get(0).amount()).isEqualTo(Money.parse("EUR 300.00")); // "300," has no decimals
    StatementLine incoming = all.get(1).lines().get(0);
    assertThat(incoming.counterpartyAccount()).contains("DE42100100100043921105"); // ?31
    assertThat(incoming.counterpartyName()).contains("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
    assertThat(incoming.title()).startsWith("EREF+EndToEndIdTFNR2000400001SVWZ+TO 13 TFNr 20004");
  }

  @Test
  void dutch_asn_in_swift_blocks_and_rabobank_keywords() throws IOException {
    List<BankStatement> asn = read("mt940-nl-asn-swift-blocks.sta");
    assertThat(asn.get(0).lines()).hasSize(1);
    StatementLine line = asn.get(0).lines().get(0); // :61:2001010101D65,00NOVBNL47INGB9999999999
    assertThat(line.amount()).isEqualTo(Money.parse("EUR -65.00"));
    assertThat(line.counterpartyAccount()).contains("NL47INGB9999999999");
    assertThat(line.counterpartyName()).contains("hr gjlm paulissen");
    assertThat(line.title()).isEqualTo("Betaling sieraden");

    List<BankStatement> rabo = read("mt940-nl-rabobank.sta");
    StatementLine first = rabo.get(0).lines().get(0);
    assertThat(first.counterpartyName()).contains("CONTRA ACCOUNT HOLDER");
    assertThat(first.counterpartyAccount()).contains("NL70ABNA0987654321");
    assertThat(rabo.get(0).lines().get(1).title()).isEqualTo("Reference 201301234");
    assertThat(rabo.get(0).opening().amount()).isEqualTo(Money.parse("EUR 1000.00")); // 000000001000,00
  }

  @Test
  void line_identities_are_stable_and_unique_even_where_statements_share_a_number() throws IOException {
    List<BankStatement> rabo = read("mt940-nl-rabobank.sta");
    assertThat(rabo.get(0).statementNumber()).isEqualTo(rabo.get(1).statementNumber()); // both "0"
    Set<StatementLineId> ids = new HashSet<>();
    for (String name : List.of("mt940-nl-rabobank.sta", "mt940-de-sepa.sta", "mt940-pl-mbank-multi.sta")) {
      for (BankStatement s : read(name)) {
        for (StatementLine l : s.lines()) {
          assertThat(ids.add(s.lineId(l))).as(s.lineId(l).toString()).isTrue();
        }
      }
    }
    // read again: the same identities, so an import keyed by them books nothing twice
    for (BankStatement s : read("mt940-pl-mbank-multi.sta")) {
      for (StatementLine l : s.lines()) {
        assertThat(ids).contains(s.lineId(l));
      }
    }
  }

  @Test
  void a_statement_that_does_not_add_up_is_refused_naming_it() {
    String text = ":20:REF\n:25:PL61109010140000071219812874\n:28C:7/1\n:60F:C250102PLN1000,00\n"
        + ":61:2501020102D100,00NTRFNONREF\n:86:title\n:62F:C250102PLN950,00\n";
    assertThatThrownBy(() -> Mt940Reader.standard().readText("x.sta", text))
        .isInstanceOf(UnbalancedStatementException.class)
        .hasMessage("statement PL61109010140000071219812874/7/1 of 2025-01-02 in x.sta (x.sta:1): closing = "
            + "'950.00 PLN' is invalid: must equal opening 1000.00 PLN + lines -100.00 PLN = 900.00 PLN");
  }

  @Test
  void malformed_fields_name_file_line_and_column() {
    String head = ":20:REF\n:25:PL61109010140000071219812874\n:28C:7/1\n:60F:C250102PLN1000,00\n";
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", head + ":61:2501020102D1O0,00NTRF\n"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageStartingWith("a.sta:5:16: :61: amount = '1' is invalid: must be up to 15 characters of digits");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", head + ":61:2501020102D100,00\n"))
        .hasMessageStartingWith("a.sta:5:22: :61: transaction type = '' is invalid");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", head + ":61:2513020102D100,00NTRF\n"))
        .hasMessageStartingWith("a.sta:5:5: :61: value date = '251302' is invalid: must be a real date YYMMDD");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", head + ":61:2501020102X100,00NTRF\n"))
        .hasMessageStartingWith("a.sta:5:15: :61: mark = 'X' is invalid: must be C, D, RC or RD");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta",
        ":20:REF\n:25:PL61109010140000071219812874\n:28C:7/1\n:60F:C250102PLX1000,00\n"))
        .hasMessageStartingWith("a.sta:4:13: :60F: currency = 'PLX' is invalid");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", head + ":62F:C250102PLN1000.00\n"))
        .hasMessageStartingWith("a.sta:5:16: :62F: amount = '1000.00' is invalid");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", head))
        .hasMessageStartingWith("a.sta:1:5: statement = <absent> is invalid: must end with a closing balance");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", "hello\n" + head))
        .hasMessageStartingWith("a.sta:1:1: line = 'hello' is invalid: must start with a field tag");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", ":20:REF\n:28C:7/1\n:60F:C250102PLN1,00\n"))
        .hasMessageStartingWith("a.sta:3:6: :60F: = 'C250102PLN1,00' is invalid: must come after :25:");
    assertThatThrownBy(() -> Mt940Reader.standard().readText("a.sta", ""))
        .hasMessageStartingWith("a.sta:1:1: file = <absent> is invalid: must contain at least one MT940 statement");
  }

  @Test
  void a_booking_date_in_the_next_year_belongs_to_the_next_year() {
    String text = ":20:REF\n:25:PL61109010140000071219812874\n:28C:7/1\n:60F:C241231PLN1000,00\n"
        + ":61:2412310102C5,00NTRFNONREF\n:62F:C250102PLN1005,00\n";
    StatementLine line = Mt940Reader.standard().readText("y.sta", text).get(0).lines().get(0);
    assertThat(line.valueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(line.bookingDate()).isEqualTo(LocalDate.of(2025, 1, 2));
  }
}
