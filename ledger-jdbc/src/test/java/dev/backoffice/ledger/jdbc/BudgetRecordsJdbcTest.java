package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.budget.AccountSelector;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.budget.BudgetExceededException;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.ledger.budget.BudgetVariance;
import dev.backoffice.ledger.budget.BudgetVersion;
import dev.backoffice.ledger.budget.Commitment;
import dev.backoffice.ledger.budget.CommitmentStatus;
import dev.backoffice.ledger.budget.ControlRule;
import dev.backoffice.ledger.budget.ControlScope;
import dev.backoffice.ledger.budget.Phasing;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.jdbc.testkit.TestPool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Budget control on the database store: its budgets, revisions and commitments are rows of {@code ledger_record}
 * (kind 10), so two ledger instances on one database see each other's budget changes — after {@code refresh()} or
 * with their next change — and what the other posted against them; a ledger reopened on the database restores them.
 */
class BudgetRecordsJdbcTest {
  private static final FiscalYear FY2025 = FiscalYear.calendar(2025);
  private static final Dimensions MPK01 = Dimensions.of(Dimension.COST_CENTRE, "MPK-01");

  /** A ledger instance on the database with its own bound control. */
  private static final class Instance implements AutoCloseable {
    final JdbcLedgerStore store;
    final BudgetControl budgets = BudgetControl.create();
    final Ledger ledger;

    Instance(DataSource ds, boolean first) {
      store = first ? JdbcLedgerStore.open(ds, JdbcLedgerStoreTest.MIGRATE) : JdbcLedgerStore.open(ds);
      Ledger.Builder b = Ledger.builder().store(store).clock(JdbcLedgerStoreTest.CLOCK).guard(budgets.guard());
      ledger = (first ? b.chart(PolishChartOfAccounts.template()) : b).build();
      budgets.bind(ledger);
    }

    List<Object> state() {
      return List.of(budgets.budgets(), budgets.revisions("OPEX-2025"), budgets.commitments(),
          budgets.variance("OPEX-2025"));
    }

    @Override
    public void close() {
      ledger.close();
    }
  }

  private static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  private static Budget opex() {
    return Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(FY2025)
        .addRules(ControlRule.stop(ControlScope.ANNUAL))
        .addLines(BudgetLine.of("402/MPK-01", AccountSelector.account("402"), MPK01, pln("12000.00"), Phasing.equal(),
            FY2025))
        .build();
  }

  private static JournalEntry invoice(String date, String amount, Dimensions tags) {
    return JournalEntry.builder().date(LocalDate.parse(date)).description("faktura")
        .addLines(JournalLine.builder().account("402").side(Side.DEBIT).amount(pln(amount)).dimensions(tags).build(),
            JournalLine.credit("202", pln(amount)))
        .build();
  }

  private static AccountingPeriod month(int m) {
    return AccountingPeriod.ofMonth(YearMonth.of(2025, m));
  }

