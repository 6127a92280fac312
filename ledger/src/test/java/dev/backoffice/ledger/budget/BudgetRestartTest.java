package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.FY2025;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK02;
import static dev.backoffice.ledger.budget.BudgetFixture.NOW;
import static dev.backoffice.ledger.budget.BudgetFixture.day;
import static dev.backoffice.ledger.budget.BudgetFixture.expense;
import static dev.backoffice.ledger.budget.BudgetFixture.month;
import static dev.backoffice.ledger.budget.BudgetFixture.opex;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.store.file.FileLedgerStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart on the file store keeps the budgets, their revisions and the commitments: the control bound to a ledger
 * reopened from the same directory reports what it reported before, and the figures are the ones worked out by hand
 * below.
 */
class BudgetRestartTest {
  @TempDir Path dir;
  private final BudgetFixture.MutableClock clock = new BudgetFixture.MutableClock(NOW);

  /** A ledger on the store in {@code dir} with a bound control. */
  private final class Opened implements AutoCloseable {
    final BudgetControl budgets = BudgetControl.create();
    final Ledger ledger;

    Opened() {
      FileLedgerStore store = FileLedgerStore.open(dir);
      Ledger.Builder b = Ledger.builder().store(store).clock(clock).guard(budgets.guard());
      if (store.recovery().created()) {
        b.chart(PolishChartOfAccounts.template());
      }
      ledger = b.build();
      budgets.bind(ledger);
    }

    /** Everything the control reports. */
    List<Object> state() {
      return List.of(budgets.budgets(), budgets.revisions("OPEX-2025"), budgets.revisions("TRAVEL-2025"),
          budgets.commitments(), budgets.variance("OPEX-2025"), budgets.variance("TRAVEL-2025"),
          budgets.annualVariance("OPEX-2025"));
    }

    @Override
    public void close() {
      ledger.close();
    }
  }

  private static Dimensions tagged(String commitmentId) {
    return MPK01.with(BudgetControl.COMMITMENT, commitmentId);
  }

  private static Commitment order(String id, String date, String amount) {
    return Commitment.builder().id(id).account("402").dimensions(MPK01).date(LocalDate.parse(date))
        .amount(pln(amount)).build();
  }

  private static Budget travel(String annual) {
    return Budget.builder().id("TRAVEL-2025").name("TRAVEL").fiscalYear(FY2025)
        .addLines(BudgetLine.of("404/MPK-02", AccountSelector.account("404"), MPK02, pln(annual), Phasing.equal(), FY2025))
        .build();
  }

  /** The history of the year so far, through the control and the ledger. */
  private static void history(Opened o, BudgetFixture.MutableClock clock) {
    BudgetControl c = o.budgets;
    c.addBudget(opex(BudgetVersion.DRAFT, ControlRule.stop(ControlScope.ANNUAL)));
    c.approve("OPEX-2025");
    c.addBudget(travel("1200.00"));
    c.replaceDraft(travel("2400.00"));
    c.addBudget(Budget.builder().id("TMP-2025").name("TMP").fiscalYear(FY2025).addLines(BudgetLine.of("x",
        AccountSelector.account("409"), Dimensions.empty(), pln("12.00"), Phasing.equal(), FY2025)).build());
    c.removeDraft("TMP-2025");
    o.ledger.post(expense(day(1, 15), pln("700.00")));
    clock.advanceTo(Instant.parse("2025-06-16T08:00:00Z"));
    c.supplement("OPEX-2025", "402/MPK-01", month(3), pln("500.00"), "targi w marcu");
    c.reduce("OPEX-2025", "402/MPK-01", month(12), pln("200.00"), "oszczędności");
    c.transfer("OPEX-2025", "402/MPK-01", month(1), "402/MPK-01", month(2), pln("100.00"), "przesunięcie");
    c.commit(order("ZZ/1", "2025-03-10", "3000.00"));
    c.commit(order("ZZ/2", "2025-05-05", "2000.00"));
    o.ledger.post(expense(day(3, 20), "402", tagged("ZZ/1"), pln("1200.00")));
    o.ledger.reserve(expense(day(4, 2), "402", tagged("ZZ/1"), pln("400.00")), Instant.parse("2025-12-31T00:00:00Z"));
    c.release("ZZ/2", pln("500.00"), "zamówienie zmniejszone");
    o.ledger.post(expense(day(5, 20), "402", tagged("ZZ/2"), pln("300.00")));
    c.close("ZZ/2", "zamówienie zrealizowane");
    o.ledger.post(expense(day(2, 3), "404", MPK02, pln("150.00")));
  }

