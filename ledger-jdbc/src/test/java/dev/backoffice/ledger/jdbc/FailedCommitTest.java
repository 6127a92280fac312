package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.jdbc.testkit.TestPool;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A commit that fails after the ledger applied the change to memory (the database went away between the write and
 * the commit): the caller gets a store exception, nothing reaches the database, and the same ledger works again,
 * its memory rebuilt from the database without the lost change.
 */
class FailedCommitTest {
  @Test
  void aFailedCommitLeavesNothingAndTheSameLedgerRebuildsItsMemoryFromTheDatabase() throws SQLException {
    TestPool ds = new TestPool(TestDatabases.newDatabase());
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE);
        Ledger ledger = JdbcLedgerStoreTest.ledger(store)) {
      PostedEntry first = ledger.post(JdbcLedgerStoreTest.transfer("2025-01-10", "130", "700", "100.00"));

      ds.failCommits.set(true);
      assertThatThrownBy(() -> ledger.post(JdbcLedgerStoreTest.transfer("2025-01-11", "130", "700", "7.00")))
          .isInstanceOf(LedgerStoreException.class);
      assertThatThrownBy(() -> ledger.post(JdbcLedgerStoreTest.transfer("2025-01-12", "130", "700", "8.00")))
          .as("while the database fails, so does every change").isInstanceOf(LedgerStoreException.class);
      ds.failCommits.set(false);

      PostedEntry next = ledger.post(JdbcLedgerStoreTest.transfer("2025-01-13", "130", "700", "1.00"));
      assertThat(next.sequence()).as("the lost entries took no place in the journal").isEqualTo(2);
      assertThat(ledger.postedCount()).isEqualTo(2);
      // 100.00 + 1.00 = 101.00 on 130; the lost 7.00 and 8.00 are nowhere
      assertThat(ledger.balance("130", dev.backoffice.core.money.Monies.PLN, java.time.LocalDate.of(2025, 12, 31)))
          .isEqualTo(org.joda.money.Money.of(dev.backoffice.core.money.Monies.PLN, 101));
      assertThat(ledger.entry(first.id())).contains(first);
      assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT sum(amount_minor) FROM ledger_line WHERE account = '130'"))
          .containsExactly("10100");
    }
  }
}
