package dev.backoffice.benchmarks.settlement;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.StatementBalance;
import dev.backoffice.ledger.bank.StatementFormat;
import dev.backoffice.ledger.bank.StatementLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.settlement.Settlements;
import dev.backoffice.ledger.settlement.StatementMatch;
import dev.backoffice.ledger.settlement.StatementMatcher;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching a bank statement against open items: {@code items} open sales invoices (201, 5,000 customers, amounts
 * 100.00–99,999.99 PLN) and a statement of {@code lines} lines — 40 % naming an invoice in the title, 20 % split
 * payments ({@code /VAT/…/INV/…}), 20 % a customer's NIP and an invoice's amount, 20 % nothing known (they fall
 * through every rule). Target: 10,000 lines against 100,000 items in under a second.
 *
 * <p>{@code match}: building the matcher's indexes from the settlements and matching every line (what
 * {@code reconcile} does after reading the journal). {@code settlements}: the open-item read model itself, the
 * replay of the ledger's postings on settlement accounts. Compare the four parameter pairs in one run to see how
 * each grows with items and lines.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar MatchingBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmark {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 31);
  private static final int CUSTOMERS = 5_000;

  @Param({"10000", "100000"})
  public int items;

  @Param({"1000", "10000"})
  public int lines;

  private Ledger ledger;
  private Settlements settlements;
  private BankStatement statement;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    ledger = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC)).build();
    long[] amounts = new long[items];
    for (int i = 0; i < items; i++) {
      amounts[i] = 10_000 + random.nextLong(9_989_999);
      LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(80));
      Money gross = Money.ofMinor(Monies.PLN, amounts[i]);
      ledger.post(JournalEntry.builder().date(date).document(DocumentRef.of("FV", doc(i), date)).description("sale")
          .addLines(JournalLine.builder().account("201").side(Side.DEBIT).amount(gross)
                  .tags(Tags.of("partner", nip(i % CUSTOMERS)).with("doc", doc(i)).with("due", date.plusDays(14).toString()))
                  .build(),
              JournalLine.credit("700", gross))
          .build());
    }
    settlements = Settlements.of(ledger);
    List<StatementLine> ls = new ArrayList<>(lines);
    Money total = Money.zero(Monies.PLN);
    for (int n = 0; n < lines; n++) {
      int i = random.nextInt(items);
      Money amount = Money.ofMinor(Monies.PLN, amounts[i]);
      String title;
      switch (n % 5) {
        case 0:
        case 1:
          title = "Zapłata za " + doc(i);
          break;
        case 2:
          title = "/VAT/" + amount.getAmount().multiply(new java.math.BigDecimal("0.187")).setScale(2, java.math.RoundingMode.HALF_UP)
              + "/IDC/" + nip(i % CUSTOMERS) + "/INV/" + doc(i) + "/TXT/zaplata";
          break;
        case 3:
          title = "NIP " + nip(i % CUSTOMERS) + " przelew";
          break;
        default:
          title = "Przelew środków własnych " + n;
          amount = Money.ofMinor(Monies.PLN, 1 + random.nextLong(5_000));
      }
      total = total.plus(amount);
      ls.add(StatementLine.builder().index(n + 1).bookingDate(DAY).valueDate(DAY).amount(amount).title(title)
          .bankReference("R" + n).build());
    }
    statement = BankStatement.builder().format(StatementFormat.MT940).account("PL27114020040000300201355387")
        .statementNumber("1").currency(Monies.PLN).opening(StatementBalance.of(DAY.minusDays(1), Money.zero(Monies.PLN)))
        .closing(StatementBalance.of(DAY, total)).lines(ls).build();
  }

  private static String doc(int i) {
    return "FV/" + i + "/2025";
  }

  private static String nip(int customer) {
    return Long.toString(5_260_000_000L + customer * 7L);
  }

  /** Indexes the open items and matches the whole statement. */
  @Benchmark
  public List<StatementMatch> match() {
    return StatementMatcher.of(settlements, DAY).match(statement);
  }

  /** Replays the ledger's postings on settlement accounts into items. */
  @Benchmark
  public Settlements settlements() {
    return Settlements.of(ledger);
  }
}
