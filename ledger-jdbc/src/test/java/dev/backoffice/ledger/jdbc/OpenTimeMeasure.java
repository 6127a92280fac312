package dev.backoffice.ledger.jdbc;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.store.LedgerRecord;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.joda.money.Money;

/**
 * Not a test: {@code OpenTimeMeasure N} fills a database with N posted entries (2 lines, 100 accounts, through
 * the store's own row writer, 10,000 per transaction) and then times opening a ledger on it and measures the
 * heap it holds. Run from the test class path; prints one line of figures.
 */
public final class OpenTimeMeasure {
  private OpenTimeMeasure() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    DataSource ds = new dev.backoffice.ledger.jdbc.testkit.TestPool(TestDatabases.newDatabaseUnpooled());
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      accounts.add(Account.of(String.format("%03d", i), "Account " + i, i % 2 == 0 ? AccountType.ASSET : AccountType.EXPENSE));
    }
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcStoreOptions.builder().migrate(true).build());
        Ledger ledger = Ledger.builder().store(store).chart(ChartOfAccounts.of(accounts)).clock(JdbcLedgerStoreTest.CLOCK)
            .build()) {
      System.out.printf("chart of %d accounts%n", ledger.chart().accounts().size());
      long fillStart = System.nanoTime();
      long seq = store.lastSequence();
      Random random = new Random(1);
      for (int done = 0; done < n; ) {
        List<LedgerRecord> batch = new ArrayList<>();
        for (int i = 0; i < 10_000 && done < n; i++, done++) {
          Money m = Money.ofMinor(Monies.PLN, 1 + random.nextInt(100_000));
          JournalEntry e = JournalEntry.builder().date(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)))
              .description("entry").addLines(JournalLine.debit(String.format("%03d", random.nextInt(100)), m),
                  JournalLine.credit(String.format("%03d", random.nextInt(100)), m)).build();
          batch.add(new LedgerRecord.EntryPosted(PostedEntry.of(EntryId.ofNumber(done + 1L), done + 1L,
              JdbcLedgerStoreTest.CLOCK.instant(), e, EntryStatus.POSTED, Optional.empty(), List.of())));
        }
        try (Connection c = ds.getConnection()) {
          c.setAutoCommit(false);
          JdbcLedgerStore.lockHead(c);
          RecordWriter.write(c, batch, seq + 1, Monies.PLN); // moves the head too
          seq += batch.size();
          c.commit();
        }
      }
      System.out.printf("filled %d entries in %.1f s%n", n, (System.nanoTime() - fillStart) / 1e9);
    }
    for (int run = 0; run < 2; run++) {
      System.gc();
      long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      long start = System.nanoTime();
      try (JdbcLedgerStore store = JdbcLedgerStore.open(ds);
          Ledger ledger = Ledger.builder().store(store).clock(JdbcLedgerStoreTest.CLOCK).build()) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() - heapBefore;
        System.out.printf("open %d: %d entries in %.2f s, heap held %.0f MB%n", run + 1, ledger.postedCount(), seconds,
            heap / 1e6);
      }
    }
    System.exit(0);
  }
}
