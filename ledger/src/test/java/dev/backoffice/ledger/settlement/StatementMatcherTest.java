package dev.backoffice.ledger.settlement;

import static dev.backoffice.ledger.settlement.Books.d;
import static dev.backoffice.ledger.settlement.Books.entry;
import static dev.backoffice.ledger.settlement.Books.fx;
import static dev.backoffice.ledger.settlement.Books.item;
import static dev.backoffice.ledger.settlement.Books.line;
import static dev.backoffice.ledger.settlement.Books.pln;
import static dev.backoffice.ledger.settlement.Books.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.InMemoryExchangeRateProvider;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.StatementBalance;
import dev.backoffice.ledger.bank.StatementFormat;
import dev.backoffice.ledger.bank.StatementLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Matching rules, confidence, ambiguity, and the bank postings they become. */
class StatementMatcherTest {
  private static final String A = "5261040828";
  private static final String B = "7740001454";
  private static final String SUPPLIER_NRB = "61109010140000071219812874";
  private final Ledger ledger = Books.ledger();

  /** A line: amount signed (money in positive), title, counterparty account (or null). */
  private record L(String amount, String title, String account) {}

  private static BankStatement statement(CurrencyUnit cu, L... lines) {
    List<StatementLine> ls = new ArrayList<>();
    Money total = Money.zero(cu);
    for (int i = 0; i < lines.length; i++) {
      Money amount = Monies.of(cu.getCode(), lines[i].amount());
      total = total.plus(amount);
      var b = StatementLine.builder().index(i + 1).bookingDate(d("2025-01-21")).valueDate(d("2025-01-21"))
          .amount(amount).title(lines[i].title()).bankReference("REF" + (i + 1));
      if (lines[i].account() != null) {
        b.counterpartyAccount(lines[i].account()).counterpartyName("Kontrahent, sp. z o.o.");
      }
      ls.add(b.build());
    }
    return BankStatement.builder().format(StatementFormat.MT940).account("PL27114020040000300201355387")
        .statementNumber("5/2025").currency(cu)
        .opening(StatementBalance.of(d("2025-01-20"), Money.of(cu, new BigDecimal("10000.00"))))
        .closing(StatementBalance.of(d("2025-01-21"), Money.of(cu, new BigDecimal("10000.00")).plus(total)))
        .lines(ls).build();
  }

  private static BankStatement statement(L... lines) {
    return statement(Monies.PLN, lines);
  }

  private List<StatementMatch> match(BankStatement s) {
    return StatementMatcher.of(Settlements.of(ledger), d("2025-01-21")).match(s);
  }

  private static String summary(StatementMatch m) {
    return m.rule() + " " + m.confidence() + " " + (m.accepted() ? "accepted" : "not accepted") + " "
        + m.allocations().stream().map(a -> a.item().document() + "=" + a.amount().getAmount()).toList()
        + (m.unapplied().isZero() ? "" : " unapplied " + m.unapplied().getAmount());
  }

