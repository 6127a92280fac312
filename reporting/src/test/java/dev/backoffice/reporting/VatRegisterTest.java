package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.vat.ReverseCharge;
import dev.backoffice.reporting.vat.VatAmount;
import dev.backoffice.reporting.vat.VatDeclaration;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatPosting;
import dev.backoffice.reporting.vat.VatRate;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import dev.backoffice.reporting.vat.VatRegisterRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VAT registers and declaration of {@link VatFixture}, every figure derived by hand below. */
class VatRegisterTest {
  private static Reports reports;

  @BeforeAll
  static void fixture() {
    reports = Reports.of(VatFixture.ledger());
  }

  @Test
  void salesRegisterPerRateAndField() {
    VatRegister sales = reports.vatRegister(VatRegisterKind.SALES, VatFixture.FROM, VatFixture.TO);

    // rows in booking order (the fixture posts the sales first, then the purchases): FV/1 … FV/6, KOR/1, then ZZ/1
    // (the self-assessed tax of the reverse-charge purchase)
    assertThat(sales.rows()).extracting(VatRegisterRow::document).containsExactly("FV/1/2026", "FV/2/2026",
        "FV/3/2026", "FV/4/2026", "FV/5/2026", "FV/6/2026", "KOR/1/2026", "ZZ/1/2026");
    assertThat(sales.rows()).extracting(VatRegisterRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    // 23 %: 10,000 − 1,000 (correction) = 9,000 base, 2,300 − 230 = 2,070 tax
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("K_10", "200.00");      // FV/2 exempt
    fields.put("K_11", "3600.00");     // FV/4 3,000 (oo, FR) + FV/6 600 (np, NO)
    fields.put("K_12", "3000.00");     // FV/4: services to an EU taxpayer (art. 100 ust. 1 pkt 4)
    fields.put("K_15", "500.00");
    fields.put("K_16", "25.00");
    fields.put("K_17", "1000.00");
    fields.put("K_18", "80.00");
    fields.put("K_19", "9000.00");
    fields.put("K_20", "2070.00");
    fields.put("K_21", "4000.00");     // FV/3 to DE at 0 %: intra-Community supply
    fields.put("K_22", "1500.00");     // FV/5 to US at 0 %: export
    fields.put("K_29", "2000.00");     // ZZ/1: services from an EU taxpayer, self-assessed
    fields.put("K_30", "460.00");
    assertThat(plain(sales.fieldTotals())).isEqualTo(fields);
    // output tax 25 + 80 + 2,070 + 460 = 2,635.00 = the 221 credits 2,300 + 80 + 25 + 460 less the debit 230
    assertThat(sales.tax()).isEqualTo(pln("2635.00"));
    assertThat(sales.checks()).extracting(Check::passed).containsExactly(true);
    assertThat(sales.totals()).extracting(VatAmount::rate).containsExactly(VatRate.RATE_23, VatRate.RATE_8,
        VatRate.RATE_5, VatRate.RATE_0, VatRate.EXEMPT, VatRate.NOT_TAXABLE, VatRate.REVERSE_CHARGE);
    // oo: FV/4 3,000 base (no tax) + ZZ/1 2,000 base with 460 tax
    assertThat(sales.totals().get(6)).isEqualTo(VatAmount.of(VatRate.REVERSE_CHARGE, pln("5000.00"), pln("460.00")));
    VatRegisterRow correction = sales.rows().get(6);
    assertThat(correction.invoice().corrects()).contains("FV/1/2026");
    assertThat(plain(correction.fields())).containsExactly(Map.entry("K_19", "-1000.00"), Map.entry("K_20", "-230.00"));
    assertThat(sales.rows().get(0).invoice().gtu()).containsExactly("GTU_12");
    assertThat(sales.rows().get(0).issueDate()).isEqualTo(LocalDate.of(2026, 2, 3));
  }

  @Test
  void purchaseRegister() {
    VatRegister purchases = reports.vatRegister(VatRegisterKind.PURCHASES, VatFixture.FROM, VatFixture.TO);

    assertThat(purchases.rows()).extracting(VatRegisterRow::document)
        .containsExactly("FZ/10/2026", "FZ/11/2026", "ZZ/1/2026", "FZ/12/2026");
    // K_40/41 the computer; K_42 800 + 2,000 + 300.40 = 3,100.40, K_43 184 + 460 + 24.03 = 668.03
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("K_40", "5000.00");
    fields.put("K_41", "1150.00");
    fields.put("K_42", "3100.40");
    fields.put("K_43", "668.03");
    assertThat(plain(purchases.fieldTotals())).isEqualTo(fields);
    // input tax 1,150 + 668.03 = 1,818.03 = the 222 debits 184 + 1,150 + 460 + 24.03
    assertThat(purchases.tax()).isEqualTo(pln("1818.03"));
    assertThat(purchases.allChecksPassed()).isTrue();
  }

  @Test
  void declarationByHand() {
    VatDeclaration d = reports.vatDeclaration(VatFixture.FROM, VatFixture.TO, 0);

    // every field in full złoty (art. 63 Ordynacja podatkowa): K_42 3,100.40 → 3,100; K_43 668.03 → 668
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("P_10", 200L);
    expected.put("P_11", 3600L);
    expected.put("P_12", 3000L);
    expected.put("P_15", 500L);
    expected.put("P_16", 25L);
    expected.put("P_17", 1000L);
    expected.put("P_18", 80L);
    expected.put("P_19", 9000L);
    expected.put("P_20", 2070L);
    expected.put("P_21", 4000L);
    expected.put("P_22", 1500L);
    expected.put("P_29", 2000L);
    expected.put("P_30", 460L);
    // P_37 = P_10 + P_11 + P_15 + P_17 + P_19 + P_21 + P_22 + P_29 = 200 + 3,600 + 500 + 1,000 + 9,000 + 4,000 +
    //        1,500 + 2,000 = 21,800 (P_12 is part of P_11)
    expected.put("P_37", 21800L);
    // P_38 = P_16 + P_18 + P_20 + P_30 = 25 + 80 + 2,070 + 460 = 2,635
    expected.put("P_38", 2635L);
    expected.put("P_40", 5000L);
    expected.put("P_41", 1150L);
    expected.put("P_42", 3100L);
    expected.put("P_43", 668L);
    // P_48 = P_41 + P_43 = 1,818; P_51 = 2,635 − 1,818 = 817 to pay; nothing carried forward
    expected.put("P_48", 1818L);
    expected.put("P_51", 817L);
    expected.put("P_53", 0L);
    expected.put("P_62", 0L);
    assertThat(d.fields()).isEqualTo(expected);
    assertThat(d.taxDue()).isEqualTo(817);
  }

  @Test
  void anExcessOfInputTaxIsCarriedForward() {
    // with 1,000 carried from January (P_39): P_48 = 1,000 + 1,818 = 2,818 > P_38 2,635 → P_51 0, P_53 = P_62 = 183
    VatDeclaration d = reports.vatDeclaration(VatFixture.FROM, VatFixture.TO, 1000);

    assertThat(d.field("P_39")).isEqualTo(1000);
    assertThat(d.field("P_48")).isEqualTo(2818);
    assertThat(d.taxDue()).isZero();
    assertThat(d.field("P_53")).isEqualTo(183);
    assertThat(d.carriedForward()).isEqualTo(183);
  }

  @Test
  void theCheckNamesTheEntriesThatMoveTheVatAccountWithoutVatData() {
    Ledger l = VatFixture.ledger();
    // the VAT settlement for January paid on 02-25 and a 221 posting with no VAT data
    l.post(JournalEntry.builder().date(LocalDate.of(2026, 2, 26)).description("manual")
        .document(DocumentRef.of("PK", "PK/7/2026", LocalDate.of(2026, 2, 26)))
        .addLines(JournalLine.debit("700", pln("50.00")), JournalLine.credit("221", pln("50.00"))).build());

    VatRegister sales = Reports.of(l).vatRegister(VatRegisterKind.SALES, VatFixture.FROM, VatFixture.TO);

    Check c = sales.checks().get(0);
    assertThat(c.passed()).isFalse();
    // 2,635.00 + 50.00 moved on 221 by PK/7/2026, the 13th entry of the ledger
    assertThat(c.english()).isEqualTo("output tax of the register 2635.00 does not equal the turnover of 221 (credit "
        + "minus debit) 2685.00; entries on 221 without VAT data: E13 (PK/7/2026) 50.00");

  }

  @Test
  void vatDataRoundTripsThroughTags() {
    VatInvoice invoice = VatInvoice.builder().partner("5261040828").partnerName("Klient A S.A.").partnerCountry("PL")
        .issueDate(LocalDate.of(2026, 2, 3)).saleDate(LocalDate.of(2026, 2, 2)).receiptDate(LocalDate.of(2026, 2, 4))
        .addGtu("GTU_12", "GTU_01").addProcedures("TP", "MPP").documentType("FP").corrects("FV/1/2026")
        .ksef("5261040828-20260203-0A1B2C-3D4E5F-6A").reverseCharge(ReverseCharge.INTRA_COMMUNITY_GOODS).build();

    Tags tags = invoice.toTags();

    assertThat(tags.all("gtu")).containsExactly("GTU_01", "GTU_12");
    assertThat(tags.first("sale-date")).contains("2026-02-02");
    assertThat(tags.first("vat-oo")).contains("wnt");
    assertThat(VatInvoice.from(tags)).isEqualTo(invoice);
    VatPosting posting = VatPosting.builder().rate(VatRate.RATE_8).base(new BigDecimal("-120.50")).fixedAsset(true).build();
    assertThat(posting.toTags().first("vat-rate")).contains("8");
    assertThat(VatPosting.from(posting.toTags())).contains(posting);
    assertThat(VatPosting.from(Tags.of("partner", "x"))).isEmpty();
  }

  @Test
  void invalidVatTagsNameTheTagAndValue() {
    assertThatThrownBy(() -> VatInvoice.from(Tags.of("gtu", "GTU_14")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("gtu").hasMessageContaining("GTU_14");
    assertThatThrownBy(() -> VatPosting.from(Tags.of("vat-rate", "22")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("vat-rate").hasMessageContaining("22");
    assertThatThrownBy(() -> VatInvoice.from(Tags.of("sale-date", "2026-02-30")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("sale-date");
    assertThatThrownBy(() -> VatInvoice.from(Tags.of("ksef", "123")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("ksef");
    assertThatThrownBy(() -> VatPosting.from(Tags.of("vat-base", "100.00")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("vat-rate");
    // a 221 line at 23 % must say its base
    Ledger l = VatFixture.ledger();
    l.post(JournalEntry.builder().date(LocalDate.of(2026, 2, 27)).description("no base")
        .addLines(JournalLine.debit("201", pln("123.00")), JournalLine.credit("700", pln("100.00")),
            JournalLine.builder().account("221").side(Side.CREDIT).amount(pln("23.00"))
                .tags(Tags.of("vat-rate", "23")).build()).build());
    assertThatThrownBy(() -> Reports.of(l).vatRegister(VatRegisterKind.SALES, VatFixture.FROM, VatFixture.TO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("vat-base");
  }

  private static Map<String, String> plain(Map<String, org.joda.money.Money> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v.getAmount().toPlainString()));
    return out;
  }
}
