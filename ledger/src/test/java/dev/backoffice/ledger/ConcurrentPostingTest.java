package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.verify.LedgerVerifier;
import dev.backoffice.ledger.verify.VerificationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Many writers and a reader at once: nothing lost, nothing half-visible. */
class ConcurrentPostingTest {
  private static final int THREADS = 8;
  private static final int ENTRIES = 100_000;
  private static final int ACCOUNTS = 50;

  @Test
  void eightThreadsPostHundredThousandEntriesAndTheLedgerStaysSound() throws Exception {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(Account.of(String.format("A%02d", i), "account " + i, AccountType.ASSET));
    }
    Ledger ledger = Ledger.builder().chart(ChartOfAccounts.of(accounts)).clock(new MutableClock(Fixtures.T0)).build();
    AtomicLong expectedDebits = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      final int seed = t;
      writers.add(pool.submit(() -> {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < ENTRIES / THREADS; i++) {
          long minor = 1 + rnd.nextInt(1_000_000);
          int a = rnd.nextInt(ACCOUNTS);
          int b = (a + 1 + rnd.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
          Money m = Money.ofMinor(Monies.PLN, minor);
          ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365)))
              .addLines(JournalLine.debit(accounts.get(a).code(), m), JournalLine.credit(accounts.get(b).code(), m))
              .build());
          expectedDebits.addAndGet(minor);
        }
      }));
    }
    // a reader meanwhile: every snapshot it sees must balance to zero
    Future<Long> reader = pool.submit(() -> {
      long snapshots = 0;
      while (writers.stream().anyMatch(f -> !f.isDone())) {
        long total = 0;
        for (AccountBalance r : ledger.accountBalances(null, null)) {
          total += r.balance().net().getAmountMinorLong();
        }
        assertThat(total).isZero();
        snapshots++;
      }
      return snapshots;
    });
    for (Future<?> f : writers) {
      f.get();
    }
    assertThat(reader.get()).isPositive();
    pool.shutdown();

    VerificationReport report = LedgerVerifier.verify(ledger);
    assertThat(report.isSound()).as(report.toString()).isTrue();
    assertThat(report.postedEntries()).isEqualTo(ENTRIES);
    assertThat(report.balancingTotals().get(Monies.PLN).isZero()).isTrue();
    long debits = ledger.accountBalances(null, null).stream().mapToLong(r -> r.balance().debit().getAmountMinorLong()).sum();
    assertThat(debits).isEqualTo(expectedDebits.get());
    assertThat(ledger.journal().map(p -> p.sequence()).distinct().count()).isEqualTo(ENTRIES);
  }
}
