package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.store.LedgerRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class JdbcLedgerStoreTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
  static final JdbcStoreOptions MIGRATE = JdbcStoreOptions.builder().migrate(true).build();

  static Ledger ledger(JdbcLedgerStore store) {
    return Ledger.builder().chart(PolishChartOfAccounts.template()).clock(CLOCK).store(store).build();
  }

  static JournalEntry transfer(String date, String debit, String credit, String amount) {
    Money m = Money.of(Monies.PLN, new java.math.BigDecimal(amount));
    return JournalEntry.builder().date(LocalDate.parse(date)).description("transfer")
        .addLines(JournalLine.debit(debit, m), JournalLine.credit(credit, m)).build();
  }

  @Test
  void aLedgerReopenedOnTheDatabaseHasTheSameJournalChartAndBalances() {
    DataSource ds = TestDatabases.newDatabase();
    List<PostedEntry> posted = new ArrayList<>();
    List<Object> balances;
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, MIGRATE); Ledger ledger = ledger(store)) {
      posted.add(ledger.post(transfer("2025-01-10", "130", "700", "1000.00")));
      posted.add(ledger.post(transfer("2025-02-03", "402", "130", "250.50")));
      ledger.closePeriod(AccountingPeriod.ofMonth(YearMonth.of(2025, 1)));
      balances = List.copyOf(ledger.accountBalances(null, null));
    }
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds); Ledger again = ledger(store)) {
      assertThat(again.journal().collect(Collectors.toList())).containsExactlyElementsOf(posted);
      assertThat(again.accountBalances(null, null)).containsExactlyElementsOf(balances.stream()
          .map(b -> (dev.backoffice.ledger.query.AccountBalance) b).collect(Collectors.toList()));
      assertThat(again.periodHistory()).hasSize(1);
      assertThat(again.chart().accounts()).hasSameSizeAs(PolishChartOfAccounts.template().accounts());
    }
  }

  @Test
  void theChangeFeedNumbersRecordsFromOneWithoutGapsAndResumesAfterAnyNumber() {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, MIGRATE); Ledger ledger = ledger(store)) {
      int accounts = ledger.chart().accounts().size(); // one AccountSaved record each
      PostedEntry a = ledger.post(transfer("2025-01-10", "130", "700", "10.00"));
      PostedEntry b = ledger.post(transfer("2025-01-11", "130", "700", "20.00"));

      List<FeedRecord> all = store.recordsAfter(0, 100_000);
      assertThat(all).hasSize(accounts + 2);
      for (int i = 0; i < all.size(); i++) {
        assertThat(all.get(i).seq()).isEqualTo(i + 1L);
      }
      assertThat(all.get(accounts).record()).isEqualTo(new LedgerRecord.EntryPosted(a));
      assertThat(store.recordsAfter(accounts, 1)).containsExactly(FeedRecord.of(accounts + 1L,
          new LedgerRecord.EntryPosted(a)));
      assertThat(store.recordsAfter(accounts + 1L, 10)).containsExactly(FeedRecord.of(accounts + 2L,
          new LedgerRecord.EntryPosted(b)));
      assertThat(store.recordsAfter(accounts + 2L, 10)).isEmpty();
      assertThat(store.lastSequence()).isEqualTo(accounts + 2L);
    }
  }

  @Test
  void aDatabaseWithoutItsHeadRowIsReportedDamagedAndGetsNoNewRow() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, MIGRATE)) {
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM ledger_head");
      }
      assertThatThrownBy(store::lastSequence).isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("the table ledger_head has no row: the ledger schema is damaged");
      assertThatThrownBy(() -> ledger(store)).isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("the table ledger_head has no row: the ledger schema is damaged");
    }
    assertThat(rows(ds, "SELECT count(*) FROM ledger_head")).containsExactly("0");
  }

  @Test
  void dayTotalsLinesAndTheHeadAreKeptInTheDatabase() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, MIGRATE); Ledger ledger = ledger(store)) {
      ledger.post(transfer("2025-01-10", "130", "700", "1000.00"));
      ledger.post(transfer("2025-01-31", "130", "700", "0.01"));
      ledger.post(transfer("2025-02-01", "402", "130", "250.50"));
    }
    int chartRecords = PolishChartOfAccounts.template().accounts().size();
    // 130: a debit of 100000 grosze on 10 January, 1 on the 31st, a credit of 25050 on 1 February; PLN lines are
    // valued at their amount in the base currency, debits less credits
    assertThat(rows(ds, "SELECT account, day, debit_minor, credit_minor, base_minor, line_count FROM ledger_day_total"
        + " WHERE currency = 'PLN' ORDER BY account, day")).containsExactly(
            "130|2025-01-10|100000|0|100000|1", "130|2025-01-31|1|0|1|1", "130|2025-02-01|0|25050|-25050|1",
            "402|2025-02-01|25050|0|25050|1", "700|2025-01-10|0|100000|-100000|1", "700|2025-01-31|0|1|-1|1");
    assertThat(rows(ds, "SELECT last_seq, posted_count, max_entry_number, totals_seq, base_currency FROM ledger_head"))
        .as("3 entries E1..E3 after one record per account of the chart")
        .containsExactly(chartRecords + 3 + "|3|3|" + (chartRecords + 3) + "|PLN");
    assertThat(rows(ds, "SELECT e.entry_id, e.status, e.journal_seq, l.line_no, l.account, l.side, l.amount_minor"
        + " FROM ledger_entry e JOIN ledger_line l USING (entry_id) WHERE e.entry_date = DATE '2025-02-01'"
        + " ORDER BY l.line_no")).containsExactly("E3|POSTED|3|1|402|D|25050", "E3|POSTED|3|2|130|C|25050");
  }

  @Test
  void reservationsChangeTheirEntryRowAndOnlyCommittedAmountsReachTheTotals() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, MIGRATE); Ledger ledger = ledger(store)) {
      PostedEntry kept = ledger.reserve(transfer("2025-01-10", "130", "700", "5.00"), CLOCK.instant().plusSeconds(60));
      PostedEntry dropped = ledger.reserve(transfer("2025-01-10", "130", "700", "7.00"), CLOCK.instant().plusSeconds(60));
      assertThat(rows(ds, "SELECT status FROM ledger_entry ORDER BY entry_id")).containsExactly("PENDING", "PENDING");
      ledger.commit(kept.id());
      ledger.voidReservation(dropped.id());
    }
    assertThat(rows(ds, "SELECT entry_id, status FROM ledger_entry ORDER BY entry_id"))
        .containsExactly("E1|POSTED", "E2|VOIDED");
    assertThat(rows(ds, "SELECT account, debit_minor, credit_minor FROM ledger_day_total ORDER BY account"))
        .containsExactly("130|500|0", "700|0|500");
  }

  @Test
  void anIdempotencyKeyIsUniqueAcrossLedgersOnOneDatabase() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    JournalEntry keyed = JournalEntry.builder().from(transfer("2025-01-10", "130", "700", "1.00"))
        .idempotencyKey(IdempotencyKey.of("order-1")).build();
    try (JdbcLedgerStore first = JdbcLedgerStore.open(ds, MIGRATE); Ledger a = ledger(first)) {
      a.post(keyed);
    }
    // a second store that did not replay (it writes after the head it read on open, so only the key clashes)
    try (JdbcLedgerStore second = JdbcLedgerStore.open(ds)) {
      long ticket = second.append(new LedgerRecord.EntryPosted(PostedEntry.of(
          dev.backoffice.ledger.entry.EntryId.of("X1"), 99, CLOCK.instant(), keyed,
          dev.backoffice.ledger.entry.EntryStatus.POSTED, java.util.Optional.empty(), List.of())));
      assertThatThrownBy(() -> second.awaitDurable(ticket)).isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("idempotency key").hasMessageContaining("nothing was written");
    }
    assertThat(rows(ds, "SELECT count(*) FROM ledger_entry")).containsExactly("1");
  }

  @Test
  void aSecondLedgerOnTheDatabaseCatchesUpBeforeItPostsAndOnRefresh() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    try (JdbcLedgerStore first = JdbcLedgerStore.open(ds, MIGRATE); Ledger a = ledger(first);
        JdbcLedgerStore second = JdbcLedgerStore.open(ds); Ledger b = ledger(second)) {
      PostedEntry fromA = a.post(transfer("2025-01-10", "130", "700", "1.00"));
      assertThat(b.entry(fromA.id())).as("look-ups read the database").contains(fromA);
      assertThat(b.postedCount()).as("b has not read a's entry into its totals yet").isZero();

      PostedEntry fromB = b.post(transfer("2025-01-11", "130", "700", "2.00"));

      assertThat(b.entry(fromA.id())).contains(fromA);
      assertThat(fromB.sequence()).isEqualTo(fromA.sequence() + 1);
      assertThat(fromB.id()).isNotEqualTo(fromA.id());
      assertThat(a.postedCount()).isEqualTo(1);
      a.refresh();
      assertThat(a.postedCount()).isEqualTo(2);
      assertThat(a.entry(fromB.id())).contains(fromB);
      assertThat(a.accountBalances(null, null)).isEqualTo(b.accountBalances(null, null));
      assertThat(rows(ds, "SELECT count(*) FROM ledger_entry")).containsExactly("2");
    }
  }

  @Test
  void theFeedRejectsBadArguments() {
    try (JdbcLedgerStore store = JdbcLedgerStore.open(TestDatabases.newDatabase(), MIGRATE)) {
      assertThatThrownBy(() -> store.recordsAfter(-1, 10)).hasMessageContaining("seq");
      assertThatThrownBy(() -> store.recordsAfter(0, 0)).hasMessageContaining("max");
    }
  }

  static List<String> rows(DataSource ds, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
