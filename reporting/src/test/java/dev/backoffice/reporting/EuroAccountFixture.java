package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A ledger with a euro bank account 131 kept at its PLN value:
 * <pre>
 * BO 2024-12-31: 131 Dr 1,000 EUR at 4.3000 = 4,300.00 PLN / 800 Cr 4,300.00
 * 2025-01-10:    131 Cr 400 EUR at 4.3000 = 1,720.00 / 130 Dr 1,740.00 / 750 Cr 20.00 (realised gain)
 * 2025-01-31:    valuation of the 600 EUR left at 4.2500 = 2,550.00 against 4,300 − 1,720 = 2,580.00 carried:
 *                751 Dr 30.00 / 131 Cr 0.00 EUR valued 30.00 PLN
 * </pre>
 */
final class EuroAccountFixture {
  private EuroAccountFixture() {}

  static Ledger ledger() {
    Ledger l = Ledger.builder().clock(Clock.fixed(Instant.parse("2025-02-01T00:00:00Z"), ZoneOffset.UTC))
        .chart(PolishChartOfAccounts.template().with(Account.builder().code("131").name("Rachunek walutowy")
            .type(AccountType.ASSET).build()))
        .build();
    l.post(entry(LocalDate.of(2024, 12, 31), euro(Side.DEBIT, "1000.00", "4300.00"), JournalLine.credit("800", pln("4300.00"))));
    l.post(entry(LocalDate.of(2025, 1, 10), euro(Side.CREDIT, "400.00", "1720.00"), JournalLine.debit("130", pln("1740.00")),
        JournalLine.credit("750", pln("20.00"))));
    l.post(entry(LocalDate.of(2025, 1, 31), euro(Side.CREDIT, "0.00", "30.00"), JournalLine.debit("751", pln("30.00"))));
    return l;
  }

  private static JournalLine euro(Side side, String euros, String plnValue) {
    return JournalLine.builder().account("131").side(side).amount(Monies.of("EUR", euros)).cost(pln(plnValue)).build();
  }

  private static JournalEntry entry(LocalDate date, JournalLine... lines) {
    return JournalEntry.builder().date(date).description("EUR").addLines(lines).build();
  }
}
