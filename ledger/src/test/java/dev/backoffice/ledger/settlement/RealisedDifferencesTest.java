package dev.backoffice.ledger.settlement;

import static dev.backoffice.ledger.settlement.Books.d;
import static dev.backoffice.ledger.settlement.Books.entry;
import static dev.backoffice.ledger.settlement.Books.eur;
import static dev.backoffice.ledger.settlement.Books.fx;
import static dev.backoffice.ledger.settlement.Books.item;
import static dev.backoffice.ledger.settlement.Books.pln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.InMemoryExchangeRateProvider;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.fx.FxRevaluation;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Realised exchange differences (art. 30 ust. 4 UoR, art. 15a CIT): booked on the payment date, on 751 (loss) or
 * 750 (gain), as the carried value of the settled part minus the payment's value. Figures by hand in each test.
 */
class RealisedDifferencesTest {
  private static final String P = "DE811569869";
  private final Ledger ledger = Books.ledger();

  /** FV/7/2025: 1,000 EUR at 4.3000 = 4,300.00 PLN, due 2025-02-10. */
  private void invoice() {
    ledger.post(entry("2025-01-10", "FV", "FV/7/2025")
        .addLines(fx("201", Side.DEBIT, "1000.00", "4300.00", "4.3000", item(P, "FV/7/2025").with("due", "2025-02-10")),
            JournalLine.credit("700", pln("4300.00"))).build());
  }

  /** The customer pays EUR into 131: amount at the day's rate, written out as its PLN value. */
  private void paymentInEur(String date, String number, String eur, String plnValue, String rate) {
    ledger.post(entry(date, "WB", number)
        .addLines(fx("131", Side.DEBIT, eur, plnValue, rate, Tags.empty()),
            fx("201", Side.CREDIT, eur, plnValue, rate, item(P, "FV/7/2025"))).build());
  }

  private static List<String> lines(JournalEntry e) {
    return e.lines().stream().map(l -> l.toString() + " " + l.tags()).toList();
  }

