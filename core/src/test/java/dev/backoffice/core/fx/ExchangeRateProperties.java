package dev.backoffice.core.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.CoreArbitraries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Converting and converting back loses at most one minor unit — under the condition ExchangeRate documents: a
 * minor unit of the counter currency is worth no more than one of the base currency, i.e.
 * {@code rate ≥ 10^(base decimals − counter decimals)}. The generators build only such rates (ExchangeRateTest
 * shows a rate outside the condition losing five groszy). Cross rates agree in every orientation.
 */
class ExchangeRateProperties {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 17);
  private static final BigDecimal ONE_MINOR_UNIT_SLACK = BigDecimal.ONE;

  @Provide
  Arbitrary<RoundingMode> halfModes() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN);
  }

  /** Rates whose counter minor unit is worth no more than the base minor unit. */
  @Provide
  Arbitrary<ExchangeRate> roundTripRates() {
    Arbitrary<List<CurrencyUnit>> pairs = CoreArbitraries.currencies().list().ofSize(2).uniqueElements();
    Arbitrary<BigDecimal> factors = Arbitraries.integers().between(0, 6).flatMap(scale ->
        Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("10000")).ofScale(scale));
    return Combinators.combine(pairs, factors).as((pair, factor) -> {
      CurrencyUnit base = pair.get(0);
      CurrencyUnit counter = pair.get(1);
      BigDecimal rate = factor.scaleByPowerOfTen(base.getDecimalPlaces() - counter.getDecimalPlaces());
      return ExchangeRate.of(base, counter, rate, DAY, "TEST");
    });
  }

  @Property
  void convertingAndConvertingBackLosesAtMostOneMinorUnit(
      @ForAll("roundTripRates") ExchangeRate rate, @ForAll("amountSeeds") BigDecimal seed,
      @ForAll("halfModes") RoundingMode mode) {
    Money start = Money.of(rate.base(), seed.setScale(rate.base().getDecimalPlaces(), RoundingMode.DOWN));

    Money back = rate.inverse().convert(rate.convert(start, mode), mode);

    assertWithinOneMinorUnit(start, back);
  }

  @Provide
  Arbitrary<BigDecimal> amountSeeds() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000000000"), new BigDecimal("1000000000")).ofScale(3);
  }

  @Property
  void crossRatesRoundTripWithinOneMinorUnit(
      @ForAll("threeCurrencies") List<CurrencyUnit> ccy, @ForAll("pivotRates") BigDecimal x,
      @ForAll("pivotRates") BigDecimal y, @ForAll("amountSeeds") BigDecimal seed,
      @ForAll("halfModes") RoundingMode mode) {
    ExchangeRate aP = ExchangeRate.of(ccy.get(0), ccy.get(2), x, DAY, "A");
    ExchangeRate cP = ExchangeRate.of(ccy.get(1), ccy.get(2), y, DAY, "C");
    ExchangeRate aC = aP.cross(cP);
    Assume.that(satisfiesRoundTripCondition(aC));
    Money start = Money.of(aC.base(), seed.setScale(aC.base().getDecimalPlaces(), RoundingMode.DOWN));

    Money back = aC.inverse().convert(aC.convert(start, mode), mode);

    assertWithinOneMinorUnit(start, back);
  }

  @Property
  void crossRatesAgreeInEveryOrientation(
      @ForAll("threeCurrencies") List<CurrencyUnit> ccy, @ForAll("pivotRates") BigDecimal x,
      @ForAll("pivotRates") BigDecimal y) {
    // A/P = x and C/P = y, so A/C = x / y whichever way each rate is written.
    ExchangeRate aP = ExchangeRate.of(ccy.get(0), ccy.get(2), x, DAY, "A");
    ExchangeRate cP = ExchangeRate.of(ccy.get(1), ccy.get(2), y, DAY, "C");
    BigDecimal expected = x.divide(y, MathContext.DECIMAL128);

    for (ExchangeRate first : List.of(aP, aP.inverse())) {
      for (ExchangeRate second : List.of(cP, cP.inverse())) {
        ExchangeRate cross = first.cross(second);
        BigDecimal aPerC = cross.base().equals(ccy.get(0))
            ? cross.rate()
            : BigDecimal.ONE.divide(cross.rate(), MathContext.DECIMAL128);
        assertThat(List.of(cross.base(), cross.counter())).containsExactlyInAnyOrder(ccy.get(0), ccy.get(1));
        assertThat(relativeError(aPerC, expected)).as("%s × %s", first, second).isLessThan(new BigDecimal("1E-30"));
      }
    }
  }

  @Property
  void invertingTwiceGivesTheRateBack(@ForAll("rates") ExchangeRate rate) {
    ExchangeRate twice = rate.inverse().inverse();

    assertThat(twice.base()).isEqualTo(rate.base());
    assertThat(twice.counter()).isEqualTo(rate.counter());
    assertThat(relativeError(twice.rate(), rate.rate())).isLessThan(new BigDecimal("1E-32"));
  }

  @Provide
  Arbitrary<ExchangeRate> rates() {
    return CoreArbitraries.exchangeRates();
  }

  @Provide
  Arbitrary<List<CurrencyUnit>> threeCurrencies() {
    return CoreArbitraries.currencies().list().ofSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<BigDecimal> pivotRates() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(4)
        .filter(r -> r.signum() > 0);
  }

  private static boolean satisfiesRoundTripCondition(ExchangeRate rate) {
    BigDecimal min = BigDecimal.ONE.scaleByPowerOfTen(rate.base().getDecimalPlaces() - rate.counter().getDecimalPlaces());
    return rate.rate().compareTo(min) >= 0;
  }

  private static void assertWithinOneMinorUnit(Money start, Money back) {
    BigDecimal gap = new BigDecimal(back.getAmount().unscaledValue().subtract(start.getAmount().unscaledValue())).abs();
    assertThat(back.getCurrencyUnit()).isEqualTo(start.getCurrencyUnit());
    assertThat(gap).as("%s came back as %s", start, back).isLessThanOrEqualTo(ONE_MINOR_UNIT_SLACK);
  }

  private static BigDecimal relativeError(BigDecimal actual, BigDecimal expected) {
    return actual.subtract(expected).abs().divide(expected, MathContext.DECIMAL128);
  }
}
