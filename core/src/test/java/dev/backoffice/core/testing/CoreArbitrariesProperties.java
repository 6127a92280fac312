package dev.backoffice.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/** The shared generators keep the promises other modules rely on. */
class CoreArbitrariesProperties {
  private static final BigDecimal MAX = new BigDecimal("250.00");

  @Provide Arbitrary<Money> positive() {
    return CoreArbitraries.positivePln(MAX);
  }

  @Provide Arbitrary<Money> pln() {
    return CoreArbitraries.plnMoney();
  }

  @Provide Arbitrary<Money> any() {
    return CoreArbitraries.anyMoney();
  }

  @Provide Arbitrary<Rate> rates() {
    return CoreArbitraries.rates();
  }

  @Provide Arbitrary<Rate> contributionRates() {
    return CoreArbitraries.percentRates(new BigDecimal("0.5"), new BigDecimal("9.76"));
  }

  @Provide Arbitrary<List<BigDecimal>> weights() {
    return CoreArbitraries.weights(1, 20);
  }

  @Provide Arbitrary<List<BigDecimal>> signedWeights() {
    return CoreArbitraries.signedWeights(1, 20);
  }

  @Provide Arbitrary<ExchangeRate> exchangeRates() {
    return CoreArbitraries.exchangeRates();
  }

  @Provide Arbitrary<LocalDate> q1() {
    return CoreArbitraries.dates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
  }

  @Provide Arbitrary<YearMonth> months() {
    return CoreArbitraries.yearMonths();
  }

  @Provide Arbitrary<Dimensions> dimensions() {
    return CoreArbitraries.dimensions();
  }

  @Provide Arbitrary<DocumentRef> documents() {
    return CoreArbitraries.documentRefs();
  }

  @Provide Arbitrary<IdempotencyKey> keys() {
    return CoreArbitraries.idempotencyKeys();
  }

  @Property
  void moneyIsAtTheCurrencyScaleAndWithinBounds(
      @ForAll("positive") Money positive, @ForAll("pln") Money pln, @ForAll("any") Money any) {
    assertThat(positive.getCurrencyUnit()).isEqualTo(Monies.PLN);
    assertThat(positive.getAmount()).isBetween(new BigDecimal("0.01"), MAX);
    assertThat(pln.getAmount().abs()).isLessThanOrEqualTo(CoreArbitraries.LARGE_AMOUNT);
    assertThat(any.getAmount().scale()).isEqualTo(Math.max(any.getCurrencyUnit().getDecimalPlaces(), 0));
  }

  @Property
  void ratesStayWithinTheirPercentages(@ForAll("rates") Rate rate, @ForAll("contributionRates") Rate contribution) {
    assertThat(rate.percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(contribution.percent()).isBetween(new BigDecimal("0.5"), new BigDecimal("9.76"));
  }

  @Property
  void weightsNeverSumToZero(@ForAll("weights") List<BigDecimal> weights, @ForAll("signedWeights") List<BigDecimal> signed) {
    assertThat(weights).allMatch(w -> w.signum() >= 0);
    assertThat(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum()).isPositive();
    assertThat(signed.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum()).isNotZero();
  }

  @Property
  void exchangeRatesPairTwoCurrencies(@ForAll("exchangeRates") ExchangeRate rate) {
    assertThat(rate.base()).isNotEqualTo(rate.counter());
    assertThat(rate.rate()).isPositive();
  }

  @Property
  void datesAndMonthsStayInRange(@ForAll("q1") LocalDate date, @ForAll("months") YearMonth month) {
    assertThat(date).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    assertThat(month).isBetween(YearMonth.of(2000, 1), YearMonth.of(2099, 12));
  }

  @Property
  void valuesAreValid(@ForAll("dimensions") Dimensions dimensions, @ForAll("documents") DocumentRef document,
      @ForAll("keys") IdempotencyKey key) {
    assertThat(dimensions.asMap()).hasSizeLessThanOrEqualTo(4);
    assertThat(document.number()).startsWith(document.type() + "/");
    assertThat(IdempotencyKey.of(key.value())).isEqualTo(key);
  }
}