  @Test
  void aReopenedLedgerRestoresBudgetsRevisionsCommitmentsAndVariance() {
    List<Object> before;
    try (Opened o = new Opened()) {
      history(o, clock);
      // the draft "TRAVEL-2025" was replaced by its 2,400.00 version
      assertThat(o.budgets.budget("TRAVEL-2025").orElseThrow().total()).isEqualTo(pln("2400.00"));
      before = o.state();
    }
    try (Opened o = new Opened()) {
      assertThat(o.state()).isEqualTo(before);

      // By hand. Budget 1,000.00 a month; January −100 (transfer out) = 900, February +100 = 1,100, March +500 =
      // 1,500, December −200 = 800; the year 12,000 + 500 − 200 = 12,300.
      BudgetVariance year = o.budgets.annualVariance("OPEX-2025").get(0);
      assertThat(year.budget()).isEqualTo(pln("12300.00"));
      // actuals: January 700 + March invoice on ZZ/1 1,200 + May invoice on ZZ/2 300 = 2,200
      assertThat(year.actual()).isEqualTo(pln("2200.00"));
      // commitments: ZZ/1 3,000 − 1,200 invoiced − 400 reserved = 1,400 open, plus the 400 reservation itself;
      // ZZ/2 2,000 − 500 released − 300 invoiced = 1,200, then closed: 0
      assertThat(year.commitments()).isEqualTo(pln("1800.00"));
      List<BudgetVariance> months = o.budgets.variance("OPEX-2025");
      assertThat(months.get(0).budget()).isEqualTo(pln("900.00"));
      assertThat(months.get(0).actual()).isEqualTo(pln("700.00"));
      assertThat(months.get(1).budget()).isEqualTo(pln("1100.00"));
      assertThat(months.get(2).budget()).isEqualTo(pln("1500.00"));
      assertThat(months.get(2).actual()).isEqualTo(pln("1200.00"));
      assertThat(months.get(2).commitments()).isEqualTo(pln("1400.00")); // ZZ/1 is dated 10 March
      assertThat(months.get(3).commitments()).isEqualTo(pln("400.00")); // the reservation, 2 April
      assertThat(months.get(4).actual()).isEqualTo(pln("300.00"));
      assertThat(months.get(4).commitments().isZero()).as("ZZ/2 is closed").isTrue();
      assertThat(months.get(11).budget()).isEqualTo(pln("800.00"));

      CommitmentStatus zz1 = o.budgets.commitment("ZZ/1").orElseThrow();
      assertThat(zz1.consumed()).isEqualTo(pln("1200.00"));
      assertThat(zz1.consumedPending()).isEqualTo(pln("400.00"));
      assertThat(zz1.open()).isEqualTo(pln("1400.00"));
      CommitmentStatus zz2 = o.budgets.commitment("ZZ/2").orElseThrow();
      assertThat(zz2.released()).isEqualTo(pln("1700.00")); // 500 + the 1,200 left when closed
      assertThat(zz2.open().isZero()).isTrue();

      List<BudgetRevision> revisions = o.budgets.revisions("OPEX-2025");
      assertThat(revisions).extracting(BudgetRevision::sequence).containsExactly(1L, 2L, 3L);
      assertThat(revisions).extracting(BudgetRevision::kind)
          .containsExactly(RevisionKind.SUPPLEMENT, RevisionKind.REDUCTION, RevisionKind.TRANSFER);
      assertThat(revisions.get(0).recordedAt()).isEqualTo(Instant.parse("2025-06-16T08:00:00Z"));
      assertThat(o.budgets.budget("OPEX-2025").orElseThrow().version()).isEqualTo(BudgetVersion.REVISED);
      assertThat(o.budgets.budgets()).extracting(Budget::id).containsExactly("OPEX-2025", "TRAVEL-2025");
      BudgetVariance travel = o.budgets.annualVariance("TRAVEL-2025").get(0);
      assertThat(travel.budget()).isEqualTo(pln("2400.00"));
      assertThat(travel.actual()).isEqualTo(pln("150.00"));
    }
  }

  @Test
  void aRestoredControlGoesOnControllingAndRecording() {
    try (Opened o = new Opened()) {
      history(o, clock);
    }
    try (Opened o = new Opened()) {
      // available 12,300 − 2,200 − 1,800 = 8,300: the STOP rule refuses 8,300.01 and lets 8,300.00 pass
      assertThatThrownBy(() -> o.ledger.post(expense(day(6, 1), pln("8300.01"))))
          .isInstanceOf(BudgetExceededException.class);
      o.ledger.post(expense(day(6, 1), pln("8300.00")));
      // the reservation on ZZ/1 is committed: pending 400 becomes posted
      EntryId reservation = o.ledger.pending().get(0).id();
      o.ledger.commit(reservation);
      BudgetRevision next = o.budgets.supplement("OPEX-2025", "402/MPK-01", month(7), pln("50.00"), "dodatek");
      assertThat(next.sequence()).as("the revision numbers go on").isEqualTo(4);
    }
    List<Object> before;
    try (Opened o = new Opened()) {
      BudgetVariance year = o.budgets.annualVariance("OPEX-2025").get(0);
      assertThat(year.budget()).isEqualTo(pln("12350.00"));
      assertThat(year.actual()).isEqualTo(pln("10900.00")); // 2,200 + 8,300 + the committed 400
      assertThat(year.commitments()).isEqualTo(pln("1400.00")); // ZZ/1's open 1,400 only
      assertThat(o.budgets.commitment("ZZ/1").orElseThrow().consumed()).isEqualTo(pln("1600.00"));
      before = o.state();
    }
    try (Opened o = new Opened()) {
      assertThat(o.state()).isEqualTo(before);
    }
  }
}
