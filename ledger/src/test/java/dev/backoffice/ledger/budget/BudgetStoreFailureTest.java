package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.FY2025;
import static dev.backoffice.ledger.budget.BudgetFixture.FY2026;
import static dev.backoffice.ledger.budget.BudgetFixture.NOW;
import static dev.backoffice.ledger.budget.BudgetFixture.day;
import static dev.backoffice.ledger.budget.BudgetFixture.expense;
import static dev.backoffice.ledger.budget.BudgetFixture.opex;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.store.InMemoryLedgerStore;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A budget change is applied only once the store took all its records: a store that fails leaves the control as it
 * was (and the ledger refusing changes, as for any store failure); and a guard change is refused for a guard the
 * ledger was not built with.
 */
class BudgetStoreFailureTest {
  /** An in-memory store whose appends fail from the given one on (counting from 1). */
  private static final class FailingStore implements LedgerStore {
    private final InMemoryLedgerStore delegate = new InMemoryLedgerStore();
    long failFrom = Long.MAX_VALUE;
    long appends;

    @Override
    public long append(LedgerRecord record) {
      if (++appends >= failFrom) {
        throw new LedgerStoreException("disk full (test)");
      }
      return delegate.append(record);
    }

    @Override
    public void awaitDurable(long ticket) {
      delegate.awaitDurable(ticket);
    }

    @Override
    public void replay(Consumer<LedgerRecord> sink) {
      delegate.replay(sink);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private final FailingStore store = new FailingStore();
  private final BudgetControl budgets = BudgetControl.create();
  private final Ledger ledger = Ledger.builder().store(store).chart(PolishChartOfAccounts.template())
      .clock(new BudgetFixture.MutableClock(NOW)).guard(budgets.guard()).build();

  {
    budgets.bind(ledger);
  }

  private static Budget year(String id, dev.backoffice.core.time.FiscalYear fy) {
    return Budget.builder().id(id).name("OPEX").fiscalYear(fy).version(BudgetVersion.APPROVED)
        .carryForward(CarryForwardRule.unused())
        .addLines(BudgetLine.of("402", AccountSelector.account("402"), Dimensions.empty(), pln("1200.00"),
                Phasing.equal(), fy),
            BudgetLine.of("403", AccountSelector.account("403"), Dimensions.empty(), pln("1200.00"),
                Phasing.equal(), fy))
        .build();
  }

  @Test
  void aFailedAppendLeavesTheControlUnchanged() {
    budgets.addBudget(opex(BudgetVersion.DRAFT));
    ledger.post(expense(day(3, 1), pln("100.00")));
    var before = List.of(budgets.budgets(), budgets.variance("OPEX-2025"), budgets.commitments());
    store.failFrom = store.appends + 1;
    assertThatThrownBy(() -> budgets.approve("OPEX-2025")).isInstanceOf(LedgerStoreException.class);
    assertThat(List.of(budgets.budgets(), budgets.variance("OPEX-2025"), budgets.commitments())).isEqualTo(before);
    assertThat(budgets.budget("OPEX-2025").orElseThrow().version()).isEqualTo(BudgetVersion.DRAFT);
    // as after any store failure, the ledger refuses further changes until reopened, the control's included
    assertThatThrownBy(() -> budgets.removeDraft("OPEX-2025")).isInstanceOf(LedgerStoreException.class);
    assertThat(budgets.budgets()).hasSize(1);
  }

  @Test
  void aGroupWhoseSecondAppendFailsChangesNothing() {
    budgets.addBudget(year("OPEX-2025", FY2025));
    budgets.addBudget(year("OPEX-2026", FY2026));
    var before = List.of(budgets.budgets(), budgets.variance("OPEX-2025"), budgets.variance("OPEX-2026"));
    store.failFrom = store.appends + 2; // the first line's revision is appended, the second's is not
    assertThatThrownBy(() -> budgets.carryForward("OPEX-2025", "OPEX-2026", "rok"))
        .isInstanceOf(LedgerStoreException.class);
    assertThat(List.of(budgets.budgets(), budgets.variance("OPEX-2025"), budgets.variance("OPEX-2026")))
        .isEqualTo(before);
    assertThat(budgets.revisions("OPEX-2025")).isEmpty();
  }

  @Test
  void aGuardChangeNeedsAGuardTheLedgerWasBuiltWithThatKeepsRecords() {
    PostingGuard stranger = new PostingGuard() {
      @Override
      public com.google.common.collect.ImmutableList<dev.backoffice.ledger.entry.PostingWarning> check(
          ProposedPosting proposal, LedgerView view) {
        return com.google.common.collect.ImmutableList.of();
      }
    };
    assertThatThrownBy(() -> ledger.writeGuardRecords(stranger, (view, out) -> null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("not one of this ledger's guards");
    BudgetControl other = BudgetControl.create();
    assertThatThrownBy(() -> ledger.writeGuardRecords(other.guard(), (view, out) -> null))
        .isInstanceOf(ConflictException.class);
    // a record of another guard's name is refused before anything is written
    long appends = store.appends;
    assertThatThrownBy(() -> ledger.writeGuardRecords(budgets.guard(), (view, out) -> {
      out.append(List.of(GuardRecord.of("someone-else", "x", NOW, List.of())));
      return null;
    })).hasMessageContaining("must be owned by budget");
    assertThat(store.appends).isEqualTo(appends);
  }

  @Test
  void aLedgerTakesOneGuardOfARecordName() {
    BudgetControl one = BudgetControl.create();
    BudgetControl two = BudgetControl.create();
    assertThatThrownBy(() -> Ledger.builder().guard(one.guard()).guard(two.guard()).build())
        .isInstanceOf(ConflictException.class).hasMessageContaining("keeps records named 'budget'");
  }
}
