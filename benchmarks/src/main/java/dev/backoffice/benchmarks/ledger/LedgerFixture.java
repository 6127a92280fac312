package dev.backoffice.benchmarks.ledger;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.Money;

/** Deterministic charts and entries for the ledger benchmarks. */
final class LedgerFixture {
  private LedgerFixture() {}

  static ChartOfAccounts chart(int accounts) {
    List<Account> list = new ArrayList<>(accounts);
    for (int i = 0; i < accounts; i++) {
      list.add(Account.of(String.format("%04d", i), "account " + i, i % 2 == 0 ? AccountType.ASSET : AccountType.EXPENSE));
    }
    return ChartOfAccounts.of(list);
  }

  /** Balanced PLN entries of 2–4 lines over a year, between random accounts. */
  static JournalEntry[] entries(int count, int accounts, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    JournalEntry[] out = new JournalEntry[count];
    for (int i = 0; i < count; i++) {
      int lines = 2 + rnd.nextInt(3);
      ImmutableJournalEntry.Builder b = JournalEntry.builder().date(LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365)))
          .description("entry " + i);
      long total = 0;
      for (int l = 0; l < lines - 1; l++) {
        long minor = 1 + rnd.nextInt(1_000_000);
        total += minor;
        b.addLines(JournalLine.debit(String.format("%04d", rnd.nextInt(accounts)), Money.ofMinor(Monies.PLN, minor)));
      }
      b.addLines(JournalLine.credit(String.format("%04d", rnd.nextInt(accounts)), Money.ofMinor(Monies.PLN, total)));
      out[i] = b.build();
    }
    return out;
  }
}
