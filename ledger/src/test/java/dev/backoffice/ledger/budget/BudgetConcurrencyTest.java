package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.day;
import static dev.backoffice.ledger.budget.BudgetFixture.expense;
import static dev.backoffice.ledger.budget.BudgetFixture.opex;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.PostedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eight threads posting, reserving and ordering against one STOP line never overshoot it, and the control's
 * own methods (orders, releases, revisions, variance) interleave with postings without deadlock.
 */
class BudgetConcurrencyTest {
  private static final int THREADS = 8;
  private static final int OPS = 400;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a lock-order deadlock would hang here
  void eightThreadsNeverOvershootAStopLine() throws Exception {
    BudgetFixture f = new BudgetFixture();
    f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.stop(ControlScope.ANNUAL)));
    AtomicLong accepted = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(thread);
        start.await();
        for (int i = 0; i < OPS; i++) {
          // 0.01 to 100.00 per posting: 8 × 400 × 50 on average ≈ 160,000 asked of 12,000 available
          Money amount = Money.ofMinor(Monies.PLN, 1 + random.nextLong(10_000));
          try {
            int kind = random.nextInt(10);
            if (kind < 7) {
              f.ledger.post(expense(day(1 + random.nextInt(12), 15), amount));
            } else if (kind < 9) {
              PostedEntry r = f.ledger.reserve(expense(day(6, 1), amount), BudgetFixture.NOW.plusSeconds(3600));
              if (random.nextBoolean()) {
                f.ledger.commit(r.id());
              } else {
                f.ledger.voidReservation(r.id());
              }
            } else {
              String id = "ZZ/" + thread + "/" + i;
              f.budgets.commit(Commitment.builder().id(id).account("402").dimensions(MPK01).date(day(3, 1))
                  .amount(amount).build());
              f.budgets.release(id, amount, "anulowane");
            }
            accepted.incrementAndGet();
          } catch (BudgetExceededException e) {
            rejected.incrementAndGet();
          }
          if (i % 50 == 0) {
            f.budgets.variance("OPEX-2025");
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> d : done) {
      d.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    Money posted = f.ledger.balance("402", Monies.PLN, day(12, 31));
    BudgetVariance v = f.budgets.annualVariance("OPEX-2025").get(0);
    assertThat(posted).isLessThanOrEqualTo(pln("12000.00"));
    assertThat(v.actual()).isEqualTo(posted);
    assertThat(v.commitments()).isEqualTo(pln("0.00"));
    assertThat(f.ledger.pending()).isEmpty();
    assertThat(rejected.get()).as("the line was contended: many requests were stopped").isGreaterThan(100);
    assertThat(accepted.get() + rejected.get()).isEqualTo((long) THREADS * OPS);
    // the line is filled to within the largest single request
    assertThat(v.available()).isLessThan(pln("100.00"));
  }
}
