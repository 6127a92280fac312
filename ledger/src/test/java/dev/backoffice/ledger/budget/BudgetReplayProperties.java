package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.FY2025;
import static dev.backoffice.ledger.budget.BudgetFixture.FY2026;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK02;
import static dev.backoffice.ledger.budget.BudgetFixture.NOW;
import static dev.backoffice.ledger.budget.BudgetFixture.expense;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.store.InMemoryLedgerStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;

/**
 * Replaying the store gives the state the control had live: for any sequence of budget operations (budgets added,
 * replaced, removed, approved; supplements, reductions, transfers, carry-forwards; commitments registered, released,
 * closed) mixed with postings, tagged invoices and reservations (committed, voided) — many of them refused — a
 * ledger rebuilt from the records with a fresh control reports the same budgets, revisions, commitments and
 * variance, also when it was rebuilt halfway and went on from there.
 */
class BudgetReplayProperties {
  enum Kind {
    ADD, REPLACE, REMOVE, APPROVE, SUPPLEMENT, REDUCE, TRANSFER, CARRY_FORWARD, COMMIT, RELEASE, CLOSE,
    POST, INVOICE, RESERVE, COMMIT_RESERVATION, VOID_RESERVATION, RESTART
  }

  /** One action: what, on which of the budgets or orders, which month and line, how much. */
  record Op(Kind kind, int pick, int month, int line, long minor) {}

