package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A posting that would take an account's totals beyond a long is refused whole, naming the account: the
 * running totals (all history) and the month totals (turnover of one month), which can overflow on their
 * own once earlier months hold negative (red storno) amounts.
 */
class TotalsOverflowTest {
  /** The largest line: {@link Ledger#MAX_LINE_MINOR_UNITS} = 10^15 minor units. */
  private static final Money MAX = Money.ofMinor(Monies.PLN, Ledger.MAX_LINE_MINOR_UNITS);
  /**
   * Lines per entry: 4,650 × 10^15 = 4.65 × 10^18, below Long.MAX_VALUE ≈ 9.223 × 10^18; two such entries in
   * one month (9.3 × 10^18, about 9,300 maximal lines) are above it.
   */
  private static final int LINES = 4_650;

  private static Ledger ledger() {
    return Ledger.builder()
        .chart(ChartOfAccounts.of(List.of(Account.of("A", "A", AccountType.ASSET), Account.of("B", "B", AccountType.ASSET))))
        .clock(new MutableClock(Fixtures.T0)).build();
  }

  /** {@code lines} debits of {@code amount} on A against as many credits on B, on a date. */
  private static JournalEntry transfer(String date, Money amount, int lines) {
    ImmutableJournalEntry.Builder b = JournalEntry.builder().date(LocalDate.parse(date)).description("overflow");
    for (int i = 0; i < lines; i++) {
      b.addLines(JournalLine.debit("A", amount), JournalLine.credit("B", amount));
    }
    return b.build();
  }

  private static Balance june(Ledger ledger, String account) {
    Map<CurrencyUnit, Balance> b = ledger.balances(BalanceQuery.builder().account(account)
        .from(LocalDate.of(2025, 6, 1)).to(LocalDate.of(2025, 6, 30)).build());
    return b.get(Monies.PLN);
  }

  @Test
  void aMonthsTurnoverBeyondALongIsRefusedNamingTheAccountAndNothingChanges() {
    Ledger ledger = ledger();
    // May: −4.65e18 on A's debit side (and B's credit side); the running totals go down by as much
    ledger.post(transfer("2025-05-10", MAX.negated(), LINES));
    // June, first entry: running total back to 0, June's debit turnover 4.65e18
    ledger.post(transfer("2025-06-10", MAX, LINES));
    long juneDebit = 4_650_000_000_000_000_000L; // 4,650 × 10^15
    assertThat(june(ledger, "A").debit()).isEqualTo(Money.ofMinor(Monies.PLN, juneDebit));

    // June, second entry: running total 4.65e18 (fine), June's turnover 9.3e18 > 9.223e18 — refused
    assertThatThrownBy(() -> ledger.post(transfer("2025-06-20", MAX, LINES)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("account A")
        .hasMessageContaining("month");

    assertThat(ledger.postedCount()).isEqualTo(2);
    assertThat(june(ledger, "A").debit()).isEqualTo(Money.ofMinor(Monies.PLN, juneDebit));
    assertThat(june(ledger, "B").credit()).isEqualTo(Money.ofMinor(Monies.PLN, juneDebit));
    // the ledger goes on: a small June entry is taken, and numbered as if the refused one had never come
    assertThat(ledger.post(transfer("2025-06-21", Money.ofMinor(Monies.PLN, 100), 1)).id().value()).isEqualTo("E3");
    assertThat(june(ledger, "A").debit()).isEqualTo(Money.ofMinor(Monies.PLN, juneDebit + 100));
  }

  @Test
  void aRunningTotalBeyondALongIsRefusedNamingTheAccount() {
    Ledger ledger = ledger();
    ledger.post(transfer("2025-05-10", MAX, LINES));
    // a second month, so only the running total (4.65e18 + 4.65e18) is beyond a long
    assertThatThrownBy(() -> ledger.post(transfer("2025-06-10", MAX, LINES)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("account A");
    assertThat(ledger.postedCount()).isEqualTo(1);
    assertThat(ledger.balance("A", Monies.PLN, LocalDate.of(2025, 12, 31)))
        .isEqualTo(Money.ofMinor(Monies.PLN, 4_650_000_000_000_000_000L));
  }
}
