package dev.backoffice.benchmarks.ledger;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.query.AccountBalance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What posting no longer does: the first query that starts or ends inside a month after 1,000,000 entries
 * (2–4 lines, 1,000 accounts, one year) were posted fills the day slots. Every account for a range inside
 * months reads the whole journal; one account's balance as of a day reads that account's entries. Each
 * iteration posts the million entries into a fresh ledger first (not timed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class DayCatchUpBenchmark {
  private static final int ACCOUNTS = 1000;
  private JournalEntry[] entries;
  private Ledger ledger;

  /** Builds the entries once. */
  @Setup(Level.Trial)
  public void entries() {
    entries = LedgerFixture.entries(1_000_000, ACCOUNTS, 11);
  }

  /** Posts them into a fresh ledger. */
  @Setup(Level.Iteration)
  public void post() {
    ledger = Ledger.builder().chart(LedgerFixture.chart(ACCOUNTS))
        .clock(Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC)).build();
    for (JournalEntry e : entries) {
      ledger.post(e);
    }
  }

  /** Every account's turnover from 10 April to 17 June: all day slots caught up from the journal. */
  @Benchmark
  public List<AccountBalance> firstAllAccountsInsideMonths() {
    return ledger.accountBalances(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 6, 17));
  }

  /** One account's balance as of 17 June: its day slots caught up from its own entries. */
  @Benchmark
  public Money firstOneAccountAsOfADay() {
    return ledger.balance("0007", Monies.PLN, LocalDate.of(2025, 6, 17));
  }
}