  private static long budgetRows(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM ledger_record WHERE kind = 10")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void twoInstancesSeeEachOthersBudgetChangesAndAReopenedOneRestoresThem() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    try (Instance a = new Instance(ds, true); Instance b = new Instance(ds, false)) {
      a.budgets.addBudget(opex());
      a.budgets.approve("OPEX-2025");
      a.budgets.commit(Commitment.builder().id("ZZ/1").account("402").dimensions(MPK01).date(LocalDate.of(2025, 3, 10))
          .amount(pln("3000.00")).build());
      assertThat(b.budgets.budgets()).as("b has not read the database yet").isEmpty();
      b.ledger.refresh();
      assertThat(b.state()).isEqualTo(a.state());

      // b revises; a sees it with its next change (a post), which catches up before it is checked
      b.budgets.supplement("OPEX-2025", "402/MPK-01", month(3), pln("500.00"), "targi");
      a.ledger.post(invoice("2025-03-20", "1200.00", MPK01.with(BudgetControl.COMMITMENT, "ZZ/1")));
      assertThat(a.budgets.revisions("OPEX-2025")).hasSize(1);
      b.ledger.refresh();
      assertThat(b.state()).isEqualTo(a.state());
      // by hand: budget 12,000 + 500; actuals 1,200 (the invoice); commitments 3,000 − 1,200 = 1,800
      BudgetVariance year = b.budgets.annualVariance("OPEX-2025").get(0);
      assertThat(year.budget()).isEqualTo(pln("12500.00"));
      assertThat(year.actual()).isEqualTo(pln("1200.00"));
      assertThat(year.commitments()).isEqualTo(pln("1800.00"));

      // what a posted counts against b's control too: 12,500 − 1,200 − 1,800 = 9,500 left
      assertThatThrownBy(() -> b.ledger.post(invoice("2025-04-02", "9500.01", MPK01)))
          .isInstanceOf(BudgetExceededException.class);
      b.ledger.post(invoice("2025-04-02", "9500.00", MPK01));
      b.budgets.close("ZZ/1", "zrealizowane");
      a.ledger.refresh();
      assertThat(a.state()).isEqualTo(b.state());
      assertThat(budgetRows(ds)).as("registered, approved, ZZ/1 made, supplement, ZZ/1 closed").isEqualTo(5);
    }
    List<Object> after;
    try (Instance a = new Instance(ds, false)) {
      after = a.state();
      BudgetVariance year = a.budgets.annualVariance("OPEX-2025").get(0);
      assertThat(year.actual()).isEqualTo(pln("10700.00"));
      assertThat(year.commitments().isZero()).isTrue();
      assertThat(a.budgets.commitment("ZZ/1").orElseThrow().released()).isEqualTo(pln("1800.00"));
    }
    try (Instance again = new Instance(ds, false)) {
      assertThat(again.state()).isEqualTo(after);
    }
  }

  @Test
  void insideTheCallersTransactionBudgetChangesAndWhatPostingsConsumeCountOnceTheCallerCommitted() throws SQLException {
    DataSource ds = TestDatabases.newDatabase();
    try (Instance a = new Instance(ds, true)) {
      a.budgets.addBudget(opex());
      Commitment order = Commitment.builder().id("ZZ/1").account("402").dimensions(MPK01)
          .date(LocalDate.of(2025, 3, 10)).amount(pln("3000.00")).build();
      try (Connection c = ds.getConnection()) { // one change per caller's transaction, as the store joins them
        c.setAutoCommit(false);
        a.store.joining(c, () -> a.budgets.commit(order));
        assertThat(a.budgets.commitments()).as("nothing before the caller commits").isEmpty();
        c.commit();
      }
      a.ledger.refresh();
      assertThat(a.budgets.commitments()).hasSize(1);
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        a.store.joining(c, () -> a.ledger.post(invoice("2025-03-20", "1200.00", MPK01.with(BudgetControl.COMMITMENT,
            "ZZ/1"))));
        assertThat(a.budgets.annualVariance("OPEX-2025").get(0).actual().isZero()).isTrue();
        c.commit();
      }
      a.ledger.refresh();
      // counted once: actuals 1,200; ZZ/1 3,000 − 1,200 = 1,800 open
      BudgetVariance year = a.budgets.annualVariance("OPEX-2025").get(0);
      assertThat(year.actual()).isEqualTo(pln("1200.00"));
      assertThat(year.commitments()).isEqualTo(pln("1800.00"));
      assertThat(a.budgets.commitment("ZZ/1").orElseThrow().consumed()).isEqualTo(pln("1200.00"));

      // a release or close inside the caller's transaction returns the status it leads to, not the one before
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        CommitmentStatus released = a.store.joining(c, () -> a.budgets.release("ZZ/1", pln("300.00"), "cut"));
        assertThat(released.released()).isEqualTo(pln("300.00"));
        assertThat(released.open()).isEqualTo(pln("1500.00")); // 3,000 − 1,200 consumed − 300 released
        assertThat(released.consumed()).isEqualTo(pln("1200.00"));
        c.commit();
      }
      a.ledger.refresh();
      assertThat(a.budgets.commitment("ZZ/1").orElseThrow().open()).isEqualTo(pln("1500.00"));
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        CommitmentStatus closed = a.store.joining(c, () -> a.budgets.close("ZZ/1", "done"));
        assertThat(closed.open().isZero()).isTrue();
        assertThat(closed.released()).isEqualTo(pln("1800.00"));
        c.rollback();
      }
      a.ledger.refresh();
      assertThat(a.budgets.commitment("ZZ/1").orElseThrow().open()).as("rolled back").isEqualTo(pln("1500.00"));
      assertThat(a.budgets.annualVariance("OPEX-2025").get(0).commitments()).isEqualTo(pln("1500.00"));

      List<Object> before = a.state();
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        a.store.joining(c, () -> a.budgets.approve("OPEX-2025"));
        c.rollback();
      }
      a.ledger.refresh();
      assertThat(a.state()).as("a rollback leaves nothing").isEqualTo(before);
      assertThat(a.budgets.budget("OPEX-2025").orElseThrow().version()).isEqualTo(BudgetVersion.DRAFT);
    }
  }

  @Test
  void afterACommitThatFailedTheControlIsRebuiltFromTheDatabaseWithoutTheLostChange() {
    TestPool ds = new TestPool(TestDatabases.newDatabase());
    try (Instance a = new Instance(ds, true)) {
      a.budgets.addBudget(opex());
      a.budgets.approve("OPEX-2025");
      a.ledger.post(invoice("2025-03-20", "1000.00", MPK01));
      List<Object> before = a.state();

      ds.failCommits.set(true); // the supplement and the invoice are applied in memory, then their commits fail
      assertThatThrownBy(() -> a.budgets.supplement("OPEX-2025", "402/MPK-01", month(3), pln("500.00"), "targi"))
          .isInstanceOf(dev.backoffice.ledger.error.LedgerStoreException.class);
      ds.failCommits.set(false);

      a.ledger.post(invoice("2025-03-21", "1.00", MPK01)); // reads the database again first
      // by hand: budget 12,000 (no supplement), actuals 1,000 + 1 = 1,001; no revision was kept
      BudgetVariance year = a.budgets.annualVariance("OPEX-2025").get(0);
      assertThat(year.budget()).isEqualTo(pln("12000.00"));
      assertThat(year.actual()).isEqualTo(pln("1001.00"));
      assertThat(a.budgets.revisions("OPEX-2025")).isEmpty();
      assertThat(before.get(0)).isEqualTo(a.budgets.budgets());
      try (Instance b = new Instance(ds, false)) {
        assertThat(b.state()).as("a fresh instance on the database").isEqualTo(a.state());
      }
    }
  }
}
