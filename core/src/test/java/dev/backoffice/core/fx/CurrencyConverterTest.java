package dev.backoffice.core.fx;

import static dev.backoffice.core.money.Monies.EUR;
import static dev.backoffice.core.money.Monies.PLN;
import static dev.backoffice.core.money.Monies.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {
  private static final LocalDate FRI = LocalDate.of(2025, 1, 17);
  private static final LocalDate MON = LocalDate.of(2025, 1, 20);
  // test rates (not published figures); expectations are hand calculations from them
  private static final ExchangeRateProvider RATES = InMemoryExchangeRateProvider.of(
      ExchangeRate.of("EUR", "PLN", "4.2150", FRI, "TEST"),
      ExchangeRate.of("USD", "PLN", "3.9000", FRI, "TEST"),
      ExchangeRate.of("EUR", "PLN", "4.3000", MON, "TEST"));
  private static final CurrencyConverter CONVERTER = CurrencyConverter.of(RATES, RateLookup.ON_OR_BEFORE);

  @Test
  void convertsWithTheDirectRate() {
    assertThat(CONVERTER.convert(money(EUR, "100.00"), PLN, FRI, RoundingMode.HALF_UP)).isEqualTo(money(PLN, "421.50"));
    assertThat(CONVERTER.convert(money(EUR, "100.00"), PLN, MON, RoundingMode.HALF_UP)).isEqualTo(money(PLN, "430.00"));
  }

  @Test
  void convertsWithTheInverseOfAStoredRate() {
    // 421.50 / 4.2150 = 100.00 EUR
    assertThat(CONVERTER.convert(money(PLN, "421.50"), EUR, FRI, RoundingMode.HALF_EVEN)).isEqualTo(money(EUR, "100.00"));
  }

  @Test
  void theLookupPolicyChoosesTheTable() {
    CurrencyConverter tax = CurrencyConverter.of(RATES, RateLookup.PREVIOUS_BUSINESS_DAY);
    // on Monday the tax rule takes Friday's 4.2150, not Monday's 4.3000
    assertThat(tax.convert(money(EUR, "100.00"), PLN, MON, RoundingMode.HALF_UP)).isEqualTo(money(PLN, "421.50"));
  }

  @Test
  void crossesThroughThePivotWhenNoDirectRateExists() {
    CurrencyConverter viaPln = CONVERTER.withPivot(PLN);

    ExchangeRate eurUsd = viaPln.rate(EUR, USD, FRI);

    // 4.2150 / 3.9000 = 1.0807692…; 100.00 EUR → 108.0769… → 108.08 USD
    assertThat(eurUsd.rate()).isEqualByComparingTo("1.080769230769230769230769230769231");
    assertThat(viaPln.convert(money(EUR, "100.00"), USD, FRI, RoundingMode.HALF_EVEN)).isEqualTo(money(USD, "108.08"));
    // 100.00 USD × 3.9 / 4.215 = 92.5266… EUR
    assertThat(viaPln.convert(money(USD, "100.00"), EUR, FRI, RoundingMode.HALF_EVEN)).isEqualTo(money(EUR, "92.53"));
  }

  @Test
  void withoutAPivotACrossPairIsMissing() {
    assertThatThrownBy(() -> CONVERTER.convert(money(EUR, "1.00"), USD, FRI, RoundingMode.HALF_UP))
        .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
          assertThat(e.base()).isEqualTo(EUR);
          assertThat(e.counter()).isEqualTo(USD);
          assertThat(e.date()).isEqualTo(FRI);
        });
  }

  @Test
  void aMissingLegOfTheCrossIsNamed() {
    CurrencyUnit chf = CurrencyUnit.CHF;
    assertThatThrownBy(() -> CONVERTER.withPivot(PLN).rate(EUR, chf, FRI))
        .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
          assertThat(e.base()).isEqualTo(PLN);
          assertThat(e.counter()).isEqualTo(chf);
        })
        .hasMessage("no exchange rate PLN/CHF for 2025-01-17 (lookup ON_OR_BEFORE)");
  }

  @Test
  void theSameCurrencyConvertsToItself() {
    Money amount = money(PLN, "12.34");
    assertThat(CONVERTER.convert(amount, PLN, FRI, RoundingMode.HALF_UP)).isSameAs(amount);
  }

  @Test
  void refusesARateOfACurrencyAgainstItself() {
    assertThatThrownBy(() -> CONVERTER.withPivot(PLN).rate(EUR, EUR, FRI))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("counter");
          assertThat(e.value()).hasValue("EUR");
        })
        .hasMessage("counter = 'EUR' is invalid: must differ from the base currency EUR");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> CurrencyConverter.of(null, RateLookup.EXACT_DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("provider must not be null");
    assertThatThrownBy(() -> CurrencyConverter.of(RATES, null))
        .isInstanceOf(NullPointerException.class).hasMessage("lookup must not be null");
    assertThatThrownBy(() -> CONVERTER.withPivot(null))
        .isInstanceOf(NullPointerException.class).hasMessage("pivot must not be null");
    assertThatThrownBy(() -> CONVERTER.convert(money(EUR, "1.00"), null, FRI, RoundingMode.HALF_UP))
        .isInstanceOf(NullPointerException.class).hasMessage("target must not be null");
    assertThatThrownBy(() -> CONVERTER.convert(money(EUR, "1.00"), EUR, null, RoundingMode.HALF_UP))
        .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
  }

  private static Money money(CurrencyUnit currency, String amount) {
    return Money.of(currency, new BigDecimal(amount));
  }
}
