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
import java.util.SplittableRandom;
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
 * Balance queries on a ledger of 1,000,000 entries (2–4 lines, 1,000 accounts, one year): one account's
 * balance as of a random date, and every account's balance (the input of a trial balance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class BalanceQueryBenchmark {
  private static final int ACCOUNTS = 1000;
  private Ledger ledger;
  private final SplittableRandom rnd = new SplittableRandom(7);

  /** Posts a million entries. */
  @Setup(Level.Trial)
  public void fill() {
    ledger = Ledger.builder().chart(LedgerFixture.chart(ACCOUNTS))
        .clock(Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC)).build();
    for (JournalEntry e : LedgerFixture.entries(1_000_000, ACCOUNTS, 11)) {
      ledger.post(e);
    }
  }

  /** One account's balance as of a random day of the year. */
  @Benchmark
  public Money balanceAsOf() {
    String account = String.format("%04d", rnd.nextInt(ACCOUNTS));
    return ledger.balance(account, Monies.PLN, LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365)));
  }

  /** Every account's turnover for a quarter. */
  @Benchmark
  public List<AccountBalance> allBalancesForAQuarter() {
    return ledger.accountBalances(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
  }
}