  private static final String[] BUDGETS = {"A-2025", "B-2025", "A-2026"};

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(
        Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(0, 1),
        Arbitraries.longs().between(1, 300_000)).as(Op::new);
    return op.list().ofMinSize(10).ofMaxSize(60);
  }

  /** A ledger on a store with a bound control. */
  private static final class Live {
    final InMemoryLedgerStore store;
    final BudgetControl budgets = BudgetControl.create();
    final BudgetFixture.MutableClock clock;
    final Ledger ledger;

    Live(InMemoryLedgerStore store, BudgetFixture.MutableClock clock) {
      this.store = store;
      this.clock = clock;
      Ledger.Builder b = Ledger.builder().store(store).clock(clock).guard(budgets.guard());
      if (store.size() == 0) {
        b.chart(PolishChartOfAccounts.template());
      }
      ledger = b.build();
      budgets.bind(ledger);
    }

    /** A ledger rebuilt from a copy of this one's records. */
    Live rebuilt() {
      InMemoryLedgerStore copy = new InMemoryLedgerStore();
      store.replay(copy::append);
      return new Live(copy, clock);
    }

    List<Object> state() {
      List<Object> out = new ArrayList<>();
      out.add(budgets.budgets());
      out.add(budgets.commitments());
      for (Budget b : budgets.budgets()) {
        out.add(budgets.revisions(b.id()));
        out.add(budgets.variance(b.id()));
        out.add(budgets.annualVariance(b.id()));
      }
      return out;
    }
  }

  private static Budget budget(String id, long perMonth, boolean approved) {
    FiscalYear fy = id.endsWith("2026") ? FY2026 : FY2025;
    Money annual = Money.ofMinor(BudgetFixture.pln("0").getCurrencyUnit(), perMonth * 12);
    return Budget.builder().id(id).name(id.substring(0, 1)).fiscalYear(fy)
        .version(approved ? BudgetVersion.APPROVED : BudgetVersion.DRAFT)
        .addRules(ControlRule.stop(ControlScope.ANNUAL)).carryForward(CarryForwardRule.unused())
        .addLines(BudgetLine.of("L0", AccountSelector.account("402"), MPK01, annual, Phasing.equal(), fy),
            BudgetLine.of("L1", AccountSelector.range("401", "403"), MPK02, annual, Phasing.equal(), fy))
        .build();
  }

  private static AccountingPeriod period(String budgetId, int month) {
    return AccountingPeriod.ofMonth(YearMonth.of(budgetId.endsWith("2026") ? 2026 : 2025, month));
  }

  private static Dimensions tags(int line, String commitment) {
    Dimensions d = line == 0 ? MPK01 : MPK02;
    return commitment == null ? d : d.with(BudgetControl.COMMITMENT, commitment);
  }

  private static Commitment order(int pick, int month, int line, long minor) {
    return Commitment.builder().id("ZZ/" + pick).account("402").dimensions(tags(line, null))
        .date(LocalDate.of(2025, month, 10)).amount(Money.ofMinor(BudgetFixture.pln("0").getCurrencyUnit(), minor))
        .build();
  }

  private static void run(Live l, Op op, Money amount) {
    BudgetControl c = l.budgets;
    String id = BUDGETS[op.pick() % BUDGETS.length];
    String line = "L" + op.line();
    switch (op.kind()) {
      case ADD -> c.addBudget(budget(id, op.minor(), op.pick() % 2 == 0));
      case REPLACE -> c.replaceDraft(budget(id, op.minor() / 2 + 1, false));
      case REMOVE -> c.removeDraft(id);
      case APPROVE -> c.approve(id);
      case SUPPLEMENT -> c.supplement(id, line, period(id, op.month()), amount, "więcej");
      case REDUCE -> c.reduce(id, line, period(id, op.month()), amount, "mniej");
      case TRANSFER -> c.transfer(id, line, period(id, op.month()), "L" + (1 - op.line()), period(id, 13 - op.month()),
          amount, "przesunięcie");
      case CARRY_FORWARD -> c.carryForward("A-2025", "A-2026", "nowy rok");
      case COMMIT -> c.commit(order(op.pick(), op.month(), op.line(), op.minor()));
      case RELEASE -> c.release("ZZ/" + op.pick(), amount, "mniej");
      case CLOSE -> c.close("ZZ/" + op.pick(), "koniec");
      case POST -> l.ledger.post(expense(LocalDate.of(2025, op.month(), 5), "402", tags(op.line(), null), amount));
      case INVOICE -> l.ledger.post(expense(LocalDate.of(2025, op.month(), 20), "402",
          tags(op.line(), "ZZ/" + op.pick()), amount));
      case RESERVE -> l.ledger.reserve(expense(LocalDate.of(2025, op.month(), 25), "402",
          tags(op.line(), op.pick() % 2 == 0 ? "ZZ/" + op.pick() : null), amount), Instant.parse("2030-01-01T00:00:00Z"));
      case COMMIT_RESERVATION, VOID_RESERVATION -> {
        List<PostedEntry> pending = l.ledger.pending();
        if (!pending.isEmpty()) {
          PostedEntry p = pending.get(op.pick() % pending.size());
          if (op.kind() == Kind.COMMIT_RESERVATION) {
            l.ledger.commit(p.id());
          } else {
            l.ledger.voidReservation(p.id());
          }
        }
      }
      case RESTART -> throw new IllegalStateException("handled by the property");
    }
  }

  @Property(tries = 150)
  void aLedgerRebuiltFromTheStoreHasTheSameBudgetState(@ForAll("ops") List<Op> ops) {
    BudgetFixture.MutableClock clock = new BudgetFixture.MutableClock(NOW);
    Live live = new Live(new InMemoryLedgerStore(), clock);
    int refused = 0;
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      clock.advanceTo(NOW.plusSeconds(i));
      if (op.kind() == Kind.RESTART) {
        Live again = live.rebuilt();
        assertThat(again.state()).as("rebuilt after %d actions", i).isEqualTo(live.state());
        live = again; // go on from the rebuilt one
        continue;
      }
      try {
        run(live, op, Money.ofMinor(BudgetFixture.pln("0").getCurrencyUnit(), op.minor()));
      } catch (BackOfficeException e) {
        refused++; // refused changes write nothing; the comparison below covers that too
      }
    }
    assertThat(live.rebuilt().state()).isEqualTo(live.state());
    BudgetControl end = live.budgets;
    Statistics.label("budgets at the end").collect(end.budgets().size());
    Statistics.label("commitments at the end").collect(Math.min(end.commitments().size(), 3));
    Statistics.label("revised").collect(end.budgets().stream().anyMatch(b -> !end.revisions(b.id()).isEmpty()));
    Statistics.label("share refused").collect(refused * 4 / ops.size() * 25 + "%");
  }
}
