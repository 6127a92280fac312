package dev.backoffice.core.fx;

import static dev.backoffice.core.money.Monies.EUR;
import static dev.backoffice.core.money.Monies.PLN;
import static dev.backoffice.core.money.Monies.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {
  private static final LocalDate THU = LocalDate.of(2025, 1, 16);
  private static final LocalDate FRI = LocalDate.of(2025, 1, 17);
  // test rates, not published figures: the expectations below are hand calculations from them
  private static final ExchangeRate EUR_PLN = ExchangeRate.of("EUR", "PLN", "4.2150", FRI, "TEST A");
  private static final ExchangeRate USD_PLN = ExchangeRate.of("USD", "PLN", "3.9000", THU, "TEST B");
  private static final BigDecimal EUR_USD = new BigDecimal("1.080769230769230769230769230769231"); // 4.2150 / 3.9

  @Test
  void holdsWhatItWasGiven() {
    assertThat(EUR_PLN.base()).isEqualTo(EUR);
    assertThat(EUR_PLN.counter()).isEqualTo(PLN);
    assertThat(EUR_PLN.rate()).isEqualTo(new BigDecimal("4.2150"));
    assertThat(EUR_PLN.effectiveDate()).isEqualTo(FRI);
    assertThat(EUR_PLN.source()).isEqualTo("TEST A");
    assertThat(ExchangeRate.of(EUR, PLN, new BigDecimal("4.2150"), FRI, "TEST A")).isEqualTo(EUR_PLN);
  }

  @Test
  void convertsBaseIntoCounterWithTheGivenRounding() {
    // 100.00 × 4.2150 = 421.50; 33.33 × 4.2150 = 140.48595
    assertThat(EUR_PLN.convert(eur("100.00"), RoundingMode.HALF_UP)).isEqualTo(pln("421.50"));
    assertThat(EUR_PLN.convert(eur("33.33"), RoundingMode.HALF_UP)).isEqualTo(pln("140.49"));
    assertThat(EUR_PLN.convert(eur("33.33"), RoundingMode.DOWN)).isEqualTo(pln("140.48"));
    assertThat(EUR_PLN.convert(eur("-33.33"), RoundingMode.HALF_UP)).isEqualTo(pln("-140.49"));
    // 10.00 EUR × 162.35 = 1623.5 JPY: half even goes to 1624, half down to 1623
    ExchangeRate eurJpy = ExchangeRate.of("EUR", "JPY", "162.35", FRI, "TEST");
    assertThat(eurJpy.convert(eur("10.00"), RoundingMode.HALF_EVEN)).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 1624));
    assertThat(eurJpy.convert(eur("10.00"), RoundingMode.HALF_DOWN)).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 1623));
  }

  @Test
  void refusesToConvertAnotherCurrency() {
    assertThatThrownBy(() -> EUR_PLN.convert(pln("1.00"), RoundingMode.HALF_UP))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("exchange rate EUR/PLN");
          assertThat(e.field()).isEqualTo("amount");
          assertThat(e.value()).hasValue("PLN 1.00");
          assertThat(e.rule()).isEqualTo("must be in EUR");
        })
        .hasMessage("exchange rate EUR/PLN: amount = 'PLN 1.00' is invalid: must be in EUR");
    assertThatThrownBy(() -> EUR_PLN.convert(eur("1.00"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("rounding must not be null");
  }

  @Test
  void invertsToThirtyFourSignificantDigits() {
    ExchangeRate plnEur = EUR_PLN.inverse();

    assertThat(plnEur.base()).isEqualTo(PLN);
    assertThat(plnEur.counter()).isEqualTo(EUR);
    assertThat(plnEur.rate()).isEqualTo(new BigDecimal("0.2372479240806642941874258600237248")); // 1 / 4.2150
    assertThat(plnEur.effectiveDate()).isEqualTo(FRI);
    assertThat(plnEur.source()).isEqualTo("inverse of TEST A");
    assertThat(plnEur.convert(pln("421.50"), RoundingMode.HALF_EVEN)).isEqualTo(eur("100.00"));
  }

  @Test
  void crossesThroughTheSharedCurrencyInEveryOrientation() {
    // EUR/PLN with USD/PLN, PLN/USD; PLN/EUR with PLN/USD, USD/PLN: all give EUR/USD ≈ 4.2150 / 3.9 or its inverse.
    ExchangeRate plnUsd = USD_PLN.inverse();
    ExchangeRate plnEur = EUR_PLN.inverse();

    assertRate(EUR_PLN.cross(USD_PLN), EUR, USD, EUR_USD);
    assertRate(EUR_PLN.cross(plnUsd), EUR, USD, EUR_USD);
    assertRate(plnEur.cross(plnUsd), EUR, USD, EUR_USD);
    assertRate(plnEur.cross(USD_PLN), USD, EUR, BigDecimal.ONE.divide(EUR_USD, MathContext.DECIMAL128));
    assertRate(USD_PLN.cross(EUR_PLN), USD, EUR, BigDecimal.ONE.divide(EUR_USD, MathContext.DECIMAL128));
  }

  @Test
  void aCrossRateIsDatedTheLaterDayAndNamesBothSources() {
    ExchangeRate cross = EUR_PLN.cross(USD_PLN);

    assertThat(cross.effectiveDate()).isEqualTo(FRI);
    assertThat(cross.source()).isEqualTo("cross of TEST A and inverse of TEST B");
    // 100.00 EUR at 1.0807692… = 108.0769… USD
    assertThat(cross.convert(eur("100.00"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of(USD, new BigDecimal("108.08")));
  }

  @Test
  void refusesToCrossRatesThatDoNotShareExactlyOneCurrency() {
    ExchangeRate usdChf = ExchangeRate.of("USD", "CHF", "0.9100", FRI, "TEST");
    assertThatThrownBy(() -> EUR_PLN.cross(usdChf))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("exchange rate EUR/PLN");
          assertThat(e.field()).isEqualTo("other");
          assertThat(e.value()).hasValue("USD/CHF");
        })
        .hasMessage("exchange rate EUR/PLN: other = 'USD/CHF' is invalid: must share exactly one currency for a cross rate");
    assertThatThrownBy(() -> EUR_PLN.cross(EUR_PLN)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("other = 'EUR/PLN'");
    assertThatThrownBy(() -> EUR_PLN.cross(EUR_PLN.inverse())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("other = 'PLN/EUR'");
  }

  @Test
  void validatesRateCurrenciesAndSource() {
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "PLN", "0", FRI, "TEST"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.subject()).hasValue("exchange rate EUR/PLN");
          assertThat(e.field()).isEqualTo("rate");
          assertThat(e.value()).hasValue("0");
          assertThat(e.rule()).isEqualTo("must be positive");
        })
        .hasMessage("exchange rate EUR/PLN: rate = '0' is invalid: must be positive");
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "PLN", "-4.2", FRI, "TEST"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("rate = '-4.2'");
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "EUR", "1", FRI, "TEST"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("counter"))
        .hasMessage("exchange rate EUR/EUR: counter = 'EUR' is invalid: must differ from the base currency");
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "PLN", "4.2", FRI, " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("source"));
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "XYZ", "4.2", FRI, "TEST"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("currency");
          assertThat(e.value()).hasValue("XYZ");
        });
    assertThatThrownBy(() -> ExchangeRate.of("EUR", "PLN", "4,2150", FRI, "TEST"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("rate");
          assertThat(e.value()).hasValue("4,2150");
        });
  }

  @Test
  void aMissingAttributeInTheBuilderIsAValidationError() {
    assertThatThrownBy(() -> ImmutableExchangeRate.builder().base(EUR).counter(PLN).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContainingAll("ExchangeRate", "rate", "effectiveDate", "source");
    assertThatThrownBy(() -> ExchangeRate.of(EUR, null, BigDecimal.ONE, FRI, "TEST"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("counter");
  }

  @Test
  void convertingBackIsExactOnlyWhenACounterMinorUnitIsWorthNoMoreThanABaseOne() {
    // PLN/JPY at 10: one yen (the counter's minor unit) is worth 10 groszy, more than a grosz. 0.05 PLN → 0.5 JPY
    // rounds half even to 0 JPY, which converts back to 0.00 PLN: five groszy lost. This is why the round-trip
    // property (ExchangeRateProperties) is constrained to rate ≥ 10^(base decimals − counter decimals).
    ExchangeRate plnJpy = ExchangeRate.of("PLN", "JPY", "10", FRI, "TEST");

    Money yen = plnJpy.convert(pln("0.05"), RoundingMode.HALF_EVEN);

    assertThat(yen).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 0));
    assertThat(plnJpy.inverse().convert(yen, RoundingMode.HALF_EVEN)).isEqualTo(pln("0.00"));
  }

  private static void assertRate(ExchangeRate rate, CurrencyUnit base, CurrencyUnit counter, BigDecimal expected) {
    assertThat(rate.base()).isEqualTo(base);
    assertThat(rate.counter()).isEqualTo(counter);
    // equal to 32 significant digits (two derived steps may differ in the last one or two of 34)
    assertThat(rate.rate().round(new MathContext(32))).isEqualTo(expected.round(new MathContext(32)));
  }

  private static Money pln(String amount) {
    return Money.of(PLN, new BigDecimal(amount));
  }

  private static Money eur(String amount) {
    return Money.of(EUR, new BigDecimal(amount));
  }
}
