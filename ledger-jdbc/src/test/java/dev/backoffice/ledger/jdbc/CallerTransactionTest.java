package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Posting inside a transaction the caller owns: the entry is in the database and in the ledgers' memory exactly
 * when the caller commits, together with the caller's own rows; a rollback, also one after the ledger refused
 * the entry, leaves nothing anywhere.
 */
class CallerTransactionTest {
  DataSource ds;
  JdbcLedgerStore store;
  Ledger ledger;

  @BeforeEach
  void setUp() throws SQLException {
    ds = TestDatabases.newDatabase();
    store = JdbcLedgerStore.open(ds, JdbcStoreOptions.builder().migrate(true).build());
    ledger = JdbcLedgerStoreTest.ledger(store);
    ledger.updateAccount(Account.builder().from(ledger.chart().require("100"))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());
    ledger.post(JdbcLedgerStoreTest.transfer("2025-01-02", "100", "700", "50.00")); // cash 50.00
    LedgerSchemaTest.execute(ds, "CREATE TABLE orders (id INT PRIMARY KEY)");
  }

  @Test
  void theEntryAppearsExactlyWhenTheCallerCommitsTogetherWithTheCallersRows() throws SQLException {
    long entriesBefore = ledger.postedCount();
    PostedEntry posted;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      insertOrder(c, 1);
      posted = store.joining(c, () -> ledger.post(JdbcLedgerStoreTest.transfer("2025-01-03", "402", "100", "20.00")));
      assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_entry")).containsExactly("1");
      assertThat(ledger.entry(posted.id())).as("not in memory before the commit").isEmpty();

      c.commit();
    }
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_entry")).containsExactly("2");
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM orders")).containsExactly("1");
    ledger.refresh();
    assertThat(ledger.entry(posted.id())).contains(posted);
    assertThat(ledger.postedCount()).isEqualTo(entriesBefore + 1);
    try (JdbcLedgerStore other = JdbcLedgerStore.open(ds); Ledger second = JdbcLedgerStoreTest.ledger(other)) {
      assertThat(second.journal()).contains(posted);
    }
    // the next change of this ledger numbers after it
    assertThat(ledger.post(JdbcLedgerStoreTest.transfer("2025-01-04", "402", "100", "1.00")).sequence())
        .isEqualTo(posted.sequence() + 1);
  }

  @Test
  void aRollbackLeavesNothingInTheDatabaseOrInMemory() throws SQLException {
    var balancesBefore = ledger.accountBalances(null, null);
    PostedEntry posted;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      insertOrder(c, 1);
      posted = store.joining(c, () -> ledger.post(JdbcLedgerStoreTest.transfer("2025-01-03", "402", "100", "20.00")));
      c.rollback();
    }
    ledger.refresh();
    assertThat(ledger.entry(posted.id())).isEmpty();
    assertThat(ledger.accountBalances(null, null)).isEqualTo(balancesBefore);
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_entry")).containsExactly("1");
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM orders")).containsExactly("0");
    // the ledger goes on; the rolled-back number is handed out again
    PostedEntry next = ledger.post(JdbcLedgerStoreTest.transfer("2025-01-04", "402", "100", "1.00"));
    assertThat(next.sequence()).isEqualTo(posted.sequence());
  }

  @Test
  void aRollbackAfterTheLedgerRefusedTheEntryLeavesNothingAndTheLedgerWorks() throws SQLException {
    var balancesBefore = ledger.accountBalances(null, null);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      insertOrder(c, 1);
      // cash holds 50.00: a credit of 80.00 would overdraw it
      assertThatThrownBy(() -> store.joining(c,
          () -> ledger.post(JdbcLedgerStoreTest.transfer("2025-01-03", "402", "100", "80.00"))))
          .isInstanceOf(BalanceConstraintException.class);
      c.rollback();
    }
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM ledger_entry")).containsExactly("1");
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT count(*) FROM orders")).containsExactly("0");
    ledger.refresh();
    assertThat(ledger.accountBalances(null, null)).isEqualTo(balancesBefore);
    assertThat(ledger.post(JdbcLedgerStoreTest.transfer("2025-01-04", "402", "100", "50.00")).sequence()).isEqualTo(2);
  }

  @Test
  void oneChangePerJoinAndNoAutoCommit() throws SQLException {
    try (Connection c = ds.getConnection()) {
      assertThatThrownBy(() -> store.joining(c, () -> 1)).isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("auto-commit");
      c.setAutoCommit(false);
      assertThatThrownBy(() -> store.joining(c, () -> {
        ledger.post(JdbcLedgerStoreTest.transfer("2025-01-03", "402", "100", "1.00"));
        return ledger.post(JdbcLedgerStoreTest.transfer("2025-01-03", "402", "100", "1.00"));
      })).isInstanceOf(LedgerStoreException.class).hasMessageContaining("one ledger change per joining");
      c.rollback();
    }
    assertThat(ledger.post(JdbcLedgerStoreTest.transfer("2025-01-04", "402", "100", "1.00")).sequence()).isEqualTo(2);
  }

  static void insertOrder(Connection c, int id) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO orders VALUES (" + id + ")");
    }
  }
}
