package dev.backoffice.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.CoreArbitraries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.Money;

/**
 * The invariants MoneyAllocator documents: exact sum, every part within one minor unit of its exact share
 * ({@code ⌊s_i⌋ ≤ part_i ≤ ⌈s_i⌉}), the minor units left over go to the largest remainders with the earlier part
 * first on ties, zero weights get zero, and the result does not depend on the arithmetic path (long or
 * BigInteger) or on how the weights are written.
 */
class MoneyAllocatorProperties {

  @Provide
  Arbitrary<Money> amounts() {
    return CoreArbitraries.anyMoney();
  }

  @Provide
  Arbitrary<List<BigDecimal>> signedWeights() {
    return CoreArbitraries.signedWeights(1, 30);
  }

  @Provide
  Arbitrary<List<BigDecimal>> manyWeights() {
    return CoreArbitraries.weights(1_000, 10_000);
  }

  @Property
  void partsSumExactlyAndStayWithinOneMinorUnitOfTheirShare(
      @ForAll("amounts") Money amount, @ForAll("signedWeights") List<BigDecimal> weights) {
    List<Money> parts = MoneyAllocator.allocate(amount, weights);

    assertAllocation(amount, weights, parts);
  }

  @Property(tries = 30)
  void manyPartsSumExactlyAndStayWithinOneMinorUnitOfTheirShare(
      @ForAll("amounts") Money amount, @ForAll("manyWeights") List<BigDecimal> weights) {
    List<Money> parts = MoneyAllocator.allocate(amount, weights);

    assertAllocation(amount, weights, parts);
  }

  @Property
  void leftoverMinorUnitsGoToTheLargestRemaindersEarlierPartsFirst(
      @ForAll("amounts") Money amount, @ForAll("signedWeights") List<BigDecimal> weights) {
    List<Money> parts = MoneyAllocator.allocate(amount, weights);

    // With W > 0 (flip every sign otherwise), part i is rounded up iff it got ⌊A·w_i/W⌋ + 1; the remainder
    // (A·w_i) mod W orders the parts. Every rounded-up part must beat every part left at its floor.
    Shares shares = Shares.of(amount, weights);
    for (int i = 0; i < parts.size(); i++) {
      if (!shares.roundedUp(i, parts.get(i))) {
        continue;
      }
      for (int j = 0; j < parts.size(); j++) {
        if (j == i || shares.roundedUp(j, parts.get(j)) || shares.remainder(j).signum() == 0) {
          continue;
        }
        int c = shares.remainder(i).compareTo(shares.remainder(j));
        assertThat(c > 0 || (c == 0 && i < j))
            .as("part %d (remainder %s) rounded up before part %d (remainder %s)",
                i, shares.remainder(i), j, shares.remainder(j))
            .isTrue();
      }
    }
  }

  @Property
  void zeroWeightsGetZero(@ForAll("amounts") Money amount, @ForAll("signedWeights") List<BigDecimal> weights) {
    List<Money> parts = MoneyAllocator.allocate(amount, weights);

    for (int i = 0; i < weights.size(); i++) {
      if (weights.get(i).signum() == 0) {
        assertThat(parts.get(i).isZero()).as("part %d of zero weight", i).isTrue();
      }
    }
  }

  @Property
  void equalWeightsGivePartsThatDifferByAtMostOneMinorUnitEarlierFirst(
      @ForAll("amounts") Money amount, @ForAll @IntRange(min = 1, max = 50) int n) {
    List<Money> parts = MoneyAllocator.allocateEvenly(amount, n);

    assertThat(Monies.sum(amount.getCurrencyUnit(), parts)).isEqualTo(amount);
    for (int i = 1; i < n; i++) {
      long diff = parts.get(i - 1).getAmountMinorLong() - parts.get(i).getAmountMinorLong();
      assertThat(diff).as("parts %d and %d of %s", i - 1, i, parts).isBetween(0L, 1L);
    }
  }

