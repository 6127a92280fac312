package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.jdbc.testkit.TestPool;
import dev.backoffice.ledger.verify.LedgerVerifier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The database server stopped and started again while a ledger posts: every failed call gets a
 * {@link LedgerStoreException} that says the database could not be reached (or was shutting down), nothing is
 * half-written, every acknowledged entry is there, and posting works again once the server is back.
 */
class ServerRestartTest {

  static EmbeddedPostgres start(Path dir, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
        .setServerConfig("fsync", "off").start();
  }

  @Test
  void callersGetAStoreExceptionNothingIsHalfWrittenAndPostingResumes() throws Exception {
    Path dir = Files.createTempDirectory("ledger-restart");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedPostgres server = start(dir, port);
    String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&connectTimeout=2&socketTimeout=20";
    DataSource ds = new TestPool(TestDatabases.dataSource(url));
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Ledger> survivor = new AtomicReference<>();
    Thread poster = new Thread(() -> {
      Ledger ledger = null;
      int i = 0;
      while (!stop.get()) {
        try {
          if (ledger == null) {
            ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(JdbcLedgerStoreTest.CLOCK)
                .store(JdbcLedgerStore.open(ds, JdbcStoreOptions.builder().migrate(true).build())).build();
          }
          String key = "k-" + i;
          JournalEntry e = JournalEntry.builder().from(JdbcLedgerStoreTest.transfer("2025-01-10", "130", "700", "1.00"))
              .idempotencyKey(IdempotencyKey.of(key)).build();
          ledger.post(e);
          acknowledged.add(key);
          i++;
        } catch (LedgerStoreException e) {
          // the same ledger goes on: after a commit cut off by the server's stop, its next change reads the
          // database's summary again (memory may have been ahead), and fails while the server is down
          failures.add(e);
          sleep(50);
        } catch (RuntimeException e) {
          failures.add(e);
          sleep(50);
        }
      }
      survivor.set(ledger);
    });
    poster.start();
    try {
      waitUntil(() -> acknowledged.size() >= 30, "30 entries before the stop");
      server.close(); // pg_ctl stop -m fast: open transactions are cut off
      sleep(1500);
      int whileDown = acknowledged.size();
      assertThat(failures).as("posting while the server is down fails").isNotEmpty();
      server = start(dir, port);
      waitUntil(() -> acknowledged.size() >= whileDown + 30, "30 entries after the restart");
    } finally {
      stop.set(true);
      poster.join(60_000);
    }
    assertThat(failures).allSatisfy(f -> assertThat(f).isInstanceOf(LedgerStoreException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("cannot reach the database",
            "shutting down or starting", "failed earlier", "reopen", "could not", "failed")));
    assertThat(failures).anySatisfy(f -> assertThat(f.getMessage()).containsAnyOf("cannot reach the database",
        "shutting down or starting"));

    Set<String> present = new HashSet<>(JdbcLedgerStoreTest.rows(ds, "SELECT idempotency_key FROM ledger_entry"));
    assertThat(present).containsAll(acknowledged);
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_entry e WHERE"
        + " (SELECT count(*) FROM ledger_line l WHERE l.entry_id = e.entry_id) <> 2")).containsExactly("0");
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_record")).containsExactly(
        JdbcLedgerStoreTest.rows(ds, "SELECT last_seq FROM ledger_head").get(0));
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds);
        Ledger ledger = Ledger.builder().store(store).clock(JdbcLedgerStoreTest.CLOCK).build();
        Ledger same = survivor.get()) {
      assertThat(ledger.postedCount()).isEqualTo(present.size());
      assertThat(LedgerVerifier.verify(ledger).mismatches()).isEmpty();
      assertThat(same).as("the ledger that lived through the restart").isNotNull();
      assertThat(same.postedCount()).isEqualTo(present.size());
      assertThat(same.accountBalances(null, null)).isEqualTo(ledger.accountBalances(null, null));
    } finally {
      ((TestPool) ds).clear();
      server.close();
    }
  }

  static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    for (int i = 0; i < 1200; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
