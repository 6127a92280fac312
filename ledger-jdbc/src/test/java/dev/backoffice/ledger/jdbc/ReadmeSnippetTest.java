package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.store.LedgerRecord;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The README's quick-start for the database ledger, as printed there (between the markers), runs. */
class ReadmeSnippetTest {

  @Test
  void quickStartPostsIntoTheDatabaseAndTheFeedShowsTheEntry() {
    DataSource dataSource = TestDatabases.newDatabase();
    Clock clock = Clock.systemUTC();
    // --- README snippet: database ledger ---
    try (JdbcLedgerStore store = JdbcLedgerStore.open(dataSource, JdbcStoreOptions.builder().migrate(true).build());
        Ledger ledger = Ledger.builder().store(store).chart(PolishChartOfAccounts.template()).clock(clock).build()) {
      Money amount = Money.of(Monies.PLN, 1230);
      ledger.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 15)).description("Sale, invoice FV/1/2025")
          .addLines(JournalLine.debit("130", amount), JournalLine.credit("700", amount)).build());
      ImmutableList<FeedRecord> feed = store.recordsAfter(0, 1000); // resume later after feed's last seq()
      // --- end of snippet ---
      assertThat(feed.get(feed.size() - 1).record()).isInstanceOf(LedgerRecord.EntryPosted.class);
      assertThat(store.balances(null)).extracting(r -> r.account() + " " + r.amount())
          .containsExactly("130 PLN 1230.00", "700 PLN -1230.00");
    }
  }
}
