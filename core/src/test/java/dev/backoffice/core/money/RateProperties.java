package dev.backoffice.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.CoreArbitraries;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.Money;

/** Rates are exact numbers: writing them differently never changes them, applying one rounds once. */
class RateProperties {

  @Provide
  Arbitrary<Rate> rates() {
    return CoreArbitraries.percentRates(new BigDecimal("-100"), new BigDecimal("200"));
  }

  @Provide
  Arbitrary<Money> amounts() {
    return CoreArbitraries.plnMoney();
  }

  @Property
  void percentAndFractionDescribeTheSameRate(@ForAll("rates") Rate rate) {
    assertThat(Rate.ofPercent(rate.percent())).isEqualTo(rate);
    assertThat(Rate.ofFraction(rate.fraction())).isEqualTo(rate);
    assertThat(rate.percent()).isEqualByComparingTo(rate.fraction().movePointRight(2));
    assertThat(Rate.ofPercent(rate.toString().replace("%", ""))).isEqualTo(rate);
  }

  @Property
  void trailingZerosNeverChangeARate(@ForAll("rates") Rate rate, @ForAll @IntRange(min = 1, max = 10) int zeros) {
    Rate padded = Rate.ofFraction(rate.fraction().setScale(rate.fraction().scale() + zeros));

    assertThat(padded).isEqualTo(rate).hasSameHashCodeAs(rate);
    assertThat(padded.compareTo(rate)).isZero();
  }

  @Property
  void addingThenSubtractingGivesTheRateBack(@ForAll("rates") Rate a, @ForAll("rates") Rate b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
  }

  @Property
  void appliedRatesAreWithinHalfAGroszOfTheExactProduct(@ForAll("rates") Rate rate, @ForAll("amounts") Money base) {
    Money rounded = rate.applyTo(base, RoundingPolicy.GROSZ_HALF_UP);
    BigDecimal exact = rate.applyTo(base.getAmount());

    assertThat(rounded.getAmount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    assertThat(rounded.getCurrencyUnit()).isEqualTo(base.getCurrencyUnit());
  }
}
