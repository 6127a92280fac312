package dev.backoffice.ledger.settlement;

import static dev.backoffice.ledger.settlement.Books.d;
import static dev.backoffice.ledger.settlement.Books.entry;
import static dev.backoffice.ledger.settlement.Books.item;
import static dev.backoffice.ledger.settlement.Books.line;
import static dev.backoffice.ledger.settlement.Books.pln;
import static dev.backoffice.ledger.settlement.Books.sale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.interest.InterestNote;
import dev.backoffice.ledger.interest.LatePaymentInterest;
import dev.backoffice.ledger.interest.LatePaymentRates;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late-payment interest per receivable. 2025 H1 statutory rate 15.75 % (NBP reference 5.75 % + 10 points),
 * actual days over 365: 4,000.00 paid 30 days late (Feb 1 – Mar 2) = 4,000 × 0.1575 × 30 / 365 = 51.78;
 * 6,000.00 open 59 days (Feb 1 – Mar 31) = 6,000 × 0.1575 × 59 / 365 = 152.75; total 204.53.
 */
class InterestClaimTest {
  private final Ledger ledger = Books.ledger();

  @Test
  void latePaymentsAndTheOpenRestEachHaveANote() {
    ledger.post(sale("2025-01-02", "5261040828", "FV/1/2025", "10000.00", "2025-01-31"));
    ledger.post(entry("2025-03-02", "WB", "WB/9/2025").addLines(JournalLine.debit("130", pln("4000.00")),
        line("201", Side.CREDIT, pln("4000.00"), item("5261040828", "FV/1/2025"))).build());
    ledger.post(sale("2025-03-01", "5261040828", "FV/2/2025", "500.00", "2025-04-15")); // not due: no claim

    List<InterestClaim> claims = Settlements.of(ledger)
        .interest(d("2025-03-31"), LatePaymentInterest.with(LatePaymentRates.statutory()));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.item().document()).isEqualTo("FV/1/2025");
      assertThat(c.notes()).extracting(InterestNote::total).containsExactly(pln("51.78"), pln("152.75"));
      assertThat(c.notes()).extracting(InterestNote::days).containsExactly(30L, 59L);
      assertThat(c.total()).isEqualTo(pln("204.53"));
    });
  }

  @Test
  void aReceivablePaidOnTimeHasNoClaim() {
    ledger.post(sale("2025-01-02", "5261040828", "FV/1/2025", "100.00", "2025-01-31"));
    ledger.post(entry("2025-01-31", "WB", "WB/9/2025").addLines(JournalLine.debit("130", pln("100.00")),
        line("201", Side.CREDIT, pln("100.00"), item("5261040828", "FV/1/2025"))).build());
    assertThat(Settlements.of(ledger).interest(d("2025-03-31"), LatePaymentInterest.with(LatePaymentRates.statutory())))
        .isEmpty();
  }
}
