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
import java.util.concurrent.CyclicBarrier;
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
        // in turn: undated (running totals), whole months (month totals), and from and to inside months (the
        // day slots, which the query first catches up with what was posted since the last such query)
        int kind = (int) (snapshots % 3);
        List<AccountBalance> rows = kind == 0 ? ledger.accountBalances(null, null)
            : kind == 1 ? ledger.accountBalances(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
            : ledger.accountBalances(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 30));
        long total = 0;
        for (AccountBalance r : rows) {
          total += r.balance().net().getAmountMinorLong();
        }
        assertThat(total).as("kind %d", kind).isZero();
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

  /**
   * Readers whose dated queries find the same accounts' lines still buffered catch the day index up side by
   * side: each gets the balance a plain sum of the posted lines gives, and so does a later query.
   */
  @Test
  void readersCatchingUpTheDayIndexSideBySideAllGetTheSums() throws Exception {
    int readers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      for (int round = 0; round < 30; round++) {
        Ledger ledger = Ledger.builder().chart(ChartOfAccounts.of(List.of(
                Account.of("A", "a", AccountType.ASSET), Account.of("B", "b", AccountType.ASSET))))
            .clock(new MutableClock(Fixtures.T0)).build();
        SplittableRandom rnd = new SplittableRandom(round);
        long[] debitsByDay = new long[365];
        for (int i = 0; i < 700; i++) { // fewer lines per account than a buffer holds: all still buffered
          int day = rnd.nextInt(365);
          long minor = 1 + rnd.nextInt(100_000);
          Money m = Money.ofMinor(Monies.PLN, minor);
          ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 1).plusDays(day))
              .addLines(JournalLine.debit("A", m), JournalLine.credit("B", m)).build());
          debitsByDay[day] += minor;
        }
        LocalDate asOf = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365));
        long expected = 0;
        for (int d = 0; d <= asOf.getDayOfYear() - 1; d++) {
          expected += debitsByDay[d];
        }
        CyclicBarrier start = new CyclicBarrier(readers);
        List<Future<Money>> sums = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
          sums.add(pool.submit(() -> {
            start.await();
            return ledger.balance("A", Monies.PLN, asOf);
          }));
        }
        for (Future<Money> f : sums) {
          assertThat(f.get().getAmountMinorLong()).as("round %d as of %s", round, asOf).isEqualTo(expected);
        }
        assertThat(ledger.balance("B", Monies.PLN, asOf).getAmountMinorLong()).isEqualTo(-expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
