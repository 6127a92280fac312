package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.store.LedgerRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store's protocol for several writers on one database ({@code beginWrite} → append → {@code endWrite}),
 * driven record by record as a ledger drives it: a writer first receives what the others committed, holds the
 * head until it commits, and a failed commit writes nothing.
 */
class SharedWritersTest {
  static final JdbcStoreOptions MIGRATE = JdbcStoreOptions.builder().migrate(true).build();

  static LedgerRecord posted(String id, long sequence, String key) {
    JournalEntry e = JournalEntry.builder().from(JdbcLedgerStoreTest.transfer("2025-01-10", "130", "700", "1.00"))
        .idempotencyKey(IdempotencyKey.of(key)).build();
    return new LedgerRecord.EntryPosted(PostedEntry.of(EntryId.of(id), sequence, JdbcLedgerStoreTest.CLOCK.instant(), e,
        EntryStatus.POSTED, Optional.empty(), List.of()));
  }

  @Test
  void aWriterFirstReceivesWhatTheOthersCommittedInOrder() {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore a = JdbcLedgerStore.open(ds, MIGRATE); JdbcLedgerStore b = JdbcLedgerStore.open(ds)) {
      List<LedgerRecord> seenByA = new ArrayList<>();
      a.beginWrite(seenByA::add);
      long t1 = a.append(posted("E1", 1, "k1"));
      long t2 = a.append(posted("E2", 2, "k2"));
      a.endWrite(t2);
      assertThat(t1).isLessThan(t2);
      assertThat(seenByA).isEmpty();

      List<LedgerRecord> seenByB = new ArrayList<>();
      b.beginWrite(seenByB::add);
      b.append(posted("E3", 3, "k3"));
      b.endWrite(1);
      assertThat(seenByB).containsExactly(posted("E1", 1, "k1"), posted("E2", 2, "k2"));

      a.beginWrite(seenByA::add);
      a.endWrite(0); // nothing appended: the head is released without a commit
      assertThat(seenByA).containsExactly(posted("E3", 3, "k3"));
      assertThat(a.lastSequence()).isEqualTo(3);
      assertThat(a.recordsAfter(0, 10)).extracting(FeedRecord::record)
          .containsExactly(posted("E1", 1, "k1"), posted("E2", 2, "k2"), posted("E3", 3, "k3"));
    }
  }

  @Test
  void anotherWriterWaitsForTheHeadUntilTheFirstCommits() throws Exception {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore a = JdbcLedgerStore.open(ds, MIGRATE); JdbcLedgerStore b = JdbcLedgerStore.open(ds)) {
      a.beginWrite(r -> { });
      long t = a.append(posted("E1", 1, "k1"));
      List<LedgerRecord> seenByB = new ArrayList<>();
      CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
        b.beginWrite(seenByB::add);
        b.endWrite(0);
      });
      assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);

      a.endWrite(t);
      second.get(30, TimeUnit.SECONDS);
      assertThat(seenByB).containsExactly(posted("E1", 1, "k1"));
    }
  }

  @Test
  void aCommitThatBreaksAUniqueKeyWritesNothingAndFailsTheStore() {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore a = JdbcLedgerStore.open(ds, MIGRATE); JdbcLedgerStore b = JdbcLedgerStore.open(ds)) {
      a.beginWrite(r -> { });
      a.endWrite(a.append(posted("E1", 1, "same")));

      b.beginWrite(r -> { });
      b.append(posted("E2", 2, "ok"));
      long t = b.append(posted("E3", 3, "same"));
      assertThatThrownBy(() -> b.endWrite(t)).isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("idempotency key").hasMessageContaining("nothing was written");
      assertThatThrownBy(() -> b.beginWrite(r -> { })).isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("reopen");
      assertThat(a.recordsAfter(0, 10)).hasSize(1);

      a.beginWrite(r -> { }); // the failed writer released the head
      a.endWrite(0);
    }
  }

  @Test
  void aReaderCatchesUpWithoutTakingTheHead() {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore a = JdbcLedgerStore.open(ds, MIGRATE); JdbcLedgerStore b = JdbcLedgerStore.open(ds)) {
      a.beginWrite(r -> { });
      a.endWrite(a.append(posted("E1", 1, "k1")));
      List<LedgerRecord> seen = new ArrayList<>();
      b.catchUp(seen::add);
      b.catchUp(seen::add);
      assertThat(seen).containsExactly(posted("E1", 1, "k1"));
    }
  }
}
