package dev.backoffice.ledger;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.time.Instant;
import java.time.LocalDate;
import org.joda.money.Money;

/** Small helpers for ledger tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2025-02-01T09:00:00Z");

  private Fixtures() {}

  static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  static Money eur(String amount) {
    return Monies.of("EUR", amount);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A ledger on the Polish template with a fixed clock. */
  static Ledger ledger(MutableClock clock) {
    return Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).build();
  }

  /** Dr {@code debit} / Cr {@code credit}, one amount in PLN. */
  static JournalEntry simple(String date, String debit, String credit, String amount) {
    return entry(date).addLines(JournalLine.debit(debit, pln(amount)), JournalLine.credit(credit, pln(amount))).build();
  }

  static ImmutableJournalEntry.Builder entry(String date) {
    return JournalEntry.builder().date(d(date)).description("test");
  }
}
