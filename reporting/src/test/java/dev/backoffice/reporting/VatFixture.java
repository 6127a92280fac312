package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.reporting.vat.ReverseCharge;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatPosting;
import dev.backoffice.reporting.vat.VatRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * February 2026 of a company with VAT at every rate, entered through the Java API ({@link VatInvoice#toTags()},
 * {@link VatPosting#toTags()}). Amounts in PLN:
 * <pre>
 * Sales
 * FV/1/2026  02-03  Klient A (NIP 5261040828), 23 %: net 10,000.00, VAT 2,300.00; KSeF number; GTU_12
 * FV/2/2026  02-05  Klient B: 8 % net 1,000.00 VAT 80.00; 5 % net 500.00 VAT 25.00; exempt 200.00 (zw on the 700 line)
 * FV/3/2026  02-10  intra-Community supply of goods, Kunde GmbH (DE), 0 %: 4,000.00             → K_21
 * FV/4/2026  02-12  services to Client SARL (FR) under reverse charge (oo on 700): 3,000.00      → K_11 and K_12
 * FV/5/2026  02-13  export of goods to Buyer Inc. (US), 0 %: 1,500.00                           → K_22
 * FV/6/2026  02-16  services to Kunde AS (NO), not taxable in Poland (np): 600.00               → K_11
 * KOR/1/2026 02-20  correction of FV/1/2026: net −1,000.00, VAT −230.00 (221 Dr 230)
 * Purchases
 * FZ/10/2026 02-06  office supplies, Papiernik, 23 %: net 800.00, VAT 184.00                     → K_42/K_43
 * FZ/11/2026 02-09  a computer (fixed asset, 010), 23 %: net 5,000.00, VAT 1,150.00               → K_40/K_41
 * ZZ/1/2026  02-14  IT services from Cloud Ltd (IE) under reverse charge: net 2,000.00, VAT self-assessed
 *                   23 % = 460.00 on 221 (→ K_29/K_30) and deducted on 222 (→ K_42/K_43)
 * FZ/12/2026 02-18  fuel, Stacja, 8 %: net 300.40, VAT 24.03                                        → K_42/K_43
 * Not VAT data: WB/1/2026 02-25 the bank pays 2,000.00 of 202.
 * </pre>
 */
final class VatFixture {
  static final LocalDate FROM = LocalDate.of(2026, 2, 1);
  static final LocalDate TO = LocalDate.of(2026, 2, 28);

  private VatFixture() {}

  static Ledger ledger() {
    Ledger l = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC)).build();
    post(l, "FV", "FV/1/2026", 3, VatInvoice.builder().partner("5261040828").partnerName("Klient A S.A.")
            .saleDate(LocalDate.of(2026, 2, 2)).addGtu("GTU_12").ksef("5261040828-20260203-0A1B2C-3D4E5F-6A").build(),
        JournalLine.debit("201", pln("12300.00")), JournalLine.credit("700", pln("10000.00")),
        vat("221", Side.CREDIT, "2300.00", VatRate.RATE_23, "10000.00"));
    post(l, "FV", "FV/2/2026", 5, VatInvoice.builder().partner("7740001454").partnerName("Klient B sp. z o.o.").build(),
        JournalLine.debit("201", pln("1805.00")), JournalLine.credit("700", pln("1000.00")),
        JournalLine.credit("700", pln("500.00")), tagged("700", Side.CREDIT, "200.00", VatRate.EXEMPT, null),
        vat("221", Side.CREDIT, "80.00", VatRate.RATE_8, "1000.00"),
        vat("221", Side.CREDIT, "25.00", VatRate.RATE_5, "500.00"));
    post(l, "FV", "FV/3/2026", 10, VatInvoice.builder().partner("DE123456789").partnerCountry("DE")
            .partnerName("Kunde GmbH").build(),
        JournalLine.debit("201", pln("4000.00")), tagged("700", Side.CREDIT, "4000.00", VatRate.RATE_0, null));
    post(l, "FV", "FV/4/2026", 12, VatInvoice.builder().partner("FR12345678901").partnerCountry("FR")
            .partnerName("Client SARL").addProcedures("TP").build(),
        JournalLine.debit("201", pln("3000.00")), tagged("700", Side.CREDIT, "3000.00", VatRate.REVERSE_CHARGE, null));
    post(l, "FV", "FV/5/2026", 13, VatInvoice.builder().partner("98-7654321").partnerCountry("US")
            .partnerName("Buyer Inc.").build(),
        JournalLine.debit("201", pln("1500.00")), tagged("700", Side.CREDIT, "1500.00", VatRate.RATE_0, null));
    post(l, "FV", "FV/6/2026", 16, VatInvoice.builder().partner("NO999999999MVA").partnerCountry("NO")
            .partnerName("Kunde AS").build(),
        JournalLine.debit("201", pln("600.00")), tagged("700", Side.CREDIT, "600.00", VatRate.NOT_TAXABLE, null));
    post(l, "FV", "KOR/1/2026", 20, VatInvoice.builder().partner("5261040828").partnerName("Klient A S.A.")
            .corrects("FV/1/2026").build(),
        JournalLine.credit("201", pln("1230.00")), JournalLine.debit("700", pln("1000.00")),
        vat("221", Side.DEBIT, "230.00", VatRate.RATE_23, "-1000.00"));
    post(l, "FZ", "FZ/10/2026", 6, VatInvoice.builder().partner("9512345678").partnerName("Papiernik s.c.")
            .receiptDate(LocalDate.of(2026, 2, 7)).build(),
        JournalLine.debit("401", pln("800.00")), vat("222", Side.DEBIT, "184.00", VatRate.RATE_23, "800.00"),
        JournalLine.credit("202", pln("984.00")));
    post(l, "FZ", "FZ/11/2026", 9, VatInvoice.builder().partner("1132853869").partnerName("Sklep Komputerowy sp. z o.o.")
            .build(),
        JournalLine.debit("010", pln("5000.00")),
        JournalLine.builder().account("222").side(Side.DEBIT).amount(pln("1150.00")).tags(VatPosting.builder()
            .rate(VatRate.RATE_23).base(new BigDecimal("5000.00")).fixedAsset(true).build().toTags()).build(),
        JournalLine.credit("202", pln("6150.00")));
    post(l, "ZZ", "ZZ/1/2026", 14, VatInvoice.builder().partner("IE6388047V").partnerCountry("IE")
            .partnerName("Cloud Ltd").reverseCharge(ReverseCharge.EU_SERVICES).build(),
        JournalLine.debit("402", pln("2000.00")), JournalLine.credit("202", pln("2000.00")),
        vat("222", Side.DEBIT, "460.00", VatRate.REVERSE_CHARGE, "2000.00"),
        vat("221", Side.CREDIT, "460.00", VatRate.REVERSE_CHARGE, "2000.00"));
    post(l, "FZ", "FZ/12/2026", 18, VatInvoice.builder().partner("5250007738").partnerName("Stacja Paliw").build(),
        JournalLine.debit("401", pln("300.40")), vat("222", Side.DEBIT, "24.03", VatRate.RATE_8, "300.40"),
        JournalLine.credit("202", pln("324.43")));
    l.post(JournalEntry.builder().date(LocalDate.of(2026, 2, 25)).description("payment")
        .document(DocumentRef.of("WB", "WB/1/2026", LocalDate.of(2026, 2, 25)))
        .addLines(JournalLine.debit("202", pln("2000.00")), JournalLine.credit("130", pln("2000.00"))).build());
    return l;
  }

  static void post(Ledger l, String type, String number, int day, VatInvoice invoice, JournalLine... lines) {
    LocalDate d = LocalDate.of(2026, 2, day);
    l.post(JournalEntry.builder().date(d).description(number).document(DocumentRef.of(type, number, d))
        .tags(invoice.toTags()).addLines(lines).build());
  }

  static JournalLine vat(String account, Side side, String tax, VatRate rate, String base) {
    return tagged(account, side, tax, rate, base);
  }

  static JournalLine tagged(String account, Side side, String amount, VatRate rate, String base) {
    Tags t = base == null ? VatPosting.builder().rate(rate).build().toTags()
        : VatPosting.of(rate, new BigDecimal(base)).toTags();
    return JournalLine.builder().account(account).side(side).amount(pln(amount)).tags(t).build();
  }
}
