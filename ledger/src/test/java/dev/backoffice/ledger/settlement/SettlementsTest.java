package dev.backoffice.ledger.settlement;

import static dev.backoffice.ledger.settlement.Books.d;
import static dev.backoffice.ledger.settlement.Books.entry;
import static dev.backoffice.ledger.settlement.Books.item;
import static dev.backoffice.ledger.settlement.Books.line;
import static dev.backoffice.ledger.settlement.Books.pln;
import static dev.backoffice.ledger.settlement.Books.purchase;
import static dev.backoffice.ledger.settlement.Books.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import org.junit.jupiter.api.Test;

/** Open items from tagged postings: opening, settling in full, in part, in several payments, and the queries. */
class SettlementsTest {
  private static final String A = "5261040828";
  private static final String B = "7740001454";
  private final Ledger ledger = Books.ledger();

  private void pay(String date, String number, String account, Side side, String amount, Tags tags) {
    ledger.post(entry(date, "WB", number)
        .addLines(line(account, side, pln(amount), tags),
            JournalLine.of("130", side.opposite(), pln(amount))).build());
  }

  @Test
  void anInvoiceOpensAnItemThatPaymentsSettleInPart() {
    ledger.post(sale("2025-01-10", A, "FV/1/2025", "1230.00", "2025-01-24"));
    pay("2025-01-20", "WB/1/2025", "201", Side.CREDIT, "500.00", item(A, "FV/1/2025"));
    pay("2025-02-05", "WB/2/2025", "201", Side.CREDIT, "730.00", item(A, "FV/1/2025"));
    Settlements s = Settlements.of(ledger);

    assertThat(s.openItems(d("2025-01-09"))).isEmpty();
    OpenItem jan15 = s.openItems(d("2025-01-15")).get(0);
    assertThat(jan15.account()).isEqualTo("201");
    assertThat(jan15.partner()).isEqualTo(A);
    assertThat(jan15.document()).isEqualTo("FV/1/2025");
    assertThat(jan15.isReceivable()).isTrue();
    assertThat(jan15.due()).isEqualTo(d("2025-01-24"));
    assertThat(jan15.amount()).isEqualTo(pln("1230.00"));
    assertThat(jan15.open()).isEqualTo(pln("1230.00"));
    assertThat(jan15.baseOpen()).isEqualTo(pln("1230.00"));

    OpenItem jan31 = s.openItems(d("2025-01-31")).get(0);
    assertThat(jan31.open()).isEqualTo(pln("730.00")); // 1,230 − 500
    assertThat(jan31.daysOverdue(d("2025-01-31"))).isEqualTo(7); // due Jan 24
    assertThat(jan31.bucket(d("2025-01-31"))).isEqualTo(AgingBucket.DAYS_1_30);
    assertThat(jan31.history()).extracting(Movement::kind).containsExactly(MovementKind.OPENED, MovementKind.SETTLED);

    assertThat(s.openItems(d("2025-02-05"))).isEmpty();
    OpenItem whole = s.document("FV/1/2025").get(0);
    assertThat(whole.open().isZero()).isTrue();
    assertThat(whole.history()).extracting(m -> m.kind() + " " + m.reference() + " " + m.amount().getAmount() + " "
        + m.openAfter().getAmount()).containsExactly(
            "OPENED FV/1/2025 1230.00 1230.00",
            "SETTLED WB/1/2025 -500.00 730.00",
            "SETTLED WB/2/2025 -730.00 0.00");
  }

  @Test
  void aStornoOfAnInvoiceTaggedOnTheEntryClosesItsItem() {
    // the journal text format puts a transaction's `; partner: …, doc: …` on the entry, not on the posting
    dev.backoffice.ledger.entry.PostedEntry invoice = ledger.post(entry("2025-01-10", "FV", "FV/9/2025")
        .tags(item(A, "FV/9/2025"))
        .addLines(JournalLine.debit("201", pln("615.00")), JournalLine.credit("700", pln("615.00"))).build());
    for (dev.backoffice.ledger.entry.ReversalMode mode : dev.backoffice.ledger.entry.ReversalMode.values()) {
      Ledger books = Books.ledger();
      dev.backoffice.ledger.entry.PostedEntry again = books.post(invoice.entry());
      assertThat(Settlements.of(books).openItems(d("2025-01-31"))).extracting(OpenItem::document)
          .containsExactly("FV/9/2025");

      books.reverse(again.id(), d("2025-01-20"), mode);
      Settlements s = Settlements.of(books);
      assertThat(s.openItems(d("2025-01-31"))).as(mode.name()).isEmpty();
      OpenItem item = s.document("FV/9/2025").get(0);
      assertThat(item.partner()).isEqualTo(A);
      assertThat(item.open().isZero()).as(mode.name()).isTrue();
      assertThat(item.history()).extracting(Movement::kind).containsExactly(MovementKind.OPENED, MovementKind.SETTLED);
    }
  }