  @Test
  void theDocumentNumberInTheTitlePaysThatInvoice() {
    ledger.post(sale("2025-01-10", A, "FV/1/2025", "1230.00", "2025-01-24"));
    assertThat(match(statement(new L("1230.00", "Zapłata za FV/1/2025.", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("DOCUMENT_IN_TITLE 0.95 accepted [FV/1/2025=1230.00]");
  }

  @Test
  void lessThanTheInvoiceIsAPartialPaymentWithLowerConfidence() {
    ledger.post(sale("2025-01-10", A, "FV/1/2025", "1230.00", "2025-01-24"));
    assertThat(match(statement(new L("500.00", "fv/1/2025 rata 1", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("DOCUMENT_IN_TITLE 0.85 accepted [FV/1/2025=500.00]");
  }

  @Test
  void moreThanTheInvoiceLeavesTheRestUnapplied() {
    ledger.post(sale("2025-01-10", A, "FV/1/2025", "100.00", "2025-01-24"));
    assertThat(match(statement(new L("150.00", "FV/1/2025", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("DOCUMENT_IN_TITLE 0.80 accepted [FV/1/2025=100.00] unapplied 50.00");
  }

  @Test
  void aSplitPaymentTitleNamesTheInvoiceInInv() {
    ledger.post(sale("2025-01-10", A, "FV/1/2025", "1230.00", "2025-01-24"));
    assertThat(match(statement(new L("1230.00", "/VAT/230,00/IDC/" + A + "/INV/FV/1/2025/TXT/usługi IT", null))))
        .extracting(StatementMatcherTest::summary).containsExactly("SPLIT_PAYMENT 0.99 accepted [FV/1/2025=1230.00]");
    assertThat(SplitPaymentTitle.parse("/VAT/230,00/IDC/" + A + "/INV/FV/1/2025/TXT/usługi IT")).hasValue(
        new SplitPaymentTitle("230,00", A, "FV/1/2025", "usługi IT"));
    assertThat(SplitPaymentTitle.parse("Zapłata FV/1/2025")).isEmpty();
  }

  @Test
  void severalInvoicesInOneTitleArePaidInDueOrder() {
    ledger.post(sale("2025-01-10", A, "FV/2/2025", "100.00", "2025-01-24"));
    ledger.post(sale("2025-01-11", A, "FV/3/2025", "200.00", "2025-01-20"));
    assertThat(match(statement(new L("300.00", "FV/2/2025, FV/3/2025", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("DOCUMENTS_IN_TITLE 0.90 accepted [FV/3/2025=200.00, FV/2/2025=100.00]");
    // 250 pays the earlier due in full and 50 of the other: partial
    assertThat(match(statement(new L("250.00", "FV/2/2025 FV/3/2025", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("DOCUMENTS_IN_TITLE 0.80 accepted [FV/3/2025=200.00, FV/2/2025=50.00]");
  }

  @Test
  void theAmountOfAnItemOfTheCounterpartysAccount() {
    ledger.post(entry("2025-01-08", "FZ", "FZ/1/2025").addLines(JournalLine.debit("402", pln("984.00")),
        line("202", Side.CREDIT, pln("984.00"), item(B, "FZ/1/2025").with("iban", "PL" + SUPPLIER_NRB))).build());
    assertThat(match(statement(new L("-984.00", "przelew", "PL" + SUPPLIER_NRB)))).extracting(StatementMatcherTest::summary)
        .containsExactly("AMOUNT_AND_ACCOUNT 0.80 accepted [FZ/1/2025=984.00]");
    // money in from that account does not pay a payable
    assertThat(match(statement(new L("984.00", "przelew", SUPPLIER_NRB)))).extracting(StatementMatch::rule)
        .containsExactly(MatchRule.NONE);
  }

  @Test
  void theAmountOfAnItemOfTheNipInTheTitle() {
    ledger.post(sale("2025-01-10", A, "FV/4/2025", "500.00", "2025-01-24"));
    ledger.post(sale("2025-01-10", B, "FV/5/2025", "500.00", "2025-01-24"));
    assertThat(match(statement(new L("500.00", "NIP 526-104-08-28 zapłata", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("AMOUNT_AND_NIP 0.75 accepted [FV/4/2025=500.00]");
  }

  @Test
  void twoInvoicesOfTheSameAmountAreAmbiguousAndNotAccepted() {
    ledger.post(sale("2025-01-10", A, "FV/4/2025", "1000.00", "2025-01-24"));
    ledger.post(sale("2025-01-12", A, "FV/6/2025", "1000.00", "2025-01-26"));
    StatementMatch byNip = match(statement(new L("1000.00", "NIP " + A, null))).get(0);
    assertThat(byNip.ambiguous()).isTrue();
    assertThat(byNip.accepted()).isFalse();
    assertThat(byNip.rule()).isEqualTo(MatchRule.AMOUNT_AND_NIP);
    assertThat(byNip.candidates()).extracting(OpenItem::document).containsExactlyInAnyOrder("FV/4/2025", "FV/6/2025");
    StatementMatch byAmount = match(statement(new L("1000.00", "przelew", null))).get(0);
    assertThat(byAmount.ambiguous()).isTrue();
    assertThat(byAmount.rule()).isEqualTo(MatchRule.AMOUNT_ONLY);
  }

  @Test
  void theAmountAloneIsASuggestionNeverAccepted() {
    ledger.post(sale("2025-01-10", A, "FV/4/2025", "777.00", "2025-01-24"));
    assertThat(match(statement(new L("777.00", "przelew", null)))).extracting(StatementMatcherTest::summary)
        .containsExactly("AMOUNT_ONLY 0.50 not accepted [FV/4/2025=777.00]");
  }

  @Test
  void acceptedLinesArePostedOnceAndTheRestWaitsOnSuspense() {
    ledger.post(sale("2025-01-10", A, "FV/1/2025", "1230.00", "2025-01-24"));
    BankStatement s = statement(new L("1230.00", "FV/1/2025", null), new L("1230.00", "FV/1/2025 again", "PL" + SUPPLIER_NRB),
        new L("-45.00", "opłata", null));
    Settlements before = Settlements.of(ledger);
    List<StatementMatch> matches = StatementMatcher.of(before, d("2025-01-21")).match(s);
    // the second line names an invoice the first has paid: nothing left to match
    assertThat(matches).extracting(StatementMatch::rule).containsExactly(MatchRule.DOCUMENT_IN_TITLE, MatchRule.NONE,
        MatchRule.NONE);
    List<JournalEntry> entries = BankPostings.of(before, "130").entries(s, matches);
    assertThat(entries).extracting(e -> e.lines().toString()).containsExactly(
        "[Dr 130 PLN 1230.00, Cr 201 PLN 1230.00]", "[Dr 130 PLN 1230.00, Cr 249 PLN 1230.00]",
        "[Cr 130 PLN 45.00, Dr 249 PLN 45.00]");
    assertThat(entries.get(0).idempotencyKey().orElseThrow().value())
        .isEqualTo("WB:PL27114020040000300201355387/5/2025/20250120/1/REF1");
    assertThat(entries.get(1).lines().get(1).tags().toString()).isEqualTo(
        "doc: WB:PL27114020040000300201355387/5/2025/20250120/2/REF2, partner: PL" + SUPPLIER_NRB
            + ", partner-name: Kontrahent sp. z o.o.");
    entries.forEach(ledger::post);

    Settlements after = Settlements.of(ledger);
    assertThat(after.openItems(d("2025-01-21"))).extracting(i -> i.account() + " " + i.open().getAmount())
        .containsExactlyInAnyOrder("249 -1230.00", "249 45.00");
    // the same statement again: every line is already posted, nothing to post, and posting again books nothing
    List<StatementMatch> again = StatementMatcher.of(after, d("2025-01-21")).match(s);
    assertThat(again).allMatch(StatementMatch::alreadyPosted);
    assertThat(BankPostings.of(after, "130").entries(s, again)).isEmpty();
    long count = ledger.postedCount();
    entries.forEach(ledger::post);
    assertThat(ledger.postedCount()).isEqualTo(count);
  }

  @Test
  void aEuroLinePaysAtThePreviousDaysRateAndBooksTheRealisedDifference() {
    ledger.post(entry("2025-01-10", "FV", "FV/7/2025").addLines(
        fx("201", Side.DEBIT, "1000.00", "4300.00", "4.3000", item("DE811569869", "FV/7/2025")),
        JournalLine.credit("700", pln("4300.00"))).build());
    BankStatement s = statement(Monies.EUR, new L("1000.00", "Invoice FV/7/2025", null));
    Settlements before = Settlements.of(ledger);
    List<StatementMatch> matches = StatementMatcher.of(before, d("2025-01-21")).match(s);
    assertThatThrownBy(() -> BankPostings.of(before, "131").entries(s, matches)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("needs exchange rates");
    // NBP rate of 2025-01-20, the working day before the booking date: 1,000 × 4.2500 = 4,250.00; carried 4,300.00
    List<JournalEntry> entries = BankPostings.of(before, "131").withRates(InMemoryExchangeRateProvider.of(
        ExchangeRate.of("EUR", "PLN", "4.2500", d("2025-01-20"), "NBP 013/A/NBP/2025"))).entries(s, matches);
    assertThat(entries.get(0).lines()).extracting(JournalLine::toString).containsExactly(
        "Dr 131 EUR 1000.00 @@ PLN 4250.00", "Cr 201 EUR 1000.00 @@ PLN 4250.00", "Cr 201 EUR 0.00 @@ PLN 50.00",
        "Dr 751 PLN 50.00");
    entries.forEach(ledger::post);
    Settlements after = Settlements.of(ledger);
    assertThat(after.openItems(d("2025-01-21"))).isEmpty();
    assertThat(after.realisedDifferences(d("2025-01-31"))).isEmpty();
  }
}
