package dev.backoffice.ledger.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Statements built from the Polish banks' published MT940 descriptions (each test names its source); each is read,
 * balanced, and its lines' fields checked against what the description says the bank puts where.
 */
class Mt940DialectTest {

  /**
   * mBank CompanyNet / BRESOK, "Opis formatu pliku eksportu wyciągów dziennych MT940" (docplayer.pl/605075): each
   * account's block opens with ASCII 1; {@code :20:ST050112CYC/1}; {@code :28:340/1} as well as {@code :28C:8/1};
   * {@code :60F:C050112PLN60213,04}; the {@code :61:} mark followed by the funds code letter; {@code :86:} a
   * three-digit operation code, its description and {@code LABEL: value;} parts.
   */
  @Test
  void mbank_companynet() {
    String text = "\u0001\r\n:20:ST050112CYC/1\r\n:25:PL46114010100000579009004001\r\n:28:340/1\r\n"
        + ":60F:C050112PLN60213,04\r\n"
        + ":61:0501120112CN1500,00NTRFNONREF//BR05012000001\r\n970-PRZEL.KRAJ.PRZYCH.\r\n"
        + ":86:970 PRZELEW KRAJOWY PRZYCH.; OD: FIRMA TESTOWA SP. Z O.O. UL. DŁUGA 1 WARSZAWA; Z RACH.: \r\n"
        + "27114020040000300201355387; TYT.: FAKTURA FV/12/2004; TNR: 145010012000001.000001\r\n"
        + ":61:0501120112DN13,04NCHGNONREF//BR05012000002\r\n843-OPŁ. ZA PRZELEW\r\n"
        + ":86:843 OPŁATA ZA PRZELEW; TNR: 145010012000002.000001\r\n"
        + ":62F:C050112PLN61700,00\r\n:64:C050112PLN61700,00\r\n\u0003\r\n";
    BankStatement s = Mt940Reader.standard().readText("mbank.sta", text).get(0);
    assertThat(s.statementNumber()).isEqualTo("340/1");
    assertThat(s.reference()).contains("ST050112CYC/1");
    // 60,213.04 + 1,500.00 - 13.04 = 61,700.00
    assertThat(s.closing().amount()).isEqualTo(Money.parse("PLN 61700.00"));
    StatementLine in = s.lines().get(0);
    assertThat(in.amount()).isEqualTo(Money.parse("PLN 1500.00"));
    assertThat(in.counterpartyName()).contains("FIRMA TESTOWA SP. Z O.O. UL. DŁUGA 1 WARSZAWA");
    assertThat(in.counterpartyAccount()).contains("27114020040000300201355387");
    assertThat(in.title()).isEqualTo("FAKTURA FV/12/2004");
    assertThat(in.transactionCode()).contains("NTRF 970");
    assertThat(s.lines().get(1).title()).isEqualTo("OPŁATA ZA PRZELEW");
  }

  /**
   * BNP Paribas (formerly BGŻ) BiznesPl@net, "MT940 statement file" (scribd 424580801): no SWIFT header;
   * {@code :25:/PL…} with a slash; {@code :28C:036/2009/BPL}; {@code :61:0805060506DN5,81N511NONREF} (mark and the
   * third letter of the currency code, a booking code starting N); {@code :86:} an operation code then {@code ^}
   * subfields, {@code ^10} the operation's sequence number, {@code ^20}… the payment details.
   */
  @Test
  void bnp_paribas_biznesplanet() {
    String text = ":20:1\r\n:25:/PL07160011980002002256301011\r\n:28C:036/2009/BPL\r\n:60F:C090506EUR1211771,46\r\n"
        + ":61:0805060506DN5,81N511NONREF\r\n"
        + ":86:225^001PROWIZJA^101024755^20OPLATA ZA PRZELEW ZAGRANICZNY^21NR 12/2009\r\n"
        + ":62F:C090506EUR1211765,65\r\n";
    BankStatement s = Mt940Reader.standard().readText("bnp.sta", text).get(0);
    assertThat(s.account()).isEqualTo("PL07160011980002002256301011"); // the slash is not part of the account
    assertThat(s.statementNumber()).isEqualTo("036/2009/BPL");
    StatementLine fee = s.lines().get(0);
    assertThat(fee.amount()).isEqualTo(Money.parse("EUR -5.81"));
    assertThat(fee.transactionCode()).contains("N511 225");
    assertThat(fee.customerReference()).isEmpty(); // NONREF
    assertThat(fee.title()).isEqualTo("OPLATA ZA PRZELEW ZAGRANICZNYNR 12/2009");
  }

  /**
   * Bank Millennium, "Opis formatu pliku wyciągów MT940" (docplayer.pl/49455177; mksiegowa.pl's import guide): files
   * in code page CP852, CR LF line ends, {@code :86:} subfields opened by {@code <}, empty subfields left out.
   */
  @Test
  void millennium_in_cp852_with_angle_bracket_subfields() {
    String text = ":20:MILLENNIUM\r\n:25:PL27116022020000000061234567\r\n:28C:00012/001\r\n"
        + ":60F:C250131PLN10000,00\r\n:61:2502030203C2460,00NTRFNONREF//0000012345\r\n"
        + ":86:051<00PRZELEW PRZYCHODZĄCY<20Zapłata za FV/7/2025<32Łódzka Spółdzielnia<33 Mleczarska\r\n"
        + "<3827114020040000300201355387\r\n:62F:C250203PLN12460,00\r\n";
    byte[] cp852 = text.getBytes(Charset.forName("IBM852"));
    List<BankStatement> all = Mt940Reader.withFallbackCharset(Charset.forName("IBM852")).read("mil.sta", cp852);
    StatementLine line = all.get(0).lines().get(0);
    assertThat(line.bookingDate()).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(line.title()).isEqualTo("Zapłata za FV/7/2025");
    assertThat(line.counterpartyName()).contains("Łódzka Spółdzielnia Mleczarska");
    assertThat(line.counterpartyAccount()).contains("27114020040000300201355387");
    // the same bytes read as ISO-8859-2 (the default fallback) give other letters: the charset matters
    assertThat(Mt940Reader.standard().read("mil.sta", cp852).get(0).lines().get(0).title())
        .isNotEqualTo("Zapłata za FV/7/2025");
  }

  /**
   * Nordea inordbusiness, "Specification of MT940 Account Statements" (docplayer.pl/49455216): {@code :20:GL…},
   * {@code :28C:00008/00001}, an amount without decimals after the comma ({@code :60F:C140916EUR186804,}).
   */
  @Test
  void nordea_amounts_without_decimals() {
    String text = ":20:GL140916\r\n:25:PL12124000011111000012345678\r\n:28C:00008/00001\r\n"
        + ":60F:C140916EUR186804,\r\n:61:1409160916D4,NMSCNONREF\r\n:86:OPLATA\r\n:62F:C140916EUR186800,\r\n";
    BankStatement s = Mt940Reader.standard().readText("nordea.sta", text).get(0);
    assertThat(s.opening().amount()).isEqualTo(Money.parse("EUR 186804.00"));
    assertThat(s.lines().get(0).amount()).isEqualTo(Money.parse("EUR -4.00"));
    assertThat(s.lines().get(0).title()).isEqualTo("OPLATA");
  }
}
