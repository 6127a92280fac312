package dev.backoffice.ledger.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.InMemoryExchangeRateProvider;
import dev.backoffice.core.fx.MissingExchangeRateException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Balance-sheet valuation of EUR balances, figures by hand:
 * bank 1,000 EUR booked at 4.2150 = 4,215.00 PLN, valued at 4.2500 = 4,250.00 → gain 35.00 (Cr 750);
 * supplier 500 EUR booked at 4.2000 = 2,100.00 PLN (credit), valued at 4.2500 = 2,125.00 → loss 25.00 (Dr 751).
 */
class FxRevaluationTest {
  private static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);
  private static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);
  private Ledger ledger;

  @BeforeEach
  void setUp() {
    ledger = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2025-02-01T08:00:00Z"), ZoneOffset.UTC)).build();
    ledger.openAccount(Account.of("131", "Rachunek walutowy EUR", AccountType.ASSET));
    ledger.openAccount(Account.builder().code("202-EUR").name("Dostawca EUR").type(AccountType.LIABILITY).parent("202").build());
    ledger.post(JournalEntry.builder().date(JAN_10).description("wpłata EUR")
        .addLines(eurLine("131", Side.DEBIT, "1000.00", "4215.00", "4.2150"), JournalLine.credit("201", pln("4215.00")))
        .build());
    ledger.post(JournalEntry.builder().date(JAN_10).description("faktura EUR")
        .addLines(JournalLine.debit("402", pln("2100.00")), eurLine("202-EUR", Side.CREDIT, "500.00", "2100.00", "4.2000"))
        .build());
  }

  private static Money pln(String a) {
    return Monies.of("PLN", a);
  }

  private static JournalLine eurLine(String account, Side side, String eur, String plnCost, String rate) {
    return JournalLine.builder().account(account).side(side).amount(Monies.of("EUR", eur)).cost(pln(plnCost))
        .rate(new BigDecimal(rate)).build();
  }

  private static InMemoryExchangeRateProvider nbp(String rate, LocalDate date) {
    return InMemoryExchangeRateProvider.of(ExchangeRate.of("EUR", "PLN", rate, date, "NBP A 021/A/NBP/2025"));
  }

  @Test
  void revaluesForeignBalancesAndBooksExchangeDifferences() {
    JournalEntry e = FxRevaluation.of(nbp("4.2500", JAN_31)).entry(ledger, JAN_31).orElseThrow();

    assertThat(e.date()).isEqualTo(JAN_31);
    assertThat(e.lines()).extracting(l -> l.account() + " " + l.side() + " " + l.amount() + " " + l.balancingAmount())
        .containsExactlyInAnyOrder(
            "131 DEBIT EUR 0.00 PLN 35.00",
            "202-EUR CREDIT EUR 0.00 PLN 25.00",
            "750 CREDIT PLN 35.00 PLN 35.00",
            "751 DEBIT PLN 25.00 PLN 25.00");
    ledger.post(e);

    Balance bank = ledger.balances(BalanceQuery.of("131")).get(Monies.EUR);
    assertThat(bank.net()).isEqualTo(Monies.of("EUR", "1000.00"));
    assertThat(bank.baseValue()).isEqualTo(pln("4250.00"));
    Balance supplier = ledger.balances(BalanceQuery.of("202-EUR")).get(Monies.EUR);
    assertThat(supplier.baseValue()).isEqualTo(pln("-2125.00"));
    assertThat(ledger.balance("750", Monies.PLN, JAN_31)).isEqualTo(pln("-35.00"));
    assertThat(ledger.balance("751", Monies.PLN, JAN_31)).isEqualTo(pln("25.00"));
    // already at the rate: nothing more to book
    assertThat(FxRevaluation.of(nbp("4.2500", JAN_31)).entry(ledger, JAN_31)).isEmpty();
  }

  @Test
  void usesTheLastRatePublishedOnOrBeforeTheValuationDate() {
    // 2025-02-01 is a Saturday: the Friday table applies
    JournalEntry e = FxRevaluation.of(nbp("4.2500", JAN_31)).entry(ledger, LocalDate.of(2025, 2, 1)).orElseThrow();
    assertThat(e.lines()).anyMatch(l -> l.account().equals("750") && l.amount().equals(pln("35.00")));
  }

  @Test
  void missingRateIsAClearError() {
    assertThatThrownBy(() -> FxRevaluation.of(nbp("4.2500", LocalDate.of(2024, 12, 31))).entry(ledger, JAN_31))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("no exchange rate EUR/PLN for 2025-01-31");
  }

  @Test
  void differenceAccountsAreConfigurable() {
    JournalEntry e = FxRevaluation.of(nbp("4.2500", JAN_31)).withDifferenceAccounts("760", "761")
        .withAccounts(a -> a.code().equals("131")).entry(ledger, JAN_31).orElseThrow();
    assertThat(e.lines()).extracting(JournalLine::account).containsExactlyInAnyOrder("131", "760");
  }
}