  @Property
  void theBigIntegerPathAgreesWithTheLongPath(
      @ForAll("amounts") Money amount, @ForAll("signedWeights") List<BigDecimal> weights) {
    // Multiplying every weight by 10^25 keeps the shares but no longer fits a long.
    List<BigDecimal> huge = weights.stream().map(w -> w.scaleByPowerOfTen(25)).collect(Collectors.toList());
    // Dividing by 10^20 keeps the shares but needs more than 18 decimals.
    List<BigDecimal> tiny = weights.stream().map(w -> w.scaleByPowerOfTen(-20)).collect(Collectors.toList());

    List<Money> parts = MoneyAllocator.allocate(amount, weights);

    assertThat(MoneyAllocator.allocate(amount, huge)).isEqualTo(parts);
    assertThat(MoneyAllocator.allocate(amount, tiny)).isEqualTo(parts);
  }

  @Property
  void integerRatiosAgreeWithDecimalWeights(
      @ForAll("amounts") Money amount, @ForAll("ratios") long[] ratios) {
    List<BigDecimal> weights = java.util.Arrays.stream(ratios).mapToObj(BigDecimal::valueOf).collect(Collectors.toList());

    assertThat(MoneyAllocator.allocate(amount, ratios)).isEqualTo(MoneyAllocator.allocate(amount, weights));
  }

  @Provide
  Arbitrary<long[]> ratios() {
    return Arbitraries.longs().between(-1_000_000, 1_000_000).array(long[].class).ofMinSize(1).ofMaxSize(20)
        .filter(r -> java.util.Arrays.stream(r).sum() != 0);
  }

  @Property
  void allocatingByPercentagesEqualsAllocatingByTheirFractions(@ForAll("amounts") Money amount) {
    // 9.76 % + 1.5 % + 88.74 % = 100 %
    List<Rate> rates = List.of(Rate.ofPercent("9.76"), Rate.ofPercent("1.5"), Rate.ofPercent("88.74"));

    assertThat(MoneyAllocator.allocateByPercent(amount, rates))
        .isEqualTo(MoneyAllocator.allocate(amount, List.of(
            new BigDecimal("976"), new BigDecimal("150"), new BigDecimal("8874"))));
  }

  private static void assertAllocation(Money amount, List<BigDecimal> weights, List<Money> parts) {
    assertThat(parts).hasSize(weights.size());
    assertThat(parts).allSatisfy(p -> assertThat(p.getCurrencyUnit()).isEqualTo(amount.getCurrencyUnit()));
    assertThat(Monies.sum(amount.getCurrencyUnit(), parts)).isEqualTo(amount);
    // |part_i − A·w_i/W| < 1 minor unit  ⇔  |part_i·W − A·w_i| < |W|, all in minor units, exactly.
    BigDecimal a = new BigDecimal(amount.getAmount().unscaledValue());
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal p = new BigDecimal(parts.get(i).getAmount().unscaledValue());
      BigDecimal gap = p.multiply(total).subtract(a.multiply(weights.get(i))).abs();
      assertThat(gap).as("part %d = %s of weight %s", i, parts.get(i), weights.get(i)).isLessThan(total.abs());
    }
  }

  /** Exact shares A·w_i/W in minor units, as integer quotient and remainder with W > 0. */
  private static final class Shares {
    private final BigInteger[] floors;
    private final BigInteger[] remainders;

    private Shares(BigInteger[] floors, BigInteger[] remainders) {
      this.floors = floors;
      this.remainders = remainders;
    }

    static Shares of(Money amount, List<BigDecimal> weights) {
      int scale = weights.stream().mapToInt(BigDecimal::scale).max().orElse(0);
      BigInteger[] v = weights.stream().map(w -> w.movePointRight(scale).toBigIntegerExact()).toArray(BigInteger[]::new);
      BigInteger total = java.util.Arrays.stream(v).reduce(BigInteger.ZERO, BigInteger::add);
      if (total.signum() < 0) {
        total = total.negate();
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i].negate();
        }
      }
      BigInteger a = amount.getAmount().unscaledValue();
      BigInteger[] floors = new BigInteger[v.length];
      BigInteger[] rems = new BigInteger[v.length];
      for (int i = 0; i < v.length; i++) {
        BigInteger product = a.multiply(v[i]);
        rems[i] = product.mod(total);
        floors[i] = product.subtract(rems[i]).divide(total);
      }
      return new Shares(floors, rems);
    }

    boolean roundedUp(int i, Money part) {
      return part.getAmount().unscaledValue().equals(floors[i].add(BigInteger.ONE));
    }

    BigInteger remainder(int i) {
      return remainders[i];
    }
  }
}
