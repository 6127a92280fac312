package dev.backoffice.benchmarks.core;

import dev.backoffice.core.money.MoneyAllocator;
import dev.backoffice.core.money.Monies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link MoneyAllocator} on its typical and its large inputs: a yearly cost spread over 12 months by days, the
 * same with weights too precise for the long path (BigInteger), and 10,000 parts by random weights and evenly.
 * The 10,000-part cases leave up to 9,999 minor units to hand out, so they measure the sort of the remainders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AllocationBenchmark {
  private Money thousandZloty = Money.zero(Monies.PLN);
  private Money oddAmount = Money.zero(Monies.PLN);
  private List<BigDecimal> daysOfMonths = List.of();
  private List<BigDecimal> preciseWeights = List.of();
  private List<BigDecimal> tenThousandWeights = List.of();
  private List<BigDecimal> tenThousandEqualWeights = List.of();

  /** Builds the inputs once; the random weights come from a fixed seed so every run measures the same work. */
  @Setup
  public void setUp() {
    thousandZloty = Monies.of("PLN", "1000.00");
    oddAmount = Monies.of("PLN", "123456.79");
    daysOfMonths = new ArrayList<>();
    for (int days : new int[] {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}) {
      daysOfMonths.add(BigDecimal.valueOf(days));
    }
    preciseWeights = new ArrayList<>();
    for (BigDecimal d : daysOfMonths) {
      preciseWeights.add(d.divide(BigDecimal.valueOf(365), 25, java.math.RoundingMode.HALF_EVEN));
    }
    SplittableRandom random = new SplittableRandom(20_250_117L);
    tenThousandWeights = new ArrayList<>(10_000);
    for (int i = 0; i < 10_000; i++) {
      tenThousandWeights.add(BigDecimal.valueOf(random.nextInt(1, 1_000_000), 2));
    }
    tenThousandEqualWeights = java.util.Collections.nCopies(10_000, new BigDecimal("1.00"));
  }

  /** 1,000.00 PLN over the 12 months of 2025 by their days (long path). */
  @Benchmark
  public List<Money> twelvePartsByDays() {
    return MoneyAllocator.allocate(thousandZloty, daysOfMonths);
  }

  /** The same split with weights of 25 decimals, which take the BigInteger path. */
  @Benchmark
  public List<Money> twelvePartsBigIntegerPath() {
    return MoneyAllocator.allocate(thousandZloty, preciseWeights);
  }

  /** 123,456.79 PLN by 10,000 random weights with two decimals. */
  @Benchmark
  public List<Money> tenThousandPartsByWeights() {
    return MoneyAllocator.allocate(oddAmount, tenThousandWeights);
  }

  /**
   * The same amount by 10,000 equal decimal weights: the same conversions as {@link #tenThousandPartsByWeights()}
   * but all remainders tie, so the sort of the remainders meets already ordered input. The difference between
   * the two is the cost of sorting 10,000 random remainders.
   */
  @Benchmark
  public List<Money> tenThousandPartsByEqualWeights() {
    return MoneyAllocator.allocate(oddAmount, tenThousandEqualWeights);
  }

  /**
   * 123,456.79 PLN into 10,000 equal parts: 12,345,679 groszy = 10,000 × 1,234 + 5,679, so the first 5,679 parts
   * get the extra grosz.
   */
  @Benchmark
  public List<Money> tenThousandPartsEvenly() {
    return MoneyAllocator.allocateEvenly(oddAmount, 10_000);
  }
}
