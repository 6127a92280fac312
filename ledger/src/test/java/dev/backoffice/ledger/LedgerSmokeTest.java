package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LedgerSmokeTest {
  @Test
  void postsAndReadsBalance() {
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2025-01-31T10:00:00Z"), ZoneOffset.UTC)).build();
    ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 3)).description("sale")
        .addLines(JournalLine.debit("201", Monies.of("PLN", "123.00")), JournalLine.credit("700", Monies.of("PLN", "100.00")),
            JournalLine.credit("221", Monies.of("PLN", "23.00")))
        .build());
    assertThat(ledger.balance("201", Monies.PLN, LocalDate.of(2025, 1, 31))).isEqualTo(Monies.of("PLN", "123.00"));
    assertThat(ledger.balance("700", Monies.PLN, LocalDate.of(2025, 1, 2))).isEqualTo(Monies.of("PLN", "0.00"));
    assertThat(ledger.accountBalances(null, null)).hasSize(3);
  }
}
