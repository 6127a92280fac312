package dev.backoffice.ledger.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.budget.AccountSelector;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.ledger.budget.BudgetRevision;
import dev.backoffice.ledger.budget.BudgetVersion;
import dev.backoffice.ledger.budget.CarryForwardRule;
import dev.backoffice.ledger.budget.ControlRule;
import dev.backoffice.ledger.budget.ControlScope;
import dev.backoffice.ledger.budget.Phasing;
import dev.backoffice.ledger.budget.RevisionKind;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.store.file.StoreFixtures.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget change that writes several records — a carry-forward: one revision per line carried, then the
 * carry-forward itself — is one group of the log (FORMAT.md, "Groups", "Guard records"): after a crash that tore
 * it, the reopened ledger shows none of it, and the control can carry forward again.
 */
class BudgetGroupCrashTest {
  private static final FiscalYear FY2025 = FiscalYear.calendar(2025);
  private static final FiscalYear FY2026 = FiscalYear.calendar(2026);
  private static final int GUARD_RECORDED = 10;

  @TempDir Path dir;

  private static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  /** A year's budget with two lines of 1,200.00, carrying unused budget forward. */
  private static Budget year(String id, FiscalYear fy) {
    return Budget.builder().id(id).name("OPEX").fiscalYear(fy).version(BudgetVersion.APPROVED)
        .addRules(ControlRule.stop(ControlScope.ANNUAL)).carryForward(CarryForwardRule.unused())
        .addLines(BudgetLine.of("402", AccountSelector.account("402"), Dimensions.empty(), pln("1200.00"),
                Phasing.equal(), fy),
            BudgetLine.of("403", AccountSelector.account("403"), Dimensions.empty(), pln("1200.00"),
                Phasing.equal(), fy))
        .build();
  }

  private static JournalEntry cost(String account, String amount) {
    return JournalEntry.builder().date(LocalDate.of(2025, 5, 5)).description("koszt " + account)
        .addLines(JournalLine.debit(account, pln(amount)), JournalLine.credit("202", pln(amount))).build();
  }

  private Ledger open(BudgetControl budgets) {
    FileLedgerStore store = FileLedgerStore.open(dir);
    Ledger.Builder b = Ledger.builder().store(store).clock(StoreFixtures.CLOCK).guard(budgets.guard());
    if (store.recovery().created()) {
      b.chart(PolishChartOfAccounts.template());
    }
    Ledger ledger = b.build();
    budgets.bind(ledger);
    return ledger;
  }

  /** Two budgets, some costs, then the carry-forward; returns the log's frames. */
  private List<Frame> carriedForward() {
    BudgetControl budgets = BudgetControl.create();
    try (Ledger ledger = open(budgets)) {
      budgets.addBudget(year("OPEX-2025", FY2025));
      budgets.addBudget(year("OPEX-2026", FY2026));
      ledger.post(cost("402", "200.00"));
      ledger.post(cost("403", "1000.00"));
      List<BudgetRevision> carried = budgets.carryForward("OPEX-2025", "OPEX-2026", "zamknięcie roku");
      // 402: 1,200 − 200 = 1,000 unused; 403: 1,200 − 1,000 = 200 unused
      assertThat(carried).extracting(BudgetRevision::amount).containsExactly(pln("1000.00"), pln("200.00"));
    }
    return StoreFixtures.frames(dir);
  }

  /** The state after reopening: nothing of the carry-forward, and the carry-forward can be made again. */
  private void assertNothingCarried() {
    BudgetControl budgets = BudgetControl.create();
    try (Ledger ledger = open(budgets)) {
      assertThat(ledger.postedCount()).isEqualTo(2);
      assertThat(budgets.revisions("OPEX-2025")).isEmpty();
      assertThat(budgets.revisions("OPEX-2026")).isEmpty();
      assertThat(budgets.budget("OPEX-2025").orElseThrow().total()).isEqualTo(pln("2400.00"));
      assertThat(budgets.budget("OPEX-2026").orElseThrow().total()).isEqualTo(pln("2400.00"));
      List<BudgetRevision> again = budgets.carryForward("OPEX-2025", "OPEX-2026", "zamknięcie roku");
      assertThat(again).extracting(BudgetRevision::kind).containsOnly(RevisionKind.CARRY_FORWARD);
      assertThat(budgets.budget("OPEX-2026").orElseThrow().total()).isEqualTo(pln("3600.00"));
    }
  }

