package dev.backoffice.ledger.jdbc.testkit;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import dev.backoffice.ledger.jdbc.JdbcStoreOptions;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A posting process for the fault tests, run in a child JVM: {@code PostingChild URL PREFIX COUNT} posts
 * COUNT transfers keyed {@code PREFIX-i} and prints {@code ACK PREFIX-i} after each post returned (so after
 * its commit); the parent kills it at a random moment and checks that every acknowledged entry is there.
 */
public final class PostingChild {
  private PostingChild() {}

  public static void main(String[] args) {
    String url = args[0];
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    PrintStream out = System.out;
    try (JdbcLedgerStore store = JdbcLedgerStore.open(new TestPool(TestDatabases.dataSource(url)),
            JdbcStoreOptions.builder().migrate(true).build());
        Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(Clock.systemUTC()).store(store)
            .build()) {
      out.println("OPEN");
      out.flush();
      for (int i = 0; i < count; i++) {
        Money m = Money.of(Monies.PLN, BigDecimal.valueOf(1 + i % 97, 2));
        String key = prefix + "-" + i;
        ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 1 + i % 28)).description("child")
            .idempotencyKey(IdempotencyKey.of(key))
            .addLines(JournalLine.debit("130", m), JournalLine.credit("700", m)).build());
        out.println("ACK " + key);
        out.flush();
      }
    }
  }
}