  @Test
  void onePaymentForSeveralDocumentsIsOnePostingPerDocument() {
    ledger.post(sale("2025-01-10", A, "FV/2/2025", "100.00", "2025-01-24"));
    ledger.post(sale("2025-01-11", A, "FV/3/2025", "200.00", "2025-01-25"));
    ledger.post(entry("2025-01-20", "WB", "WB/3/2025")
        .addLines(JournalLine.debit("130", pln("300.00")),
            line("201", Side.CREDIT, pln("100.00"), Tags.of("doc", "FV/2/2025")),
            line("201", Side.CREDIT, pln("200.00"), Tags.of("doc", "FV/3/2025")))
        .tags(Tags.of("partner", A)).build());
    assertThat(Settlements.of(ledger).openItems(d("2025-01-20"))).isEmpty();
  }

  @Test
  void aPostingNamingOnlyTheDocumentSettlesThatDocumentsItem() {
    ledger.post(sale("2025-01-10", A, "FV/4/2025", "100.00", "2025-01-24"));
    pay("2025-01-20", "WB/4/2025", "201", Side.CREDIT, "40.00", Tags.of("doc", "FV/4/2025"));
    OpenItem i = Settlements.of(ledger).openItems(d("2025-01-31")).get(0);
    assertThat(i.partner()).isEqualTo(A);
    assertThat(i.open()).isEqualTo(pln("60.00"));
  }

  @Test
  void anOverPaymentClosesTheDocumentAndLeavesAnUnappliedCredit() {
    ledger.post(sale("2025-01-10", A, "FV/5/2025", "100.00", "2025-01-24"));
    pay("2025-01-20", "WB/5/2025", "201", Side.CREDIT, "150.00", item(A, "FV/5/2025"));
    Settlements s = Settlements.of(ledger);
    assertThat(s.openItems(d("2025-01-31"))).singleElement().satisfies(i -> {
      assertThat(i.isUnapplied()).isTrue();
      assertThat(i.partner()).isEqualTo(A);
      assertThat(i.open()).isEqualTo(pln("-50.00"));
      assertThat(i.history()).extracting(Movement::kind).containsExactly(MovementKind.OVERPAID);
    });
    assertThat(s.document("FV/5/2025").get(0).history()).extracting(m -> m.amount().getAmount().toPlainString())
        .containsExactly("100.00", "-100.00");
    // the next invoice is applied against the credit by a posting that moves it from the unapplied item
    ledger.post(sale("2025-02-01", A, "FV/6/2025", "80.00", "2025-02-15"));
    ledger.post(entry("2025-02-02", "PK", "PK/1/2025")
        .addLines(line("201", Side.DEBIT, pln("50.00"), Tags.of("partner", A)),
            line("201", Side.CREDIT, pln("50.00"), item(A, "FV/6/2025"))).build());
    assertThat(Settlements.of(ledger).openItems(d("2025-02-02"))).singleElement()
        .satisfies(i -> assertThat(i.document() + " " + i.open()).isEqualTo("FV/6/2025 PLN 30.00"));
  }

  @Test
  void aPaymentWithoutDocumentIsUnapplied() {
    pay("2025-01-20", "WB/6/2025", "201", Side.CREDIT, "80.00", Tags.of("partner", B));
    OpenItem i = Settlements.of(ledger).openItems(d("2025-01-20")).get(0);
    assertThat(i.isUnapplied()).isTrue();
    assertThat(i.isReceivable()).isFalse();
    assertThat(i.open()).isEqualTo(pln("-80.00"));
  }

  @Test
  void compensationSettlesAReceivableWithAPayableOfTheSameCounterparty() {
    ledger.post(sale("2025-01-10", A, "FV/7/2025", "1000.00", "2025-01-24"));
    ledger.post(purchase("2025-01-12", A, "FZ/9/2025", "600.00", "2025-01-26"));
    Settlements s = Settlements.of(ledger);
    OpenItem receivable = s.item("201", A, "FV/7/2025", Monies.PLN, d("2025-01-31")).orElseThrow();
    OpenItem payable = s.item("202", A, "FZ/9/2025", Monies.PLN, d("2025-01-31")).orElseThrow();
    var k = s.compensation(receivable, payable, d("2025-01-31"), "KOMP/1/2025");
    assertThat(k.lines()).extracting(JournalLine::toString)
        .containsExactly("Dr 202 PLN 600.00", "Cr 201 PLN 600.00");
    ledger.post(k);
    assertThat(Settlements.of(ledger).openItems(d("2025-01-31"))).singleElement()
        .satisfies(i -> assertThat(i.document() + " " + i.open()).isEqualTo("FV/7/2025 PLN 400.00"));
  }

