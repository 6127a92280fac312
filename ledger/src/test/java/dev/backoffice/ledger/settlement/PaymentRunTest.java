package dev.backoffice.ledger.settlement;

import static dev.backoffice.ledger.settlement.Books.d;
import static dev.backoffice.ledger.settlement.Books.entry;
import static dev.backoffice.ledger.settlement.Books.item;
import static dev.backoffice.ledger.settlement.Books.line;
import static dev.backoffice.ledger.settlement.Books.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.bank.Iban;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.payment.ElixirWriter;
import dev.backoffice.ledger.payment.Pain001Writer;
import dev.backoffice.ledger.payment.PaymentInstruction;
import dev.backoffice.ledger.payment.WhiteList;
import dev.backoffice.ledger.payment.WhiteListStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Payables due by a day become a payment batch and a reservation that the bank's answer commits or voids. */
class PaymentRunTest {
  private static final String SERWIS = "5261040828";
  private static final String PAPIERNIK = "7740001454";
  private static final String SERWIS_ACCOUNT = "PL61109010140000071219812874";
  private static final Iban OURS = Iban.parse("PL27114020040000300201355387");
  private static final OffsetDateTime CREATED = OffsetDateTime.parse("2025-01-31T09:00:00Z");
  private final Ledger ledger = Books.ledger();

  private void purchase(String doc, String partner, String gross, String due, Tags more) {
    ledger.post(entry("2025-01-08", "FZ", doc).addLines(JournalLine.debit("402", pln(gross)),
        line("202", Side.CREDIT, pln(gross), item(partner, doc).with("due", due).plus(more))).build());
  }

  private void invoices() {
    purchase("FZ/1/2025", SERWIS, "984.00", "2025-01-20", Tags.of("iban", SERWIS_ACCOUNT).with("partner-name", "Serwis IT sp. z o.o."));
    // split payment: net 1,000.00 + VAT 23 % 230.00
    ledger.post(entry("2025-01-09", "FZ", "FZ/2/2025").addLines(JournalLine.debit("402", pln("1000.00")),
        line("222", Side.DEBIT, pln("230.00"), Tags.of("vat-rate", "23")),
        line("202", Side.CREDIT, pln("1230.00"), item(SERWIS, "FZ/2/2025").with("due", "2025-01-25")
            .with("iban", SERWIS_ACCOUNT).with("proc", "MPP"))).build());
    purchase("FZ/3/2025", SERWIS, "500.00", "2025-02-10", Tags.of("iban", SERWIS_ACCOUNT));
    purchase("FZ/4/2025", PAPIERNIK, "184.00", "2025-01-15", Tags.empty());
    purchase("FZ/5/2025", PAPIERNIK, "20000.00", "2025-01-30", Tags.of("iban", "PL27 1140 2004 0000 3002 0135 5387"));
  }

  private PaymentProposal propose(WhiteList list) {
    return PaymentRun.of(Settlements.of(ledger), OURS, "Przykład sp. z o.o.", "130").withWhiteList(list)
        .propose(d("2025-01-31"), d("2025-01-31"), "PAY-2025-01-31", CREATED);
  }

  private static WhiteList listing(String nip) {
    return new WhiteList() {
      @Override
      public LocalDate date() {
        return LocalDate.of(2025, 1, 31);
      }

      @Override
      public WhiteListStatus check(String n, Iban account) {
        return n.equals(nip) ? WhiteListStatus.ACTIVE : WhiteListStatus.NOT_LISTED;
      }
    };
  }

