package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.event.LedgerListener;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.period.PeriodChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A listener of one instance hears, from the change feed, what another instance did, in commit order. */
class FeedDispatcherTest {
  /** Writes down every call, as "call:what". */
  static final class Recorder implements LedgerListener {
    final List<String> calls = new ArrayList<>();

    @Override
    public void onPosted(PostedEntry entry) {
      calls.add("posted:" + entry.id());
    }

    @Override
    public void onReserved(PostedEntry entry) {
      calls.add("reserved:" + entry.id());
    }

    @Override
    public void onCommitted(PostedEntry entry) {
      calls.add("committed:" + entry.id());
    }

    @Override
    public void onReleased(PostedEntry entry) {
      calls.add("released:" + entry.id() + ":" + entry.status());
    }

    @Override
    public void onReversed(PostedEntry original, PostedEntry reversal) {
      calls.add("reversed:" + original.id() + "<-" + reversal.id());
    }

    @Override
    public void onPeriodChanged(PeriodChange change) {
      calls.add("period:" + change.period() + ":" + change.to());
    }

    @Override
    public void onAccountSaved(Account account) {
      calls.add("account:" + account.code());
    }
  }

  @Test
  void anotherInstancesChangesReachAListenerInCommitOrderAndAConsumerResumesAfterItsCheckpoint() {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore writerStore = JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE);
        Ledger writer = JdbcLedgerStoreTest.ledger(writerStore);
        JdbcLedgerStore readerStore = JdbcLedgerStore.open(ds)) {
      FeedDispatcher feed = FeedDispatcher.of(readerStore);
      long start = readerStore.lastSequence(); // the chart's records: not of interest to this consumer
      PostedEntry first = writer.post(JdbcLedgerStoreTest.transfer("2025-01-10", "130", "700", "10.00"));
      PostedEntry reversal = writer.reverse(first.id(), LocalDate.of(2025, 1, 11), ReversalMode.RED);

      Recorder listener = new Recorder();
      long checkpoint = feed.poll(start, 1000, listener);
      assertThat(listener.calls).containsExactly("posted:" + first.id(), "posted:" + reversal.id(),
          "reversed:" + first.id() + "<-" + reversal.id());
      assertThat(checkpoint).isEqualTo(start + 2);
      assertThat(feed.poll(checkpoint, 1000, listener)).as("nothing new").isEqualTo(checkpoint);

      PostedEntry kept = writer.reserve(JdbcLedgerStoreTest.transfer("2025-01-12", "130", "700", "3.00"),
          Instant.parse("2025-04-01T00:00:00Z"));
      PostedEntry dropped = writer.reserve(JdbcLedgerStoreTest.transfer("2025-01-13", "130", "700", "4.00"),
          Instant.parse("2025-04-01T00:00:00Z"));
      writer.commit(kept.id());
      writer.voidReservation(dropped.id());
      writer.closePeriod(AccountingPeriod.ofMonth(YearMonth.of(2025, 1)));
      writer.openAccount(Account.of("131", "Rachunek walutowy", AccountType.ASSET));

      Recorder resumed = new Recorder(); // a consumer restarted from its checkpoint, reading two records at a time
      long at = checkpoint;
      for (long before = -1; before != at; ) {
        before = at;
        at = feed.poll(at, 2, resumed);
      }
      assertThat(resumed.calls).containsExactly("reserved:" + kept.id(), "reserved:" + dropped.id(),
          "committed:" + kept.id(), "released:" + dropped.id() + ":VOIDED", "period:2025-01:CLOSED", "account:131");
      assertThat(at).isEqualTo(readerStore.lastSequence());
    }
  }
}
