package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.jdbc.testkit.PostingChild;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.verify.LedgerVerifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A posting JVM killed ({@code destroyForcibly}, SIGKILL) at random moments, 20 times over one database: every
 * entry it acknowledged is there, no entry is there in part, the totals equal the lines, and the ledger
 * reopened on the database verifies.
 */
class KilledWriterTest {
  static final int KILLS = 20;

  @Test
  void everyAcknowledgedEntryIsPresentAndNoneInPart() throws Exception {
    String url = TestDatabases.newDatabaseUrl();
    DataSource ds = TestDatabases.dataSource(url);
    Random random = new Random(20261206L);
    Set<String> acknowledged = new HashSet<>();
    int killedAfterAcks = 0;
    for (int run = 0; run < KILLS; run++) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-cp", System.getProperty("java.class.path"), PostingChild.class.getName(), url, "run" + run, "100000")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      List<String> lines = new ArrayList<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            synchronized (lines) {
              lines.add(line);
            }
          }
        } catch (IOException e) {
          // the child was killed mid-line
        }
      });
      reader.start();
      // kill at a random moment once it has opened: before, between and during posts
      waitFor(lines, "OPEN", child);
      Thread.sleep(random.nextInt(400));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      synchronized (lines) {
        for (String l : lines) {
          if (l.startsWith("ACK ")) {
            acknowledged.add(l.substring(4));
            killedAfterAcks++;
          }
        }
      }
    }
    assertThat(killedAfterAcks).as("the children acknowledged entries before they were killed").isGreaterThan(0);

    Set<String> present = new HashSet<>(JdbcLedgerStoreTest.rows(ds, "SELECT idempotency_key FROM ledger_entry"));
    assertThat(present).containsAll(acknowledged);
    // no entry in part: every entry has its two lines, and the day totals are the sums of the lines
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_entry e WHERE"
        + " (SELECT count(*) FROM ledger_line l WHERE l.entry_id = e.entry_id) <> 2")).containsExactly("0");
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT account, currency, sum(debit_minor), sum(credit_minor)"
        + " FROM ledger_day_total GROUP BY account, currency ORDER BY account, currency"))
        .isEqualTo(JdbcLedgerStoreTest.rows(ds, "SELECT account, currency,"
            + " sum(CASE side WHEN 'D' THEN amount_minor ELSE 0 END), sum(CASE side WHEN 'C' THEN amount_minor ELSE 0 END)"
            + " FROM ledger_line GROUP BY account, currency ORDER BY account, currency"));
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_record")).containsExactly(
        JdbcLedgerStoreTest.rows(ds, "SELECT last_seq FROM ledger_head").get(0));
    try (JdbcLedgerStore store = JdbcLedgerStore.open(new dev.backoffice.ledger.jdbc.testkit.TestPool(ds));
        Ledger ledger = Ledger.builder().store(store).clock(JdbcLedgerStoreTest.CLOCK).build()) {
      assertThat(ledger.postedCount()).isEqualTo(present.size());
      assertThat(LedgerVerifier.verify(ledger).mismatches()).isEmpty();
    }
  }

  private static void waitFor(List<String> lines, String line, Process child) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      synchronized (lines) {
        if (lines.contains(line)) {
          return;
        }
      }
      if (!child.isAlive()) {
        throw new AssertionError("the posting child exited with " + child.exitValue() + " before it opened the ledger");
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the posting child did not open the ledger within 60 s");
  }
}
