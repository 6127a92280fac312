package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.FY2025;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK02;
import static dev.backoffice.ledger.budget.BudgetFixture.day;
import static dev.backoffice.ledger.budget.BudgetFixture.expense;
import static dev.backoffice.ledger.budget.BudgetFixture.month;
import static dev.backoffice.ledger.budget.BudgetFixture.opex;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.event.LedgerListener;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BudgetControlTest {
  private final BudgetFixture f = new BudgetFixture();

  private BudgetVariance annual(String budgetId, String lineId) {
    return f.budgets.annualVariance(budgetId).stream().filter(v -> v.lineId().equals(lineId)).findFirst().orElseThrow();
  }

  private BudgetVariance opexLine() {
    return annual("OPEX-2025", "402/MPK-01");
  }

  private static Commitment order(String id, String account, Dimensions tags, String date, String amount) {
    return Commitment.builder().id(id).account(account).dimensions(tags).date(java.time.LocalDate.parse(date))
        .amount(pln(amount)).build();
  }

  private static Dimensions tagged(String commitmentId) {
    return MPK01.with(BudgetControl.COMMITMENT, commitmentId);
  }

  @Nested
  class Actions {
    @Test
    void stopRejectsTheWholeEntryWithLineAndAmountsAndChangesNothing() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(3, 10), pln("11500.00")));
      long posted = f.ledger.postedCount();
      ImmutableList<BudgetVariance> before = f.budgets.variance("OPEX-2025");

      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
          () -> f.ledger.post(expense(day(4, 2), pln("600.00"))));

      // 12,000.00 budget − 11,500.00 actual = 500.00 available; 600.00 requested
      assertThat(e.budgetId()).isEqualTo("OPEX-2025");
      assertThat(e.lineId()).isEqualTo("402/MPK-01");
      assertThat(e.period()).isEqualTo(month(4));
      assertThat(e.scope()).isEqualTo(ControlScope.ANNUAL);
      assertThat(e.available()).isEqualTo(pln("500.00"));
      assertThat(e.requested()).isEqualTo(pln("600.00"));
      assertThat(e).isInstanceOf(PostingRejectedException.class).hasMessageContaining("402/MPK-01");
      assertThat(f.ledger.postedCount()).isEqualTo(posted);
      assertThat(f.ledger.balance("402", Monies.PLN, day(12, 31))).isEqualTo(pln("11500.00"));
      assertThat(f.budgets.variance("OPEX-2025")).isEqualTo(before);
    }

    @Test
    void stopLetsTheLastGroszThrough() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(1, 10), pln("11999.99")));
      f.ledger.post(expense(day(12, 31), pln("0.01")));
      assertThatThrownBy(() -> f.ledger.post(expense(day(12, 31), pln("0.01"))))
          .isInstanceOf(BudgetExceededException.class);
      assertThat(opexLine().available()).isEqualTo(pln("0.00"));
    }

    @Test
    void warnPostsAndReportsTheWarningToCallerAndListeners() {
      List<PostedEntry> heard = new CopyOnWriteArrayList<>();
      BudgetFixture g = new BudgetFixture(new LedgerListener() {
        @Override
        public void onPosted(PostedEntry entry) {
          heard.add(entry);
        }
      });
      g.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.warn(ControlScope.ANNUAL)));

      PostedEntry posted = g.ledger.post(expense(day(5, 5), pln("12500.00")));

      assertThat(posted.warnings()).hasSize(1);
      PostingWarning w = posted.warnings().get(0);
      assertThat(w.source()).isEqualTo("budget");
      assertThat(w.message()).contains("OPEX-2025", "402/MPK-01", "requested PLN 12500.00", "available PLN 12000.00");
      assertThat(heard).singleElement().satisfies(p -> assertThat(p.warnings()).containsExactly(w));
      assertThat(g.ledger.balance("402", Monies.PLN, day(12, 31))).isEqualTo(pln("12500.00"));
    }

    @Test
    void withinBudgetWarnRaisesNothing() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.warn(ControlScope.ANNUAL)));
      assertThat(f.ledger.post(expense(day(5, 5), pln("12000.00"))).warnings()).isEmpty();
    }

    @Test
    void ignoreTracksButNeverChecks() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.ignore()));
      PostedEntry posted = f.ledger.post(expense(day(5, 5), pln("20000.00")));
      assertThat(posted.warnings()).isEmpty();
      // 20,000 / 12,000 = 166.666…% → 166.67 %
      BudgetVariance v = opexLine();
      assertThat(v.actual()).isEqualTo(pln("20000.00"));
      assertThat(v.available()).isEqualTo(pln("-8000.00"));
      assertThat(v.percentUsed()).contains(Rate.ofPercent("166.67"));
    }

    @Test
    void aLineRuleOverridesTheBudgetRule() {
      Budget b = opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL));
      b = b.withLines(List.of(b.lines().get(0).withRules(ControlRule.ignore())));
      f.budgets.addBudget(b);
      f.ledger.post(expense(day(5, 5), pln("20000.00")));
      assertThat(opexLine().actual()).isEqualTo(pln("20000.00"));
    }

    @Test
    void creditsAndReversalsAlwaysPassEvenOverBudget() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT, ControlRule.stop(ControlScope.ANNUAL)));
      PostedEntry over = f.ledger.post(expense(day(2, 1), pln("15000.00")));
      f.budgets.approve("OPEX-2025");
      assertThatThrownBy(() -> f.ledger.post(expense(day(2, 2), pln("0.01"))))
          .isInstanceOf(BudgetExceededException.class);
      // a credit note (Dr 202 / Cr 402) and a black reversal decrease consumption: they pass
      f.ledger.post(JournalEntry.builder().date(day(2, 3)).description("korekta")
          .addLines(JournalLine.debit("202", pln("100.00")),
              JournalLine.builder().account("402").side(Side.CREDIT).amount(pln("100.00")).dimensions(MPK01).build())
          .build());
      assertThat(opexLine().actual()).isEqualTo(pln("14900.00"));
      f.ledger.reverse(over.id(), day(2, 4), ReversalMode.BLACK);
      assertThat(opexLine().actual()).isEqualTo(pln("-100.00"));
    }
  }

  @Nested
  class Tolerances {
    @Test
    void percentToleranceIsAShareOfTheBudget() {
      // 10 % of 12,000.00 = 1,200.00 → limit 13,200.00
      f.budgets.addBudget(opex(BudgetVersion.APPROVED,
          ControlRule.stop(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("10"))));
      f.ledger.post(expense(day(3, 1), pln("13200.00")));
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
          () -> f.ledger.post(expense(day(3, 2), pln("0.01"))));
      assertThat(e.tolerance()).isEqualTo(pln("1200.00"));
      assertThat(e.available()).isEqualTo(pln("-1200.00"));
    }

    @Test
    void absoluteToleranceIsAnAmount() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED,
          ControlRule.stop(ControlScope.ANNUAL).withToleranceAmount(pln("500.00"))));
      f.ledger.post(expense(day(3, 1), pln("12500.00")));
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 2), pln("0.01"))))
          .isInstanceOf(BudgetExceededException.class);
    }

    @Test
    void withBothTheSmallerToleranceApplies() {
      // 10 % = 1,200.00 and 500.00: the limit reached first is 12,000 + 500 = 12,500.00
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)
          .withTolerancePercent(Rate.ofPercent("10")).withToleranceAmount(pln("500.00"))));
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 1), pln("12500.01"))))
          .isInstanceOf(BudgetExceededException.class);
      f.ledger.post(expense(day(3, 1), pln("12500.00")));
    }

    @Test
    void negativePercentWarnsEarly() {
      // WARN at −10 %: limit 12,000 − 1,200 = 10,800.00
      f.budgets.addBudget(opex(BudgetVersion.APPROVED,
          ControlRule.warn(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("-10"))));
      assertThat(f.ledger.post(expense(day(3, 1), pln("10800.00"))).warnings()).isEmpty();
      assertThat(f.ledger.post(expense(day(3, 1), pln("0.01"))).warnings()).hasSize(1);
    }

    @Test
    void warnAtNinetyAndStopAtHundredTogether() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED,
          ControlRule.warn(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("-10")),
          ControlRule.stop(ControlScope.ANNUAL)));
      assertThat(f.ledger.post(expense(day(3, 1), pln("11000.00"))).warnings()).hasSize(1);
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 1), pln("1000.01"))))
          .isInstanceOf(BudgetExceededException.class);
    }
  }

  @Nested
  class Scopes {
    @Test
    void monthlyAccumulatedAllowsBudgetOfPastMonthsButNotOfFutureOnes() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.MONTHLY_ACCUMULATED)));
      // January to March accumulate 3 × 1,000.00 = 3,000.00
      f.ledger.post(expense(day(3, 20), pln("3000.00")));
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
          () -> f.ledger.post(expense(day(3, 21), pln("0.01"))));
      assertThat(e.period()).isEqualTo(month(3));
      assertThat(e.scope()).isEqualTo(ControlScope.MONTHLY_ACCUMULATED);
      assertThat(e.available()).isEqualTo(pln("0.00"));
      // April adds 1,000.00 of its own
      f.ledger.post(expense(day(4, 1), pln("1000.00")));
    }

    @Test
    void monthlyAccumulatedRejectsInJanuaryWhatAnnualWouldAllow() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.MONTHLY_ACCUMULATED)));
      assertThatThrownBy(() -> f.ledger.post(expense(day(1, 31), pln("1000.01"))))
          .isInstanceOf(BudgetExceededException.class);

      BudgetFixture g = new BudgetFixture();
      g.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      g.ledger.post(expense(day(1, 31), pln("1000.01")));
    }

    @Test
    void anEarlierPostingMustNotBreakTheLimitOfALaterMonth() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.MONTHLY_ACCUMULATED)));
      f.ledger.post(expense(day(3, 5), pln("2000.00")));   // through March: 2,000 of 3,000
      f.ledger.post(expense(day(1, 5), pln("1000.00")));   // through January: 1,000 of 1,000; March: 3,000 of 3,000
      // February alone would fit (1,000.01 of 2,000.00) but March would become 3,000.01 of 3,000.00
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
          () -> f.ledger.post(expense(day(2, 5), pln("0.01"))));
      assertThat(e.period()).isEqualTo(month(3));
    }
  }

  @Nested
  class Commitments {
    @Test
    void anOrderReservesBudgetAndItsInvoiceConsumesIt() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      CommitmentStatus po = f.budgets.commit(order("ZZ/1", "402", MPK01, "2025-03-01", "8000.00"));
      assertThat(po.open()).isEqualTo(pln("8000.00"));
      // 12,000 − 8,000 committed = 4,000 available: an untagged 4,500 does not fit
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
          () -> f.ledger.post(expense(day(3, 2), pln("4500.00"))));
      assertThat(e.available()).isEqualTo(pln("4000.00"));

      // the invoice of the order moves 8,000 from commitments to actuals: net 0, it passes
      f.ledger.post(expense(day(4, 10), "402", tagged("ZZ/1"), pln("8000.00")));
      assertThat(f.budgets.commitment("ZZ/1").orElseThrow().open()).isEqualTo(pln("0.00"));
      assertThat(f.budgets.commitment("ZZ/1").orElseThrow().consumed()).isEqualTo(pln("8000.00"));
      BudgetVariance v = opexLine();
      assertThat(v.actual()).isEqualTo(pln("8000.00"));
      assertThat(v.commitments()).isEqualTo(pln("0.00"));
      f.ledger.post(expense(day(4, 11), pln("4000.00")));
    }

    @Test
    void partialInvoiceThenReleaseOfTheRest() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.budgets.commit(order("ZZ/2", "402", MPK01, "2025-03-01", "5000.00"));
      f.ledger.post(expense(day(3, 15), "402", tagged("ZZ/2"), pln("3000.00")));
      CommitmentStatus s = f.budgets.commitment("ZZ/2").orElseThrow();
      assertThat(s.consumed()).isEqualTo(pln("3000.00"));
      assertThat(s.open()).isEqualTo(pln("2000.00"));
      // 12,000 − 3,000 actual − 2,000 open = 7,000
      assertThat(opexLine().available()).isEqualTo(pln("7000.00"));

      s = f.budgets.release("ZZ/2", pln("500.00"), "pozycja anulowana");
      assertThat(s.released()).isEqualTo(pln("500.00"));
      assertThat(s.open()).isEqualTo(pln("1500.00"));
      s = f.budgets.close("ZZ/2", "zamówienie zamknięte");
      assertThat(s.open()).isEqualTo(pln("0.00"));
      assertThat(s.isOpen()).isFalse();
      assertThat(opexLine().available()).isEqualTo(pln("9000.00"));
      assertThatThrownBy(() -> f.budgets.close("ZZ/2", "again")).isInstanceOf(ConflictException.class);
    }

    @Test
    void anInvoiceAboveTheOrderConsumesItAndCountsTheExcess() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(1, 2), pln("10900.00")));
      f.budgets.commit(order("ZZ/3", "402", MPK01, "2025-03-01", "1000.00"));
      // 12,000 − 10,900 − 1,000 = 100 available; invoice 1,200 on the order of 1,000: net +200 > 100
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class,
          () -> f.ledger.post(expense(day(3, 15), "402", tagged("ZZ/3"), pln("1200.00"))));
      assertThat(e.requested()).isEqualTo(pln("200.00"));
      assertThat(e.available()).isEqualTo(pln("100.00"));
      f.ledger.post(expense(day(3, 15), "402", tagged("ZZ/3"), pln("1100.00")));
      assertThat(f.budgets.commitment("ZZ/3").orElseThrow().open()).isEqualTo(pln("0.00"));
      assertThat(opexLine().available()).isEqualTo(pln("0.00"));
    }

    @Test
    void reversingTheInvoiceReopensTheOrder() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.budgets.commit(order("ZZ/4", "402", MPK01, "2025-03-01", "2000.00"));
      PostedEntry invoice = f.ledger.post(expense(day(3, 15), "402", tagged("ZZ/4"), pln("2000.00")));
      f.ledger.reverse(invoice.id(), day(3, 20), ReversalMode.RED);
      CommitmentStatus s = f.budgets.commitment("ZZ/4").orElseThrow();
      assertThat(s.consumed()).isEqualTo(pln("0.00"));
      assertThat(s.open()).isEqualTo(pln("2000.00"));
      assertThat(opexLine().actual()).isEqualTo(pln("0.00"));
      assertThat(opexLine().commitments()).isEqualTo(pln("2000.00"));
    }

    @Test
    void separateRulesForCommitmentsAndActuals() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED,
          ControlRule.stop(ControlScope.ANNUAL).onlyFor(ControlTarget.COMMITMENTS),
          ControlRule.warn(ControlScope.ANNUAL).onlyFor(ControlTarget.ACTUALS)));
      assertThatThrownBy(() -> f.budgets.commit(order("ZZ/5", "402", MPK01, "2025-03-01", "12000.01")))
          .isInstanceOf(BudgetExceededException.class)
          .hasMessageContaining("commitment ZZ/5");
      assertThat(f.budgets.commitment("ZZ/5")).isEmpty();
      assertThat(f.budgets.commitments()).isEmpty();
      assertThat(f.ledger.post(expense(day(3, 1), pln("12000.01"))).warnings()).hasSize(1);
    }

    @Test
    void aWarnedCommitmentIsRegisteredWithItsWarning() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.warn(ControlScope.ANNUAL)));
      CommitmentStatus s = f.budgets.commit(order("ZZ/6", "402", MPK01, "2025-03-01", "12500.00"));
      assertThat(s.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("commitment ZZ/6"));
      assertThat(opexLine().commitments()).isEqualTo(pln("12500.00"));
    }

    @Test
    void registeringTheSameOrderTwiceIsIdempotentAndADifferentOneConflicts() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      Commitment po = order("ZZ/7", "402", MPK01, "2025-03-01", "100.00");
      f.budgets.commit(po);
      f.budgets.commit(po);
      assertThat(opexLine().commitments()).isEqualTo(pln("100.00"));
      assertThatThrownBy(() -> f.budgets.commit(order("ZZ/7", "402", MPK01, "2025-03-01", "200.00")))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void releasingMoreThanIsOpenIsRefused() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.budgets.commit(order("ZZ/8", "402", MPK01, "2025-03-01", "100.00"));
      assertThatThrownBy(() -> f.budgets.release("ZZ/8", pln("100.01"), "too much"))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class)
          .hasMessageContaining("open amount PLN 100.00");
      assertThatThrownBy(() -> f.budgets.release("nope", pln("1.00"), "x"))
          .isInstanceOf(dev.backoffice.core.error.NotFoundException.class);
    }

    @Test
    void pendingEntriesCountAsCommitmentsUntilCommittedVoidedOrExpired() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      Instant later = BudgetFixture.NOW.plusSeconds(3600);
      PostedEntry r1 = f.ledger.reserve(expense(day(6, 1), pln("5000.00")), later);
      PostedEntry r2 = f.ledger.reserve(expense(day(6, 2), pln("4000.00")), later);
      PostedEntry r3 = f.ledger.reserve(expense(day(6, 3), pln("3000.00")), later);
      assertThat(opexLine().commitments()).isEqualTo(pln("12000.00"));
      assertThatThrownBy(() -> f.ledger.reserve(expense(day(6, 4), pln("0.01")), later))
          .isInstanceOf(BudgetExceededException.class);

      // committed for less: 4,500.00 actual, the 5,000.00 reservation is gone
      f.ledger.commit(r1.id(), List.of(pln("4500.00"), pln("4500.00")));
      assertThat(opexLine().actual()).isEqualTo(pln("4500.00"));
      assertThat(opexLine().commitments()).isEqualTo(pln("7000.00"));
      f.ledger.voidReservation(r2.id());
      assertThat(opexLine().commitments()).isEqualTo(pln("3000.00"));
      f.clock.advanceTo(later);
      assertThat(f.ledger.expireReservations()).isEqualTo(1);
      assertThat(f.ledger.entry(r3.id()).orElseThrow().status()).isEqualTo(dev.backoffice.ledger.entry.EntryStatus.EXPIRED);
      assertThat(opexLine().commitments()).isEqualTo(pln("0.00"));
      assertThat(opexLine().available()).isEqualTo(pln("7500.00"));
    }

    @Test
    void aReservedInvoiceConsumesTheOrderProvisionally() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.budgets.commit(order("ZZ/9", "402", MPK01, "2025-03-01", "12000.00"));
      Instant later = BudgetFixture.NOW.plusSeconds(3600);
      PostedEntry r = f.ledger.reserve(expense(day(6, 1), "402", tagged("ZZ/9"), pln("12000.00")), later);
      assertThat(f.budgets.commitment("ZZ/9").orElseThrow().consumedPending()).isEqualTo(pln("12000.00"));
      assertThat(opexLine().commitments()).isEqualTo(pln("12000.00")); // the pending entry, the order is consumed
      f.ledger.voidReservation(r.id());
      assertThat(f.budgets.commitment("ZZ/9").orElseThrow().open()).isEqualTo(pln("12000.00"));
      PostedEntry r2 = f.ledger.reserve(expense(day(6, 1), "402", tagged("ZZ/9"), pln("12000.00")), later);
      f.ledger.commit(r2.id());
      CommitmentStatus s = f.budgets.commitment("ZZ/9").orElseThrow();
      assertThat(s.consumed()).isEqualTo(pln("12000.00"));
      assertThat(s.consumedPending()).isEqualTo(pln("0.00"));
      assertThat(opexLine().actual()).isEqualTo(pln("12000.00"));
      assertThat(opexLine().commitments()).isEqualTo(pln("0.00"));
    }

    @Test
    void anUnknownOrMisplacedCommitmentTagIsRejected() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 1), "402", tagged("ZZ/404"), pln("1.00"))))
          .isInstanceOf(PostingRejectedException.class)
          .hasMessageContaining("ZZ/404").hasMessageContaining("BudgetControl.commit");
      f.budgets.commit(order("ZZ/10", "402", MPK01, "2025-03-01", "10.00"));
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 1), "403", tagged("ZZ/10"), pln("1.00"))))
          .isInstanceOf(PostingRejectedException.class)
          .hasMessageContaining("for account 402");
      assertThat(f.ledger.postedCount()).isZero();
    }

    @Test
    void aCommitmentRegisteredAfterItsInvoiceCountsItAsConsumed() {
      // invoices tagged before the control was bound (e.g. the control is rebuilt after a restart)
      BudgetControl early = BudgetControl.create();
      Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(f.clock).guard(early.guard()).build();
      ledger.post(expense(day(3, 1), "402", tagged("ZZ/11"), pln("700.00")));
      early.bind(ledger);
      early.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      CommitmentStatus s = early.commit(order("ZZ/11", "402", MPK01, "2025-03-01", "1000.00"));
      assertThat(s.consumed()).isEqualTo(pln("700.00"));
      assertThat(s.open()).isEqualTo(pln("300.00"));
      BudgetVariance v = early.annualVariance("OPEX-2025").get(0);
      assertThat(v.actual()).isEqualTo(pln("700.00"));
      assertThat(v.commitments()).isEqualTo(pln("300.00"));
    }
  }

  @Nested
  class EntriesTouchingSeveralLines {
    @Test
    void linesOfOneEntryOnOneBudgetLineAreAddedUpFirst() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      JournalEntry twoHalves = JournalEntry.builder().date(day(3, 1)).description("dwie pozycje")
          .addLines(line("402", MPK01, "7000.00"), line("402", MPK01, "7000.00"), JournalLine.credit("202", pln("14000.00")))
          .build();
      // each 7,000 fits into 12,000; together 14,000 do not
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class, () -> f.ledger.post(twoHalves));
      assertThat(e.requested()).isEqualTo(pln("14000.00"));
      assertThat(e.available()).isEqualTo(pln("12000.00"));
    }

    @Test
    void oneBrokenLineRejectsTheEntryForAllLines() {
      f.budgets.addBudget(twoCostCentres(ControlRule.stop(ControlScope.ANNUAL)));
      JournalEntry both = JournalEntry.builder().date(day(3, 1)).description("dwa MPK")
          .addLines(line("402", MPK01, "100.00"), line("402", MPK02, "6000.01"), JournalLine.credit("202", pln("6100.01")))
          .build();
      BudgetExceededException e = catchThrowableOfType(BudgetExceededException.class, () -> f.ledger.post(both));
      assertThat(e.lineId()).isEqualTo("402/MPK-02");
      assertThat(annual("OPEX-2025", "402/MPK-01").actual()).isEqualTo(pln("0.00"));
      assertThat(f.ledger.postedCount()).isZero();
    }

    @Test
    void aCreditOnOneLineOffsetsADebitOnTheSameBudgetLine() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(3, 1), pln("12000.00")));
      // a reclassification within the line: +500 and −500 → requested 0, passes on a full line
      JournalEntry reclass = JournalEntry.builder().date(day(3, 2)).description("przeksięgowanie")
          .addLines(line("402", MPK01.with(Dimension.PROJECT, "A"), "500.00"),
              JournalLine.builder().account("402").side(Side.CREDIT).amount(pln("500.00")).dimensions(MPK01).build())
          .build();
      f.ledger.post(reclass);
      assertThat(opexLine().actual()).isEqualTo(pln("12000.00"));
    }

    @Test
    void anEntryMatchingTwoBudgetsIsCheckedAgainstBoth() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.warn(ControlScope.ANNUAL)));
      f.budgets.addBudget(Budget.builder().id("PROJ-A").name("Projekt A").fiscalYear(FY2025)
          .version(BudgetVersion.APPROVED).addRules(ControlRule.stop(ControlScope.ANNUAL))
          .addLines(BudgetLine.of("A", AccountSelector.range("400", "409"), Dimensions.of(Dimension.PROJECT, "A"),
              pln("1000.00"), Phasing.equal(), FY2025))
          .build());
      Dimensions both = MPK01.with(Dimension.PROJECT, "A");
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 1), "402", both, pln("1000.01"))))
          .isInstanceOf(BudgetExceededException.class).hasMessageContaining("PROJ-A");
      f.ledger.post(expense(day(3, 1), "402", both, pln("1000.00")));
      assertThat(annual("PROJ-A", "A").actual()).isEqualTo(pln("1000.00"));
      assertThat(opexLine().actual()).isEqualTo(pln("1000.00"));
    }
  }

  private static JournalLine line(String account, Dimensions tags, String amount) {
    return JournalLine.builder().account(account).side(Side.DEBIT).amount(pln(amount)).dimensions(tags).build();
  }

  private static Budget twoCostCentres(ControlRule... rules) {
    return Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(FY2025).version(BudgetVersion.APPROVED)
        .addRules(rules)
        .addLines(BudgetLine.of("402/MPK-01", AccountSelector.account("402"), MPK01, pln("12000.00"), Phasing.equal(), FY2025),
            BudgetLine.of("402/MPK-02", AccountSelector.account("402"), MPK02, pln("6000.00"), Phasing.equal(), FY2025))
        .build();
  }

  @Nested
  class Matching {
    @Test
    void analyticChildrenRangesAndPrefixesCount() {
      f.ledger.openAccount(Account.builder().code("402-01").name("Usługi IT").type(AccountType.EXPENSE).parent("402").build());
      f.budgets.addBudget(Budget.builder().id("B").name("B").fiscalYear(FY2025)
          .addLines(BudgetLine.of("child", AccountSelector.account("402"), Dimensions.empty(), pln("1.00"), Phasing.equal(), FY2025),
              BudgetLine.of("range", AccountSelector.range("400", "409"), Dimensions.empty(), pln("1.00"), Phasing.equal(), FY2025),
              BudgetLine.of("prefix", AccountSelector.prefix("40"), Dimensions.empty(), pln("1.00"), Phasing.equal(), FY2025),
              BudgetLine.of("other", AccountSelector.account("403"), Dimensions.empty(), pln("1.00"), Phasing.equal(), FY2025))
          .build());
      f.ledger.post(expense(day(2, 1), "402-01", Dimensions.empty(), pln("10.00")));
      f.ledger.post(expense(day(2, 1), "490", Dimensions.empty(), pln("1.00"))); // 490 is outside 400..409 but starts with 4, not 40
      assertThat(annual("B", "child").actual()).isEqualTo(pln("10.00"));
      assertThat(annual("B", "range").actual()).isEqualTo(pln("10.00"));
      assertThat(annual("B", "prefix").actual()).isEqualTo(pln("10.00"));
      assertThat(annual("B", "other").actual()).isEqualTo(pln("0.00"));
    }

    @Test
    void aLineCountsOnlyWithAllTheBudgetLinesTagsAndExtraTagsDoNotMatter() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT));
      f.ledger.post(expense(day(2, 1), "402", Dimensions.empty(), pln("1.00")));
      f.ledger.post(expense(day(2, 1), "402", MPK02, pln("2.00")));
      f.ledger.post(expense(day(2, 1), "402", MPK01.with(Dimension.PROJECT, "X"), pln("4.00")));
      assertThat(opexLine().actual()).isEqualTo(pln("4.00"));
    }

    @Test
    void onlyDatesInTheFiscalYearCount() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT));
      f.ledger.post(expense(java.time.LocalDate.of(2024, 12, 31), pln("1.00")));
      f.ledger.post(expense(java.time.LocalDate.of(2026, 1, 1), pln("2.00")));
      f.ledger.post(expense(day(12, 31), pln("4.00")));
      assertThat(opexLine().actual()).isEqualTo(pln("4.00"));
    }

    @Test
    void aForeignCurrencyLineCountsItsCostAndMustHaveOne() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      Money eur = dev.backoffice.core.money.Monies.of("EUR", "100.00");
      JournalEntry noCost = JournalEntry.builder().date(day(3, 1))
          .addLines(line2("402", eur, null), JournalLine.credit("202", eur)).build();
      assertThatThrownBy(() -> f.ledger.post(noCost)).isInstanceOf(PostingRejectedException.class)
          .hasMessageContaining("must state its cost in PLN");
      // 100 EUR at 4.30 = 430.00 PLN
      JournalEntry withCost = JournalEntry.builder().date(day(3, 1))
          .addLines(line2("402", eur, pln("430.00")), JournalLine.credit("202", pln("430.00"))).build();
      f.ledger.post(withCost);
      assertThat(opexLine().actual()).isEqualTo(pln("430.00"));
    }

    private JournalLine line2(String account, Money amount, Money cost) {
      var b = JournalLine.builder().account(account).side(Side.DEBIT).amount(amount).dimensions(MPK01);
      if (cost != null) {
        b.cost(cost);
      }
      return b.build();
    }

    @Test
    void theYearEndClosingEntryIsNotCounted() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(5, 1), pln("3000.00")));
      f.clock.advanceTo(Instant.parse("2026-01-20T10:00:00Z"));
      f.ledger.closeYear(FY2025);
      assertThat(f.ledger.balance("402", Monies.PLN, day(12, 31))).isEqualTo(pln("0.00"));
      assertThat(opexLine().actual()).isEqualTo(pln("3000.00"));
    }
  }

  @Nested
  class LifeCycle {
    @Test
    void aDraftIsTrackedButDoesNotControlUntilApproved() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(3, 1), pln("11000.00")));
      assertThat(opexLine().actual()).isEqualTo(pln("11000.00"));
      assertThat(f.budgets.approve("OPEX-2025").version()).isEqualTo(BudgetVersion.APPROVED);
      assertThatThrownBy(() -> f.ledger.post(expense(day(3, 1), pln("1000.01"))))
          .isInstanceOf(BudgetExceededException.class);
      assertThatThrownBy(() -> f.budgets.approve("OPEX-2025")).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyOneScenarioOfANameAndYearControls() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      Budget optimistic = Budget.builder().from(opex(BudgetVersion.DRAFT)).id("OPEX-2025-OPT").scenario("OPTIMISTIC").build();
      f.budgets.addBudget(optimistic);
      assertThatThrownBy(() -> f.budgets.approve("OPEX-2025-OPT")).isInstanceOf(ConflictException.class)
          .hasMessageContaining("scenario BASE");
    }

    @Test
    void draftsCanBeReplacedAndRemovedApprovedBudgetsCannot() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT));
      f.ledger.post(expense(day(3, 1), pln("100.00")));
      Budget bigger = Budget.builder().from(opex(BudgetVersion.DRAFT))
          .lines(List.of(BudgetLine.of("402/MPK-01", AccountSelector.account("402"), MPK01, pln("24000.00"), Phasing.equal(), FY2025)))
          .build();
      f.budgets.replaceDraft(bigger);
      assertThat(opexLine().budget()).isEqualTo(pln("24000.00"));
      assertThat(opexLine().actual()).isEqualTo(pln("100.00"));
      f.budgets.removeDraft("OPEX-2025");
      assertThat(f.budgets.budgets()).isEmpty();
      f.budgets.addBudget(opex(BudgetVersion.APPROVED));
      assertThatThrownBy(() -> f.budgets.replaceDraft(opex(BudgetVersion.DRAFT))).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> f.budgets.removeDraft("OPEX-2025")).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> f.budgets.addBudget(opex(BudgetVersion.DRAFT))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aBudgetAddedLaterIsInitialisedFromTheLedger() {
      Instant later = BudgetFixture.NOW.plusSeconds(3600);
      f.ledger.post(expense(day(2, 1), pln("3000.00")));
      f.ledger.post(expense(java.time.LocalDate.of(2024, 12, 1), pln("999.00")));
      f.ledger.reserve(expense(day(7, 1), pln("1500.00")), later);
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      BudgetVariance v = opexLine();
      assertThat(v.actual()).isEqualTo(pln("3000.00"));
      assertThat(v.commitments()).isEqualTo(pln("1500.00"));
      // 12,000 − 3,000 − 1,500 = 7,500
      assertThatThrownBy(() -> f.ledger.post(expense(day(8, 1), pln("7500.01"))))
          .isInstanceOf(BudgetExceededException.class);
    }

    @Test
    void budgetsInAnotherCurrencyOrRevisedAreRefusedAtRegistration() {
      Budget revised = opex(BudgetVersion.REVISED);
      assertThatThrownBy(() -> f.budgets.addBudget(revised))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class).hasMessageContaining("REVISED");
      Budget eur = Budget.builder().id("E").name("E").fiscalYear(FY2025).currency(dev.backoffice.core.money.Monies.EUR)
          .addLines(BudgetLine.of("x", AccountSelector.account("402"), Dimensions.empty(),
              dev.backoffice.core.money.Monies.of("EUR", "1.00"), Phasing.equal(), FY2025))
          .build();
      assertThatThrownBy(() -> f.budgets.addBudget(eur))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class).hasMessageContaining("base currency PLN");
    }

    @Test
    void anUnboundControlRefusesChangesAndItsGuardPassesEverything() {
      BudgetControl loose = BudgetControl.create();
      assertThatThrownBy(() -> loose.addBudget(opex(BudgetVersion.DRAFT)))
          .isInstanceOf(ConflictException.class).hasMessageContaining("bind(ledger)");
      assertThat(loose.budgets()).isEmpty();
      Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(f.clock).guard(loose.guard()).build();
      ledger.post(expense(day(3, 1), pln("1.00")));
      assertThatThrownBy(() -> f.budgets.bind(ledger)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aGuardUsedByAnotherLedgerThanItsOwnRejects() {
      Ledger stranger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(f.clock)
          .guard(f.budgets.guard()).build();
      assertThatThrownBy(() -> stranger.post(expense(day(3, 1), pln("1.00"))))
          .isInstanceOf(PostingRejectedException.class).hasMessageContaining("another ledger");
    }
  }

  @Nested
  class WhatIf {
    @Test
    void checkReportsEveryLineAndPostsNothing() {
      f.budgets.addBudget(twoCostCentres(ControlRule.stop(ControlScope.ANNUAL),
          ControlRule.warn(ControlScope.MONTHLY_ACCUMULATED)));
      f.ledger.post(expense(day(3, 1), "402", MPK02, pln("5000.00")));
      JournalEntry both = JournalEntry.builder().date(day(3, 2)).description("dwa MPK")
          .addLines(line("402", MPK01, "100.00"), line("402", MPK02, "1000.01"), JournalLine.credit("202", pln("1100.01")))
          .build();
      long posted = f.ledger.postedCount();

      BudgetCheck check = f.budgets.check(both);

      assertThat(check.passes()).isFalse();
      assertThat(check.lines()).extracting(BudgetCheckLine::lineId, BudgetCheckLine::scope, BudgetCheckLine::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("402/MPK-01", ControlScope.ANNUAL, CheckOutcome.WITHIN_BUDGET),
              org.assertj.core.groups.Tuple.tuple("402/MPK-01", ControlScope.MONTHLY_ACCUMULATED, CheckOutcome.WITHIN_BUDGET),
              org.assertj.core.groups.Tuple.tuple("402/MPK-02", ControlScope.ANNUAL, CheckOutcome.STOP),
              // MPK-02 through March: 3 × 500 = 1,500 budget, 5,000 consumed: 1,000.01 more only warns
              org.assertj.core.groups.Tuple.tuple("402/MPK-02", ControlScope.MONTHLY_ACCUMULATED, CheckOutcome.WARNING));
      BudgetCheckLine stop = check.lines().get(2);
      assertThat(stop.available()).isEqualTo(pln("1000.00"));
      assertThat(stop.requested()).isEqualTo(pln("1000.01"));
      assertThat(f.ledger.postedCount()).isEqualTo(posted);
      assertThatThrownBy(() -> f.ledger.check(both)).isInstanceOf(BudgetExceededException.class);
      assertThat(f.ledger.postedCount()).isEqualTo(posted);
      assertThat(annual("OPEX-2025", "402/MPK-02").actual()).isEqualTo(pln("5000.00"));
    }

    @Test
    void ledgerCheckReturnsTheWarningsAPostWouldRaise() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.warn(ControlScope.ANNUAL)));
      assertThat(f.ledger.check(expense(day(3, 1), pln("12000.01")))).hasSize(1);
      assertThat(f.ledger.postedCount()).isZero();
      assertThat(opexLine().actual()).isEqualTo(pln("0.00"));
    }

    @Test
    void checkOfACommitmentAndOfAnUncontrolledLine() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT));
      BudgetCheck c = f.budgets.check(order("ZZ/20", "402", MPK01, "2025-03-01", "50.00"));
      assertThat(c.lines()).singleElement().satisfies(l -> {
        assertThat(l.outcome()).isEqualTo(CheckOutcome.NOT_CONTROLLED);
        assertThat(l.requested()).isEqualTo(pln("50.00"));
      });
      assertThat(c.passes()).isTrue();
      assertThat(f.budgets.commitments()).isEmpty();
    }
  }

  @Nested
  class Revisions {
    @Test
    void supplementReductionAndTransferAreRecordedWithReasonAndTime() {
      f.budgets.addBudget(twoCostCentres(ControlRule.stop(ControlScope.ANNUAL)));
      BudgetRevision s = f.budgets.supplement("OPEX-2025", "402/MPK-01", month(3), pln("1000.00"), "nowy projekt");
      BudgetRevision r = f.budgets.reduce("OPEX-2025", "402/MPK-02", month(12), pln("200.00"), "oszczędności");
      BudgetRevision t = f.budgets.transfer("OPEX-2025", "402/MPK-02", month(1), "402/MPK-01", month(2), pln("300.00"),
          "przesunięcie");

      assertThat(s.kind()).isEqualTo(RevisionKind.SUPPLEMENT);
      assertThat(s.sequence()).isEqualTo(1);
      assertThat(s.recordedAt()).isEqualTo(BudgetFixture.NOW);
      assertThat(s.changes()).containsExactly(BudgetChange.of("OPEX-2025", "402/MPK-01", month(3), pln("1000.00")));
      assertThat(r.changes()).containsExactly(BudgetChange.of("OPEX-2025", "402/MPK-02", month(12), pln("-200.00")));
      assertThat(t.changes()).containsExactly(BudgetChange.of("OPEX-2025", "402/MPK-02", month(1), pln("-300.00")),
          BudgetChange.of("OPEX-2025", "402/MPK-01", month(2), pln("300.00")));
      assertThat(t.reason()).isEqualTo("przesunięcie");
      assertThat(f.budgets.revisions("OPEX-2025")).containsExactly(s, r, t);

      Budget now = f.budgets.budget("OPEX-2025").orElseThrow();
      assertThat(now.version()).isEqualTo(BudgetVersion.REVISED);
      // MPK-01: 12,000 + 1,000 + 300 = 13,300; March 1,000 + 1,000; February 1,000 + 300
      assertThat(now.line("402/MPK-01").orElseThrow().annual()).isEqualTo(pln("13300.00"));
      assertThat(now.line("402/MPK-01").orElseThrow().amounts().get(2)).isEqualTo(pln("2000.00"));
      assertThat(now.line("402/MPK-01").orElseThrow().amounts().get(1)).isEqualTo(pln("1300.00"));
      // MPK-02: 6,000 − 200 − 300 = 5,500
      assertThat(now.line("402/MPK-02").orElseThrow().annual()).isEqualTo(pln("5500.00"));
      assertThat(annual("OPEX-2025", "402/MPK-01").budget()).isEqualTo(pln("13300.00"));
      // the supplement is usable at once
      f.ledger.post(expense(day(3, 1), pln("13300.00")));
    }

    @Test
    void aReductionBelowWhatIsConsumedUnderAStopRuleIsRefused() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
      f.ledger.post(expense(day(3, 1), pln("11500.00")));
      f.budgets.reduce("OPEX-2025", "402/MPK-01", month(12), pln("500.00"), "ok");
      assertThatThrownBy(() -> f.budgets.reduce("OPEX-2025", "402/MPK-01", month(11), pln("0.01"), "too much"))
          .isInstanceOf(ConflictException.class).hasMessageContaining("PLN 11500.00 above the limit PLN 11499.99");
      assertThat(f.budgets.revisions("OPEX-2025")).hasSize(1);
    }

    @Test
    void aReductionCannotTakeMoreThanThePeriodHolds() {
      f.budgets.addBudget(opex(BudgetVersion.APPROVED));
      assertThatThrownBy(() -> f.budgets.reduce("OPEX-2025", "402/MPK-01", month(1), pln("1000.01"), "x"))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class).hasMessageContaining("PLN 1000.00");
    }

    @Test
    void draftsAreNotRevisedAndBadArgumentsAreNamed() {
      f.budgets.addBudget(opex(BudgetVersion.DRAFT));
      assertThatThrownBy(() -> f.budgets.supplement("OPEX-2025", "402/MPK-01", month(1), pln("1.00"), "x"))
          .isInstanceOf(ConflictException.class).hasMessageContaining("DRAFT");
      f.budgets.approve("OPEX-2025");
      assertThatThrownBy(() -> f.budgets.supplement("OPEX-2025", "nope", month(1), pln("1.00"), "x"))
          .isInstanceOf(dev.backoffice.core.error.NotFoundException.class).hasMessageContaining("nope");
      assertThatThrownBy(() -> f.budgets.supplement("OPEX-2025", "402/MPK-01", month(1), pln("1.00"), " "))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class).hasMessageContaining("reason");
      assertThatThrownBy(() -> f.budgets.supplement("OPEX-2025", "402/MPK-01", month(1), pln("-1.00"), "x"))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class).hasMessageContaining("positive");
      assertThatThrownBy(() -> f.budgets.supplement("OPEX-2025", "402/MPK-01",
          dev.backoffice.core.time.AccountingPeriod.ofMonth(java.time.YearMonth.of(2026, 1)), pln("1.00"), "x"))
          .isInstanceOf(dev.backoffice.core.error.ValidationException.class).hasMessageContaining("period");
      assertThat(f.budgets.revisions("OPEX-2025")).isEmpty();
    }
  }

  @Nested
  class CarryForward {
    private Budget year(String id, dev.backoffice.core.time.FiscalYear fy, CarryForwardRule rule) {
      return Budget.builder().id(id).name("OPEX").fiscalYear(fy).version(BudgetVersion.APPROVED)
          .addRules(ControlRule.stop(ControlScope.ANNUAL)).carryForward(rule)
          .addLines(BudgetLine.of("402/MPK-01", AccountSelector.account("402"), MPK01, pln("12000.00"), Phasing.equal(), fy))
          .build();
    }

    @Test
    void unusedBudgetMovesToTheNextYearUpToTheCap() {
      f.budgets.addBudget(year("OPEX-2025", FY2025, CarryForwardRule.unused().withCapPercent(Rate.ofPercent("10"))));
      f.budgets.addBudget(year("OPEX-2026", BudgetFixture.FY2026, CarryForwardRule.none()));
      f.ledger.post(expense(day(6, 1), pln("9000.00")));
      f.budgets.commit(order("ZZ/30", "402", MPK01, "2025-11-01", "1000.00"));
      // unused = 12,000 − 9,000 − 1,000 = 2,000; cap 10 % of 12,000 = 1,200 → 1,200 carried:
      // 1,000 from December and 200 from November of 2025, into January 2026
      ImmutableList<BudgetRevision> carried = f.budgets.carryForward("OPEX-2025", "OPEX-2026", "przeniesienie 2025");

      assertThat(carried).singleElement().satisfies(r -> {
        assertThat(r.kind()).isEqualTo(RevisionKind.CARRY_FORWARD);
        assertThat(r.amount()).isEqualTo(pln("1200.00"));
        assertThat(r.changes()).containsExactly(
            BudgetChange.of("OPEX-2025", "402/MPK-01", month(12), pln("-1000.00")),
            BudgetChange.of("OPEX-2025", "402/MPK-01", month(11), pln("-200.00")),
            BudgetChange.of("OPEX-2026", "402/MPK-01",
                dev.backoffice.core.time.AccountingPeriod.ofMonth(java.time.YearMonth.of(2026, 1)), pln("1200.00")));
      });
      assertThat(annual("OPEX-2025", "402/MPK-01").available()).isEqualTo(pln("800.00"));
      assertThat(annual("OPEX-2026", "402/MPK-01").budget()).isEqualTo(pln("13200.00"));
      assertThat(f.budgets.revisions("OPEX-2026")).isEqualTo(carried);
      assertThatThrownBy(() -> f.budgets.carryForward("OPEX-2025", "OPEX-2026", "again"))
          .isInstanceOf(ConflictException.class).hasMessageContaining("already");
    }

    @Test
    void withoutARuleNothingIsCarriedAndNonConsecutiveYearsAreRefused() {
      f.budgets.addBudget(year("OPEX-2025", FY2025, CarryForwardRule.none()));
      f.budgets.addBudget(year("OPEX-2026", BudgetFixture.FY2026, CarryForwardRule.unused()));
      f.budgets.addBudget(year("OPEX-2027", dev.backoffice.core.time.FiscalYear.calendar(2027), CarryForwardRule.none()));
      assertThatThrownBy(() -> f.budgets.carryForward("OPEX-2025", "OPEX-2027", "x"))
          .isInstanceOf(ConflictException.class).hasMessageContaining("does not follow");
      assertThat(f.budgets.carryForward("OPEX-2025", "OPEX-2026", "x")).isEmpty();
      assertThat(annual("OPEX-2026", "402/MPK-01").budget()).isEqualTo(pln("12000.00"));
    }

    @Test
    void aLineWithoutACounterpartInTheNewYearIsNamed() {
      f.budgets.addBudget(year("OPEX-2025", FY2025, CarryForwardRule.unused()));
      f.budgets.addBudget(Budget.builder().from(year("OPEX-2026", BudgetFixture.FY2026, CarryForwardRule.none()))
          .lines(List.of(BudgetLine.of("other", AccountSelector.account("403"), Dimensions.empty(), pln("1.00"),
              Phasing.equal(), BudgetFixture.FY2026)))
          .build());
      assertThatThrownBy(() -> f.budgets.carryForward("OPEX-2025", "OPEX-2026", "x"))
          .isInstanceOf(ConflictException.class).hasMessageContaining("[402/MPK-01]");
      assertThat(f.budgets.revisions("OPEX-2025")).isEmpty();
    }
  }
}
