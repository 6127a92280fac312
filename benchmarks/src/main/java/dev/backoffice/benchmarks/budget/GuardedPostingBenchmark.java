package dev.backoffice.benchmarks.budget;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.budget.AccountSelector;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.ledger.budget.BudgetVersion;
import dev.backoffice.ledger.budget.ControlRule;
import dev.backoffice.ledger.budget.ControlScope;
import dev.backoffice.ledger.budget.ImmutableBudget;
import dev.backoffice.ledger.budget.Phasing;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of budget control on {@code Ledger.post}: the same purchase invoices posted to a ledger without
 * a guard ({@code guarded=false}) and to one guarded by an approved STOP budget of 1,000 lines — accounts
 * 400–409 × 100 cost centres — ({@code guarded=true}), in one run so both see the same machine. Target:
 * guarded ≤ 2 × unguarded.
 *
 * <p>Each invoice has two cost lines on a random account 400–409 and a random cost centre, so each hits one
 * of the 1,000 budget lines uniformly at random (the worst case for the caches), plus input VAT and the
 * supplier: Dr 4xx, Dr 4xx, Dr 222 / Cr 202. Budgets are large, so nothing is rejected: the benchmark
 * measures the check and the update of the consumption index. A fresh ledger (and control) per iteration
 * keeps the heap bounded.
 *
 * <p>{@code invoices=fresh}: invoices are built just before they are posted, {@value #BATCH} at a time
 * (untimed; as an application builds an entry and posts it, they are still in the cache).
 * {@code invoices=pool}: invoices are cycled from 4,096 built in advance, so each is cold in the cache —
 * which costs the guard more than the ledger, because only the guard reads the lines' tags. One invocation
 * posts {@value #BATCH} invoices; scores are per invoice.
 *
 * <p>On a loaded machine run {@link GuardedPostingCpuTime} too: it times the same posts by the thread's CPU
 * clock.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar GuardedPostingBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class GuardedPostingBenchmark {
  /** Invoices posted per invocation. */
  static final int BATCH = 64;
  private static final int POOL = 4096;
  private static final int ACCOUNTS = 10;
  private static final int COST_CENTRES = 100;
  private static final FiscalYear FY = FiscalYear.calendar(2025);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC);
  private static final Dimensions[] CENTRES = new Dimensions[COST_CENTRES];

  static {
    for (int c = 0; c < COST_CENTRES; c++) {
      CENTRES[c] = Dimensions.of(Dimension.COST_CENTRE, String.format("MPK-%03d", c));
    }
  }

  /** Whether the ledger is guarded by the 1,000-line budget. */
  @Param({"false", "true"})
  boolean guarded;

  /** {@code fresh}: each invoice built just before it is posted; {@code pool}: cycled from 4,096 built in advance. */
  @Param({"fresh", "pool"})
  String invoices;

  private final SplittableRandom random = new SplittableRandom(42);
  private JournalEntry[] pool;
  private Budget budget;
  private Ledger ledger;
  private final JournalEntry[] batch = new JournalEntry[BATCH];
  private int next;

  /** The 1,000-line budget and, for {@code invoices=pool}, the invoices. */
  @Setup(Level.Trial)
  public void data() {
    pool = new JournalEntry[invoices.equals("pool") ? POOL : 0];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = invoice(i);
    }
    ImmutableBudget.Builder bb = Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(FY)
        .version(BudgetVersion.APPROVED).addRules(ControlRule.stop(ControlScope.ANNUAL));
    for (int a = 0; a < ACCOUNTS; a++) {
      for (int c = 0; c < COST_CENTRES; c++) {
        bb.addLines(BudgetLine.of("40" + a + "/" + c, AccountSelector.account("40" + a), CENTRES[c],
            Monies.of("PLN", "1000000000.00"), Phasing.equal(), FY));
      }
    }
    budget = bb.build();
  }

  /**
   * A purchase invoice: two cost lines on random accounts and cost centres, VAT, supplier.
   *
   * @param i its number
   * @return the invoice
   */
  JournalEntry invoice(int i) {
    ImmutableJournalEntry.Builder b = JournalEntry.builder().date(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)))
        .description("FZ " + i);
    long net = 0;
    for (int l = 0; l < 2; l++) {
      long minor = 100 + random.nextInt(100_000);
      net += minor;
      // a new String per line, as an entry read from a document would carry
      Dimensions centre = Dimensions.of(Dimension.COST_CENTRE,
          new String(CENTRES[random.nextInt(COST_CENTRES)].get(Dimension.COST_CENTRE).orElseThrow()));
      b.addLines(JournalLine.builder().account("40" + random.nextInt(ACCOUNTS)).side(Side.DEBIT)
          .amount(Money.ofMinor(Monies.PLN, minor)).dimensions(centre).build());
    }
    long vat = net * 23 / 100;
    b.addLines(JournalLine.debit("222", Money.ofMinor(Monies.PLN, vat)),
        JournalLine.credit("202", Money.ofMinor(Monies.PLN, net + vat)));
    return b.build();
  }

  /** A fresh ledger (guarded: with a fresh control holding the budget) per iteration. */
  @Setup(Level.Iteration)
  public void newLedger() {
    Ledger.Builder b = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(CLOCK);
    if (guarded) {
      BudgetControl control = BudgetControl.create();
      ledger = b.guard(control.guard()).build();
      control.bind(ledger);
      control.addBudget(budget);
    } else {
      ledger = b.build();
    }
    next = 0;
  }

  /** The next {@value #BATCH} invoices, untimed: built now ({@code fresh}) or taken from the pool. */
  @Setup(Level.Invocation)
  public void nextBatch() {
    for (int i = 0; i < BATCH; i++) {
      batch[i] = pool.length == 0 ? invoice(next++) : pool[next++ & (POOL - 1)];
    }
  }

  /**
   * Posts {@value #BATCH} invoices.
   *
   * @param bh takes the posted entries
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void post(Blackhole bh) {
    for (JournalEntry e : batch) {
      bh.consume(ledger.post(e));
    }
  }

  /** The ledger of the current iteration. */
  Ledger ledger() {
    return ledger;
  }

  /** The current batch of invoices. */
  JournalEntry[] batch() {
    return batch;
  }
}
