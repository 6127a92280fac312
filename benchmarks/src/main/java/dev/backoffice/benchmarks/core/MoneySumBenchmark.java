package dev.backoffice.benchmarks.core;

import dev.backoffice.core.money.Monies;
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
 * Summing 1,000 złoty amounts: {@link Monies#sum} (one currency check per amount, long arithmetic in grosze)
 * against Joda-Money's {@link Money#total(Iterable)} and a plain loop of {@link Money#plus(Money)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MoneySumBenchmark {
  private List<Money> amounts = List.of();

  /** 1,000 amounts between -10,000.00 and 10,000.00 PLN from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20_250_117L);
    amounts = new ArrayList<>(1_000);
    for (int i = 0; i < 1_000; i++) {
      amounts.add(Money.ofMinor(Monies.PLN, random.nextLong(-1_000_000L, 1_000_001L)));
    }
  }

  /** Backoffice: {@code Monies.sum(PLN, amounts)}. */
  @Benchmark
  public Money moniesSum() {
    return Monies.sum(Monies.PLN, amounts);
  }

  /** Joda-Money: {@code Money.total(amounts)}. */
  @Benchmark
  public Money jodaTotal() {
    return Money.total(amounts);
  }

  /** A loop of {@code Money.plus}. */
  @Benchmark
  public Money plusLoop() {
    Money total = Money.zero(Monies.PLN);
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }
}
