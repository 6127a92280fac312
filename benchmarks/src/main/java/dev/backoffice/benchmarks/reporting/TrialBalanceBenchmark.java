package dev.backoffice.benchmarks.reporting;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.trialbalance.AccountLevel;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The trial balance of a ledger of 1,000,000 entries (about 3 million lines, 1,000 analytic accounts on the
 * Polish template chart, one year): from the balance indexes alone (the target: under 100 ms), at synthetic
 * level, checked against the journal (which reads every entry), and the balance sheet with its comparative
 * column.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class TrialBalanceBenchmark {
  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);
  Reports reports;

  /** Posts a million entries. */
  @Setup(Level.Trial)
  public void fill() {
    Ledger ledger = ReportingFixture.ledger(1_000_000, 17);
    reports = Reports.of(ledger);
  }

  /** A quarter's posting-level trial balance from the balance indexes (no journal check). */
  @Benchmark
  public TrialBalance trialBalanceFromIndexes() {
    return reports.trialBalance(TrialBalanceQuery.builder().from(FROM).to(TO).verifyAgainstJournal(false).build());
  }

  /** The same at synthetic level (subtrees summed). */
  @Benchmark
  public TrialBalance syntheticTrialBalanceFromIndexes() {
    return reports.trialBalance(TrialBalanceQuery.builder().from(FROM).to(TO).level(AccountLevel.SYNTHETIC)
        .verifyAgainstJournal(false).build());
  }

  /** The quarter's trial balance checked against the journal: every entry is read once. */
  @Benchmark
  public TrialBalance trialBalanceCheckedAgainstTheJournal() {
    return reports.trialBalance(FROM, TO);
  }

  /** The balance sheet at the end of the quarter and of the previous year. */
  @Benchmark
  public FinancialStatement balanceSheet() {
    return reports.balanceSheet(List.of(TO, LocalDate.of(2024, 12, 31)));
  }
}