  @Test
  void payablesDueBecomeInstructionsAndAReservation() {
    invoices();
    PaymentProposal p = propose(listing(SERWIS));
    assertThat(p.batch().orElseThrow().instructions()).extracting(i -> i.reference() + " " + i.amount() + " "
        + i.creditorName() + " " + i.remittance()).containsExactly(
            "FZ/1/2025 PLN 984.00 Serwis IT sp. z o.o. Zapłata za FZ/1/2025",
            "FZ/2/2025 PLN 1230.00 " + SERWIS + " /VAT/230,00/IDC/" + SERWIS + "/INV/FZ/2/2025");
    // FZ/3 is due later; FZ/4 has no account; FZ/5 is over 15,000 PLN to an account the list does not hold
    assertThat(p.skipped()).hasSize(2);
    assertThat(p.skipped().get(0)).contains("FZ/4/2025").contains("no iban tag");
    assertThat(p.skipped().get(1)).contains("FZ/5/2025").contains("VAT white list");
    assertThat(p.reservation().orElseThrow().lines()).extracting(JournalLine::toString)
        .containsExactly("Dr 202 PLN 984.00", "Dr 202 PLN 1230.00", "Cr 130 PLN 2214.00"); // 984 + 1,230
    assertThat(Pain001Writer.write(p.batch().get())).contains("<EndToEndId>FZ/2/2025</EndToEndId>")
        .contains("<CtrlSum>2214.00</CtrlSum>");
    // Elixir-O: the MPP title in lines of 35 characters, classification 53
    assertThat(ElixirWriter.write(p.batch().get())).contains("/VAT/230,00/IDC/" + SERWIS + "/INV/FZ/2").contains("\"53\"");
  }

  @Test
  void theReservationSettlesThePayablesWhenTheBankConfirms() {
    invoices();
    PaymentProposal p = propose(listing(SERWIS));
    PostedEntry reserved = ledger.reserve(p.reservation().orElseThrow(), Instant.parse("2026-01-31T00:00:00Z"));
    // reserved money is not paid: the payables stay open
    assertThat(Settlements.of(ledger).openItems(d("2025-01-31"))).extracting(OpenItem::document)
        .contains("FZ/1/2025", "FZ/2/2025");
    ledger.commit(reserved.id());
    assertThat(Settlements.of(ledger).openItems(d("2025-01-31"))).extracting(OpenItem::document)
        .containsExactly("FZ/3/2025", "FZ/4/2025", "FZ/5/2025");
  }

  @Test
  void aRefusedBatchIsVoidedAndThePayablesStayOpen() {
    invoices();
    PaymentProposal p = propose(listing(SERWIS));
    PostedEntry reserved = ledger.reserve(p.reservation().orElseThrow(), Instant.parse("2026-01-31T00:00:00Z"));
    ledger.voidReservation(reserved.id());
    assertThat(Settlements.of(ledger).openItems(d("2025-01-31"))).hasSize(5);
    assertThat(ledger.balance("130", dev.backoffice.core.money.Monies.PLN, d("2025-01-31"))).isEqualTo(pln("0.00"));
  }

  @Test
  void aWrongAccountNumberIsRefusedNamingTheItem() {
    purchase("FZ/6/2025", SERWIS, "100.00", "2025-01-20", Tags.of("iban", "PL61109010140000071219812875"));
    assertThatThrownBy(() -> propose(listing(SERWIS))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("iban tag of item 202 " + SERWIS + " FZ/6/2025");
  }

  @Test
  void nothingDueIsNoBatch() {
    purchase("FZ/3/2025", SERWIS, "500.00", "2025-02-10", Tags.of("iban", SERWIS_ACCOUNT));
    PaymentProposal p = propose(listing(SERWIS));
    assertThat(p.batch()).isEmpty();
    assertThat(p.reservation()).isEmpty();
  }

  @Test
  void splitPaymentsNeedNoListedAccount() {
    assertThat(dev.backoffice.ledger.payment.WhiteListPolicy.requiresListedAccount(PaymentInstruction.builder()
        .reference("x").debtorAccount(OURS).creditorName("n").creditorAccount(OURS).amount(pln("20000.00"))
        .executionDate(d("2025-01-31")).title("t").build())).isTrue();
  }
}