  @Test
  void aPaymentAtALowerRateIsARealisedLossOnThePaymentDate() {
    invoice();
    paymentInEur("2025-01-20", "WB/1/2025", "1000.00", "4250.00", "4.2500");

    List<JournalEntry> diffs = Settlements.of(ledger).realisedDifferences(d("2025-01-31"));
    // carried 4,300.00 − paid 4,250.00 = 50.00 loss
    assertThat(diffs).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo(d("2025-01-20"));
      assertThat(lines(e)).containsExactly(
          "Cr 201 EUR 0.00 @@ PLN 50.00 partner: DE811569869, doc: FV/7/2025, payment: WB/1/2025, fx: realised, settled-by: E2",
          "Dr 751 PLN 50.00 partner: DE811569869, doc: FV/7/2025, payment: WB/1/2025");
    });
    diffs.forEach(ledger::post);
    Balance receivable = ledger.balances(BalanceQuery.of("201")).get(Monies.EUR);
    assertThat(receivable.net()).isEqualTo(eur("0.00"));
    assertThat(receivable.baseValue()).isEqualTo(pln("0.00"));
    assertThat(ledger.balance("751", Monies.PLN, d("2025-01-20"))).isEqualTo(pln("50.00"));
    // booked: nothing left, and posting the same entry again books nothing twice
    assertThat(Settlements.of(ledger).realisedDifferences(d("2025-01-31"))).isEmpty();
    long count = ledger.postedCount();
    diffs.forEach(ledger::post);
    assertThat(ledger.postedCount()).isEqualTo(count);
    assertThat(Settlements.of(ledger).openItems(d("2025-01-31"))).isEmpty();
  }

  @Test
  void paidLessForAPayableThanItIsCarriedAtIsARealisedGain() {
    ledger.post(entry("2025-01-10", "FZ", "FZ/8/2025")
        .addLines(JournalLine.debit("402", pln("8600.00")),
            fx("202", Side.CREDIT, "2000.00", "8600.00", "4.3000", item(P, "FZ/8/2025"))).build());
    ledger.post(entry("2025-01-24", "WB", "WB/2/2025")
        .addLines(fx("202", Side.DEBIT, "2000.00", "8500.00", "4.2500", item(P, "FZ/8/2025")),
            fx("131", Side.CREDIT, "2000.00", "8500.00", "4.2500", Tags.empty())).build());
    // carried 8,600.00 − paid 8,500.00 = 100.00 gain
    assertThat(Settlements.of(ledger).realisedDifferences(d("2025-01-31"))).singleElement()
        .satisfies(e -> assertThat(lines(e)).extracting(s -> s.substring(0, s.indexOf(" partner"))).containsExactly(
            "Dr 202 EUR 0.00 @@ PLN 100.00", "Cr 750 PLN 100.00"));
  }

  @Test
  void partialPaymentsAtTwoRatesRealiseEachItsOwnDifference() {
    invoice();
    // 400 EUR at 4.2500 = 1,700.00; carried share 4,300.00 × 400 / 1,000 = 1,720.00 → loss 20.00
    paymentInEur("2025-01-20", "WB/1/2025", "400.00", "1700.00", "4.2500");
    // 600 EUR at 4.3500 = 2,610.00; carried rest 4,300.00 − 1,720.00 = 2,580.00 → gain 30.00
    paymentInEur("2025-02-10", "WB/2/2025", "600.00", "2610.00", "4.3500");

    List<JournalEntry> diffs = Settlements.of(ledger).realisedDifferences(d("2025-02-28"));
    assertThat(diffs).extracting(e -> e.date() + " " + e.lines().get(1).toString())
        .containsExactly("2025-01-20 Dr 751 PLN 20.00", "2025-02-10 Cr 750 PLN 30.00");
    // up to January only the first
    assertThat(Settlements.of(ledger).realisedDifferences(d("2025-01-31"))).hasSize(1);
    diffs.forEach(ledger::post);
    assertThat(ledger.balances(BalanceQuery.of("201")).get(Monies.EUR).baseValue()).isEqualTo(pln("0.00"));
  }

  @Test
  void aPaymentInZlotyOfAEuroInvoiceSettlesItAtThePaymentsValue() {
    invoice();
    // the customer pays 4,250.00 PLN for the 1,000 EUR (the bank's rate 4.2500): the posting on 201 settles the
    // EUR item with the złoty actually received as its value
    ledger.post(entry("2025-01-20", "WB", "WB/3/2025")
        .addLines(JournalLine.debit("130", pln("4250.00")),
            fx("201", Side.CREDIT, "1000.00", "4250.00", "4.2500", item(P, "FV/7/2025"))).build());
    assertThat(Settlements.of(ledger).realisedDifferences(d("2025-01-31"))).singleElement()
        .satisfies(e -> assertThat(e.lines().get(1).toString()).isEqualTo("Dr 751 PLN 50.00"));
  }

  @Test
  void theMonthEndValuationTouchesOnlyWhatIsOpen() {
    invoice();
    paymentInEur("2025-01-20", "WB/1/2025", "400.00", "1700.00", "4.2500");
    FxRevaluation valuation = FxRevaluation.of(InMemoryExchangeRateProvider.of(
        ExchangeRate.of("EUR", "PLN", "4.2800", d("2025-01-31"), "NBP 021/A/NBP/2025")))
        .withAccounts(a -> a.code().equals("201")); // the EUR bank account's own valuation is not the point here

    // open 600 EUR at 4.2800 = 2,568.00 against the carried 2,580.00 → −12.00 on the item; the paid part's
    // −20.00 is not the valuation's (valuing the whole balance, 2,600.00, would have booked −32.00)
    JournalEntry wycena = valuation.entry(ledger, d("2025-01-31")).orElseThrow();
    assertThat(lines(wycena)).containsExactly(
        "Cr 201 EUR 0.00 @@ PLN 12.00 partner: DE811569869, doc: FV/7/2025",
        "Dr 751 PLN 12.00 ");
    Settlements.of(ledger).realisedDifferences(d("2025-01-31")).forEach(ledger::post);
    ledger.post(wycena);
    assertThat(valuation.entry(ledger, d("2025-01-31"))).isEmpty();

    // the rest paid at 4.3500 = 2,610.00 against the valued 2,568.00: a realised gain of 42.00
    paymentInEur("2025-02-10", "WB/2/2025", "600.00", "2610.00", "4.3500");
    assertThat(Settlements.of(ledger).realisedDifferences(d("2025-02-28"))).singleElement()
        .satisfies(e -> assertThat(e.lines().get(1).toString()).isEqualTo("Cr 750 PLN 42.00"));
  }

  @Test
  void aCompensationOfEuroItemsBooksTheDifferenceOfTheirCarriedValues() {
    invoice(); // receivable 1,000 EUR carried at 4,300.00
    ledger.post(entry("2025-01-12", "FZ", "FZ/3/2025")
        .addLines(JournalLine.debit("402", pln("2520.00")),
            fx("202", Side.CREDIT, "600.00", "2520.00", "4.2000", item(P, "FZ/3/2025"))).build());
    Settlements s = Settlements.of(ledger);
    OpenItem r = s.item("201", P, "FV/7/2025", Monies.EUR, d("2025-01-31")).orElseThrow();
    OpenItem p = s.item("202", P, "FZ/3/2025", Monies.EUR, d("2025-01-31")).orElseThrow();
    JournalEntry k = s.compensation(r, p, d("2025-01-31"), "KOMP/1/2025");
    // 600 EUR: payable carried 2,520.00, receivable share 4,300.00 × 600 / 1,000 = 2,580.00 → loss 60.00
    assertThat(k.lines()).extracting(JournalLine::toString).containsExactly(
        "Dr 202 EUR 600.00 @@ PLN 2520.00", "Cr 201 EUR 600.00 @@ PLN 2580.00", "Dr 751 PLN 60.00");
    ledger.post(k);
    Settlements after = Settlements.of(ledger);
    assertThat(after.realisedDifferences(d("2025-01-31"))).isEmpty();
    assertThat(after.openItems(d("2025-01-31"))).singleElement().satisfies(i -> {
      assertThat(i.open()).isEqualTo(eur("400.00"));
      assertThat(i.baseOpen()).isEqualTo(pln("1720.00"));
    });
  }
}
