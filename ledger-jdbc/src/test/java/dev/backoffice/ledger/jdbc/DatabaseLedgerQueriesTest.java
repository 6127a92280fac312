package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.MutableClock;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.EntryQuery;
import dev.backoffice.ledger.store.InMemoryLedgerStore;
import dev.backoffice.ledger.store.LedgerStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A ledger opened on the database keeps no entries in memory: it starts from the database's summary and asks SQL
 * for entries. Every answer must equal the answer of a ledger that holds the same history in memory.
 */
class DatabaseLedgerQueriesTest {
  private static final Dimensions MPK1 = Dimensions.of(Dimension.COST_CENTRE, "MPK-1");
  private static final Dimensions MPK2 = Dimensions.of(Dimension.COST_CENTRE, "MPK-2");
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private static Money pln(String a) {
    return Money.of(Monies.PLN, new BigDecimal(a));
  }

  private static Ledger ledger(LedgerStore store, MutableClock clock) {
    return Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store).build();
  }

  /** The same history for both ledgers: dimensions, a foreign currency, a reversal, keys, three kinds of reservation. */
  private static void history(Ledger l, MutableClock clock) {
    l.openAccount(Account.builder().from(Account.of("402-1", "Usługi obce: IT", AccountType.EXPENSE)).parent("402").build());
    l.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 10)).description("Koszty biura")
        .document(DocumentRef.of("FV", "FV/7/2025", LocalDate.of(2025, 1, 9)))
        .addLines(JournalLine.builder().account("402").side(Side.DEBIT).amount(pln("60.00")).dimensions(MPK1).build(),
            JournalLine.builder().account("402").side(Side.DEBIT).amount(pln("40.00")).dimensions(MPK2)
                .memo("papier").build(),
            JournalLine.credit("202", pln("100.00")))
        .build());
    l.post(JournalEntry.builder().date(LocalDate.of(2025, 1, 20)).description("Wpłata EUR")
        .idempotencyKey(IdempotencyKey.of("bank-1"))
        .addLines(JournalLine.builder().account("130").side(Side.DEBIT).amount(Money.of(CurrencyUnit.EUR, 1000))
                .cost(pln("4215.00")).rate(new BigDecimal("4.2150")).build(),
            JournalLine.builder().account("700").side(Side.CREDIT).amount(Money.of(CurrencyUnit.EUR, 1000))
                .cost(pln("4215.00")).rate(new BigDecimal("4.2150")).build())
        .build());
    PostedEntry rent = l.post(JournalEntry.builder().id(EntryId.of("RENT-2")).date(LocalDate.of(2025, 2, 14))
        .description("Czynsz luty").addLines(JournalLine.debit("402-1", pln("2500.00")), JournalLine.credit("130", pln("2500.00")))
        .build());
    l.reverse(rent.id(), LocalDate.of(2025, 2, 15), ReversalMode.RED);
    PostedEntry kept = l.reserve(JournalEntry.builder().date(LocalDate.of(2025, 2, 20)).description("Rezerwacja A")
        .addLines(JournalLine.debit("402", pln("300.00")), JournalLine.credit("202", pln("300.00"))).build(),
        START.plus(Duration.ofDays(30)));
    PostedEntry dropped = l.reserve(JournalEntry.builder().date(LocalDate.of(2025, 2, 21)).description("Rezerwacja B")
        .addLines(JournalLine.debit("402", pln("10.00")), JournalLine.credit("202", pln("10.00"))).build(),
        START.plus(Duration.ofDays(30)));
    l.reserve(JournalEntry.builder().date(LocalDate.of(2025, 2, 22)).description("Rezerwacja C")
        .addLines(JournalLine.debit("402", pln("20.00")), JournalLine.credit("202", pln("20.00"))).build(),
        START.plus(Duration.ofHours(1)));
    l.reserve(JournalEntry.builder().date(LocalDate.of(2025, 2, 23)).description("Rezerwacja D (otwarta)")
        .addLines(JournalLine.debit("402", pln("5.00")), JournalLine.credit("202", pln("5.00"))).build(),
        START.plus(Duration.ofDays(60)));
    l.commit(kept.id(), List.of(pln("250.00"), pln("250.00")));
    l.voidReservation(dropped.id());
    clock.advance(Duration.ofHours(2));
    l.expireReservations();
    l.post(JournalEntry.builder().date(LocalDate.of(2025, 3, 31)).description("Koniec marca")
        .addLines(JournalLine.debit("130", pln("1.00")), JournalLine.credit("700", pln("1.00"))).build());
  }

  /** Writes {@link #history} into a new database through a ledger on it; returns what {@code read} takes from that ledger. */
  private static <T> T writeHistory(DataSource ds, MutableClock clock, Function<Ledger, T> read) {
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE); Ledger l = ledger(store, clock)) {
      history(l, clock);
      return read.apply(l);
    }
  }

  @Test
  void everyQueryOfALedgerOpenedOnTheDatabaseEqualsTheLedgerInMemory() {
    MutableClock memoryClock = new MutableClock(START);
    Ledger memory = ledger(new InMemoryLedgerStore(), memoryClock);
    history(memory, memoryClock);
    DataSource ds = TestDatabases.newDatabase();
    MutableClock dbClock = new MutableClock(START);
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE); Ledger writer = ledger(store, dbClock)) {
      history(writer, dbClock);
      assertSameAnswers(writer, memory);
    }
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds); Ledger reopened = ledger(store, dbClock)) {
      assertSameAnswers(reopened, memory);
    }
  }

  private static void assertSameAnswers(Ledger db, Ledger memory) {
    assertThat(db.journal().collect(Collectors.toList())).containsExactlyElementsOf(memory.journal().collect(Collectors.toList()));
    assertThat(db.postedCount()).isEqualTo(memory.postedCount()).isEqualTo(6);
    assertThat(db.pending()).isEqualTo(memory.pending()).hasSize(1);
    List<EntryQuery> queries = List.of(EntryQuery.all(),
        EntryQuery.builder().account("130").build(),
        EntryQuery.builder().account("402").includeChildren(true).build(),
        EntryQuery.builder().from(LocalDate.of(2025, 1, 15)).to(LocalDate.of(2025, 2, 14)).build(),
        EntryQuery.builder().account("402").from(LocalDate.of(2025, 2, 1)).build(),
        EntryQuery.builder().text("PAPIER").build(),
        EntryQuery.builder().documentNumber("FV/7/2025").build(),
        EntryQuery.builder().dimensions(MPK2).build(),
        EntryQuery.builder().status(EntryStatus.VOIDED).build(),
        EntryQuery.builder().status(EntryStatus.EXPIRED).account("402").build(),
        EntryQuery.builder().status(EntryStatus.PENDING).build(),
        EntryQuery.builder().offset(2).limit(2).build());
    for (EntryQuery q : queries) {
      assertThat(db.entries(q)).as(q.toString()).isEqualTo(memory.entries(q));
    }
    assertThat(db.entries(EntryQuery.builder().status(EntryStatus.VOIDED).build()).items()).hasSize(1);
    for (int n = 1; n <= 8; n++) {
      EntryId id = EntryId.ofNumber(n);
      assertThat(db.entry(id)).as(id.value()).isEqualTo(memory.entry(id));
    }
    assertThat(db.entry(EntryId.of("RENT-2"))).isEqualTo(memory.entry(EntryId.of("RENT-2"))).isPresent();
    assertThat(db.reversedBy(EntryId.of("RENT-2"))).isEqualTo(memory.reversedBy(EntryId.of("RENT-2"))).isPresent();
    assertThat(db.reversedBy(EntryId.ofNumber(1))).isEmpty();
    List<Function<Ledger, Object>> balances = List.of(
        l -> l.accountBalances(null, null),
        l -> l.accountBalances(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14)), // inside months: day totals
        l -> l.balances(BalanceQuery.builder().account("402").dimensions(MPK1).build()),
        l -> l.balances(BalanceQuery.builder().account("402").to(LocalDate.of(2025, 2, 14)).build()),
        l -> l.balances(BalanceQuery.builder().account("402").includeChildren(true).build()),
        l -> l.balances(BalanceQuery.of("130")));
    for (Function<Ledger, Object> b : balances) {
      assertThat(b.apply(db)).isEqualTo(b.apply(memory));
    }
  }

  @Test
  void aRepeatedKeyInOneBatchAndAfterReopeningReturnsTheFirstEntry() {
    DataSource ds = TestDatabases.newDatabase();
    JournalEntry keyed = JournalEntry.builder().from(JdbcLedgerStoreTest.transfer("2025-01-10", "130", "700", "1.00"))
        .idempotencyKey(IdempotencyKey.of("order-7")).build();
    MutableClock clock = new MutableClock(START);
    PostedEntry first;
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE); Ledger l = ledger(store, clock)) {
      var batch = l.postAll(List.of(keyed, JdbcLedgerStoreTest.transfer("2025-01-11", "130", "700", "2.00"), keyed));
      first = batch.outcomes().get(0).posted().orElseThrow();
      assertThat(batch.outcomes().get(2).posted()).contains(first);
    }
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds); Ledger l = ledger(store, clock)) {
      assertThat(l.post(keyed)).isEqualTo(first);
      assertThat(l.postAll(List.of(keyed, keyed)).outcomes()).allSatisfy(o -> assertThat(o.posted()).contains(first));
      assertThat(l.postedCount()).isEqualTo(2);
      assertThat(l.post(JdbcLedgerStoreTest.transfer("2025-01-12", "130", "700", "3.00")).id())
          .as("the next automatic id follows the highest taken").isEqualTo(EntryId.ofNumber(3));
    }
  }

  @Test
  void aLedgerWithAnotherBaseCurrencyIsRefusedNamingBoth() {
    DataSource ds = TestDatabases.newDatabase();
    MutableClock clock = new MutableClock(START);
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE); Ledger l = ledger(store, clock)) {
      l.post(JdbcLedgerStoreTest.transfer("2025-01-10", "130", "700", "1.00"));
    }
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds)) {
      assertThatThrownBy(() -> Ledger.builder().store(store).baseCurrency(CurrencyUnit.EUR).clock(clock).build())
          .isInstanceOf(LedgerStoreException.class).hasMessageContaining("keeps its books in PLN")
          .hasMessageContaining("base currency is EUR");
    }
  }

  @Test
  void aDatabaseWhoseTotalsAreBehindItsRecordsHasThemRebuiltOnOpen() throws SQLException {
    // what a database migrated from schema version 1 looks like: records, entries and lines, but no day totals
    DataSource ds = TestDatabases.newDatabase();
    MutableClock clock = new MutableClock(START);
    List<Object> before = writeHistory(ds, clock,
        l -> List.of(l.accountBalances(null, null), l.accountBalances(LocalDate.of(2025, 1, 15), null), l.postedCount()));
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM ledger_day_total");
      s.executeUpdate("UPDATE ledger_head SET totals_seq = 0, posted_count = 0, max_entry_number = 0, base_currency = NULL");
    }
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds); Ledger l = ledger(store, clock)) {
      assertThat(List.of(l.accountBalances(null, null), l.accountBalances(LocalDate.of(2025, 1, 15), null), l.postedCount()))
          .isEqualTo(before);
      assertThat(l.post(JdbcLedgerStoreTest.transfer("2025-04-01", "130", "700", "1.00")).id())
          .isEqualTo(EntryId.ofNumber(9));
    }
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT totals_seq = last_seq, posted_count FROM ledger_head"))
        .containsExactly("t|7");
  }

  @Test
  void theVersionTwoBackfillNamesEveryEntrysContentRecord() throws SQLException {
    // schema 1 had no body_seq: the V2 script's UPDATE fills it from the records, by one join
    DataSource ds = TestDatabases.newDatabase();
    MutableClock clock = new MutableClock(START);
    List<PostedEntry> journal = writeHistory(ds, clock, l -> l.journal().collect(Collectors.toList()));
    String backfill = LedgerSchema.statements(LedgerSchema.script(2)).stream()
        .filter(st -> st.startsWith("UPDATE ledger_entry SET body_seq")).findFirst().orElseThrow();
    List<String> before = JdbcLedgerStoreTest.rows(ds, "SELECT entry_id, body_seq FROM ledger_entry ORDER BY entry_id");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE ledger_entry SET body_seq = NULL");
      s.executeUpdate(backfill);
    }
    assertThat(JdbcLedgerStoreTest.rows(ds, "SELECT entry_id, body_seq FROM ledger_entry ORDER BY entry_id"))
        .isEqualTo(before).hasSize(9);
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds); Ledger l = ledger(store, clock)) {
      assertThat(l.journal().collect(Collectors.toList())).isEqualTo(journal);
      assertThat(l.entry(EntryId.ofNumber(5)).orElseThrow().status()).isEqualTo(EntryStatus.VOIDED);
    }
  }
}
