package dev.backoffice.benchmarks.reporting;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.Money;

/**
 * A deterministic ledger for the reporting benchmarks: the Polish template chart with 1,000 analytic accounts
 * spread over its synthetic accounts, and balanced PLN entries of 2–4 lines between random analytic accounts,
 * dated over the calendar year 2025, each with a document.
 */
final class ReportingFixture {
  static final int ANALYTIC_ACCOUNTS = 1000;

  private ReportingFixture() {}

  static Ledger ledger(int entries, long seed) {
    ChartOfAccounts template = PolishChartOfAccounts.template();
    List<Account> roots = template.accounts();
    List<Account> analytic = new ArrayList<>(ANALYTIC_ACCOUNTS);
    for (int i = 0; i < ANALYTIC_ACCOUNTS; i++) {
      Account root = roots.get(i % roots.size());
      analytic.add(Account.builder().code(root.code() + "-" + String.format("%03d", i / roots.size()))
          .name(root.name() + " " + i).type(root.type()).normalBalance(root.normalBalance()).parent(root.code()).build());
    }
    Ledger ledger = Ledger.builder().chart(template.withAll(analytic))
        .clock(Clock.fixed(Instant.parse("2026-01-20T12:00:00Z"), ZoneOffset.UTC)).build();
    SplittableRandom rnd = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < entries; i++) {
      int lines = 2 + rnd.nextInt(3);
      LocalDate date = start.plusDays(rnd.nextInt(365));
      ImmutableJournalEntry.Builder b = JournalEntry.builder().date(date)
          .document(DocumentRef.of("PK", "PK/" + i, date)).description("entry " + i);
      long total = 0;
      for (int l = 0; l < lines - 1; l++) {
        long minor = 1 + rnd.nextInt(1_000_000);
        total += minor;
        b.addLines(JournalLine.debit(analytic.get(rnd.nextInt(ANALYTIC_ACCOUNTS)).code(), Money.ofMinor(Monies.PLN, minor)));
      }
      b.addLines(JournalLine.credit(analytic.get(rnd.nextInt(ANALYTIC_ACCOUNTS)).code(), Money.ofMinor(Monies.PLN, total)));
      ledger.post(b.build());
    }
    return ledger;
  }
}