  @Test
  void compensationRefusesItemsOfDifferentCounterparties() {
    ledger.post(sale("2025-01-10", A, "FV/7/2025", "1000.00", "2025-01-24"));
    ledger.post(purchase("2025-01-12", B, "FZ/9/2025", "600.00", "2025-01-26"));
    Settlements s = Settlements.of(ledger);
    OpenItem receivable = s.openItems(d("2025-01-31")).get(0);
    OpenItem payable = s.openItems(d("2025-01-31")).get(1);
    assertThatThrownBy(() -> s.compensation(receivable, payable, d("2025-01-31"), "KOMP/2/2025"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("payable.partner = '" + B + "'");
  }

  @Test
  void agingPutsEachItemInItsBucketOfDaysPastDue() {
    // as of 2025-06-30: days past due are written next to each due date
    String[][] dues = {
        {"2025-07-01", "not-due"}, // −1
        {"2025-06-30", "not-due"}, // 0
        {"2025-06-29", "1-30"}, // 1
        {"2025-05-31", "1-30"}, // 30
        {"2025-05-30", "31-60"}, // 31
        {"2025-05-01", "31-60"}, // 60: 30 days left of May, 30 of June
        {"2025-01-01", "91-180"}, // 180 = 31 + 28 + 31 + 30 + 31 + 29
        {"2024-12-31", ">180"}}; // 181
    for (int n = 0; n < dues.length; n++) {
      ledger.post(sale("2024-12-01", A, "FV/" + (10 + n) + "/2024", (n + 1) + "00.00", dues[n][0]));
    }
    Settlements s = Settlements.of(ledger);
    for (OpenItem i : s.openItems(d("2025-06-30"))) {
      int n = Integer.parseInt(i.document().substring(3, 5)) - 10;
      assertThat(i.bucket(d("2025-06-30")).label()).as(i.toString()).isEqualTo(dues[n][1]);
    }
    AgingRow row = s.aging(d("2025-06-30")).get(0);
    assertThat(row.buckets().get(AgingBucket.NOT_DUE)).isEqualTo(pln("300.00")); // 100 + 200
    assertThat(row.buckets().get(AgingBucket.DAYS_1_30)).isEqualTo(pln("700.00")); // 300 + 400
    assertThat(row.buckets().get(AgingBucket.DAYS_31_60)).isEqualTo(pln("1100.00")); // 500 + 600
    assertThat(row.buckets().get(AgingBucket.DAYS_61_90)).isEqualTo(pln("0.00"));
    assertThat(row.buckets().get(AgingBucket.DAYS_91_180)).isEqualTo(pln("700.00"));
    assertThat(row.buckets().get(AgingBucket.OVER_180)).isEqualTo(pln("800.00"));
    assertThat(row.total()).isEqualTo(pln("3600.00")); // 100 + … + 800
  }

  @Test
  void theSameDocumentNumberOfTwoSuppliersIsTwoItems() {
    ledger.post(purchase("2025-01-10", A, "1/2025", "100.00", "2025-01-24"));
    ledger.post(purchase("2025-01-10", B, "1/2025", "200.00", "2025-01-24"));
    pay("2025-01-20", "WB/7/2025", "202", Side.DEBIT, "100.00", item(A, "1/2025"));
    Settlements s = Settlements.of(ledger);
    assertThat(s.openItems(d("2025-01-20"))).singleElement().satisfies(i -> assertThat(i.partner()).isEqualTo(B));
    assertThat(s.document("1/2025")).hasSize(2);
  }

  @Test
  void untaggedPostingsGatherOnTheAccountsUntaggedItem() {
    ledger.post(entry("2025-01-10", "FV", "FV/8/2025")
        .addLines(JournalLine.debit("201", pln("100.00")), JournalLine.credit("700", pln("100.00"))).build());
    OpenItem i = Settlements.of(ledger).openItems(d("2025-01-10")).get(0);
    assertThat(i.partner()).isEmpty();
    assertThat(i.document()).isEmpty();
    assertThat(i.open()).isEqualTo(pln("100.00"));
  }

  @Test
  void aDueTagThatIsNotADateIsRefusedNamingTheEntry() {
    ledger.post(entry("2025-01-10", "FV", "FV/9/2025")
        .addLines(line("201", Side.DEBIT, pln("100.00"), item(A, "FV/9/2025").with("due", "jutro")),
            JournalLine.credit("700", pln("100.00"))).build());
    assertThatThrownBy(() -> Settlements.of(ledger)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("tag due = 'jutro'").hasMessageContaining("must be a date");
  }

  @Test
  void nonSettlementAccountsAreNotItems() {
    ledger.post(entry("2025-01-10", "PK", "PK/2/2025")
        .addLines(line("402", Side.DEBIT, pln("100.00"), item(A, "X")), JournalLine.credit("130", pln("100.00"))).build());
    assertThat(Settlements.of(ledger).openItems(d("2025-01-10"))).isEmpty();
  }
}