  @Test
  void theCarryForwardIsOneGroupOfThreeGuardRecords() {
    List<Frame> frames = carriedForward();
    List<Frame> group = frames.subList(frames.size() - 3, frames.size());
    byte[] file = read();
    assertThat(group).extracting(Frame::type).containsOnly(GUARD_RECORDED);
    assertThat(group).extracting(f -> file[(int) f.offset() + 5] & 1).as("CONTINUES on all but the last")
        .containsExactly(1, 1, 0);
    assertThat(FileStoreVerifier.verify(dir).problems()).as("the verifier reads budget records too").isEmpty();
    BudgetControl budgets = BudgetControl.create();
    try (Ledger ledger = open(budgets)) {
      assertThat(ledger.postedCount()).isEqualTo(2);
      assertThat(budgets.revisions("OPEX-2025")).hasSize(2);
      assertThat(budgets.budget("OPEX-2026").orElseThrow().total()).isEqualTo(pln("3600.00"));
    }
  }

  @Test
  void aGroupTornInsideItsSecondRecordLeavesNoPartOfIt() throws IOException {
    List<Frame> frames = carriedForward();
    Frame second = frames.get(frames.size() - 2);
    StoreFixtures.forgetCheckpoint(dir); // a crash: no clean close vouched for the end
    Files.write(StoreFixtures.log(dir), Arrays.copyOf(read(), (int) second.offset() + second.length() / 2));
    assertNothingCarried();
  }

  @Test
  void aGroupWhoseLastRecordNeverReachedTheDiskLeavesNoPartOfIt() throws IOException {
    List<Frame> frames = carriedForward();
    Frame last = frames.get(frames.size() - 1);
    StoreFixtures.forgetCheckpoint(dir);
    Files.write(StoreFixtures.log(dir), Arrays.copyOf(read(), (int) last.offset())); // two whole frames, both CONTINUES
    assertNothingCarried();
  }

  @Test
  void aVersionThreeLogRefusesBudgetRecordsAndTheControlIsUnchanged() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = StoreFixtures.ledger(store)) {
      ledger.post(StoreFixtures.sale(1));
    }
    byte[] file = read();
    file[8] = 3; // FORMAT.md: a version-3 log has the same frames; the chain starts from the header, so re-chain
    StoreFixtures.putInt(file, 60, StoreFixtures.crc(file, 0, 60));
    StoreFixtures.rechain(file, StoreFixtures.frames(file), 0);
    Files.write(StoreFixtures.log(dir), file);
    StoreFixtures.forgetCheckpoint(dir);
    BudgetControl budgets = BudgetControl.create();
    try (Ledger ledger = open(budgets)) {
      assertThatThrownBy(() -> budgets.addBudget(year("OPEX-2025", FY2025)))
          .isInstanceOf(LedgerStoreException.class)
          .hasMessageContaining("format version 3")
          .hasMessageContaining("cannot hold a guard's records");
      assertThat(budgets.budgets()).isEmpty();
      assertThat(ledger.postedCount()).isEqualTo(1);
    }
    BudgetControl again = BudgetControl.create();
    try (Ledger ledger = open(again)) {
      assertThat(again.budgets()).isEmpty();
      ledger.post(StoreFixtures.sale(2)); // entries still go to the old log
      assertThat(ledger.postedCount()).isEqualTo(2);
    }
  }

  private byte[] read() {
    try {
      return Files.readAllBytes(StoreFixtures.log(dir));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
