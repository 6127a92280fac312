package dev.backoffice.core.money;

import static dev.backoffice.core.money.Monies.EUR;
import static dev.backoffice.core.money.Monies.PLN;
import static dev.backoffice.core.money.Monies.POLISH;
import static dev.backoffice.core.money.Monies.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoniesTest {
  private static final Locale US = Locale.US;
  private static final Locale UK = Locale.UK;

  private static Money pln(String amount) {
    return Money.of(PLN, new BigDecimal(amount));
  }

  @Test
  void buildsMoneyExactlyFromText() {
    assertThat(Monies.of("PLN", "1234.50")).isEqualTo(pln("1234.50"));
    assertThat(Monies.of("PLN", " -0.5 ")).isEqualTo(pln("-0.50"));
    assertThat(Monies.of("JPY", "1200")).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 1200));
    assertThat(Monies.of(PLN, new BigDecimal("1E+3"))).isEqualTo(pln("1000.00"));
  }

  @Test
  void refusesToRoundWhenBuildingMoney() {
    assertThatThrownBy(() -> Monies.of("PLN", "1234.505"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("amount");
          assertThat(e.value()).hasValue("1234.505 PLN");
          assertThat(e.rule()).isEqualTo("must have at most 2 decimal places");
        })
        .hasMessage("amount = '1234.505 PLN' is invalid: must have at most 2 decimal places");
    assertThatThrownBy(() -> Monies.of(CurrencyUnit.JPY, new BigDecimal("1.5")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount = '1.5 JPY' is invalid: must have at most 0 decimal places");
  }

  @Test
  void rejectsUnknownCurrenciesAndMalformedNumbers() {
    assertThatThrownBy(() -> Monies.of("XYZ", "1.00"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("currency");
          assertThat(e.value()).hasValue("XYZ");
        })
        .hasMessage("currency = 'XYZ' is invalid: must be a known ISO 4217 currency code");
    assertThatThrownBy(() -> Monies.of("PLN", "12,50"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("amount");
          assertThat(e.value()).hasValue("12,50");
        })
        .hasMessage("amount = '12,50' is invalid: must be a plain decimal number such as -1234.50");
    assertThatThrownBy(() -> Monies.decimal("1e", "rate"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("rate"));
    assertThatThrownBy(() -> Monies.of("PLN", null))
        .isInstanceOf(NullPointerException.class).hasMessage("amount must not be null");
    assertThatThrownBy(() -> Monies.currency(null))
        .isInstanceOf(NullPointerException.class).hasMessage("currency must not be null");
    assertThatThrownBy(() -> Monies.of(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessage("currency must not be null");
  }

  @Test
  void findsCurrenciesByCode() {
    assertThat(Monies.currency("EUR")).isEqualTo(EUR);
    assertThat(Monies.currency(" PLN ")).isEqualTo(PLN);
  }

  @Test
  void sumsAmountsOfOneCurrency() {
    assertThat(Monies.sum(PLN, List.of(pln("1.10"), pln("2.20"), pln("-0.30")))).isEqualTo(pln("3.00"));
    assertThat(Monies.sum(PLN, List.of())).isEqualTo(pln("0.00"));
  }

  @Test
  void sumsBeyondALongOfMinorUnits() {
    // Long.MAX_VALUE grosze = 92,233,720,368,547,758.07 PLN; one grosz more needs the BigDecimal path.
    Money max = Money.ofMinor(PLN, Long.MAX_VALUE);
    assertThat(Monies.sum(PLN, List.of(max, pln("0.01"), pln("1.00"))))
        .isEqualTo(pln("92233720368547759.08"));
    assertThat(Monies.sum(PLN, List.of(pln("100000000000000000000.00"), pln("0.01"))))
        .isEqualTo(pln("100000000000000000000.01"));
  }

  @Test
  void refusesToSumAnotherCurrencyNamingItsIndex() {
    assertThatThrownBy(() -> Monies.sum(PLN, List.of(pln("1.00"), Money.of(EUR, BigDecimal.ONE))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("amounts[1]");
          assertThat(e.value()).hasValue("EUR 1.00");
          assertThat(e.rule()).isEqualTo("must be in PLN");
        })
        .hasMessage("amounts[1] = 'EUR 1.00' is invalid: must be in PLN");
    List<Money> withNull = new ArrayList<>();
    withNull.add(pln("1.00"));
    withNull.add(null);
    assertThatThrownBy(() -> Monies.sum(PLN, withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("amounts[1] must not be null");
  }

  @Test
  void sumsIntermediateAmountsWithoutRounding() {
    BigMoney total = Monies.sumBig(PLN, List.of(BigMoney.of(PLN, new BigDecimal("0.005")),
        BigMoney.of(PLN, new BigDecimal("0.0025"))));
    assertThat(total.getAmount()).isEqualByComparingTo("0.0075");
    assertThatThrownBy(() -> Monies.sumBig(PLN, List.of(BigMoney.of(EUR, BigDecimal.ONE))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amounts[0] = 'EUR 1' is invalid: must be in PLN");
    assertThatThrownBy(() -> Monies.sumBig(PLN, null))
        .isInstanceOf(NullPointerException.class).hasMessage("amounts must not be null");
  }

  @Test
  void testsSignsAndCurrencies() {
    assertThat(Monies.isZero(pln("0.00"))).isTrue();
    assertThat(Monies.isZero(pln("0.01"))).isFalse();
    assertThat(Monies.signum(pln("-0.01"))).isEqualTo(-1);
    assertThat(Monies.signum(pln("0.00"))).isZero();
    assertThat(Monies.signum(pln("5.00"))).isEqualTo(1);
    assertThat(Monies.requireCurrency(pln("5.00"), PLN, "gross")).isEqualTo(pln("5.00"));
    assertThatThrownBy(() -> Monies.requireCurrency(Money.of(EUR, BigDecimal.TEN), PLN, "gross"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("gross"))
        .hasMessage("gross = 'EUR 10.00' is invalid: must be in PLN");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "1 234,56 zł        | pl-PL | PLN | 1234.56",
      "1\u00A0234,56 zł   | pl-PL | PLN | 1234.56",
      "1\u202F234,56 zł   | pl-PL | PLN | 1234.56",
      "1\u00A0234,56\u00A0zł | pl-PL | PLN | 1234.56",
      "1 234 567,89 PLN   | pl-PL | PLN | 1234567.89",
      "1234,56 zł         | pl-PL | PLN | 1234.56",
      "-1 234,56 zł       | pl-PL | PLN | -1234.56",
      "−12,00 zł          | pl-PL | PLN | -12.00",
      "PLN -12,00         | pl-PL | PLN | -12.00",
      "0,5 zł             | pl-PL | PLN | 0.50",
      "12 EUR             | pl-PL | EUR | 12.00",
      "1,234.56 PLN       | en-US | PLN | 1234.56",
      "PLN 1234.56        | en-US | PLN | 1234.56",
      "PLN 1,234.56       | en-GB | PLN | 1234.56",
      "€ 12.50            | en-GB | EUR | 12.50",
      "€12.50             | en-US | EUR | 12.50",
      "$1,234.56          | en-US | USD | 1234.56",
      "£0.99              | en-GB | GBP | 0.99",
      "+5.00 USD          | en-US | USD | 5.00",
      "-$1,234.56         | en-US | USD | -1234.56",
      "−€ 0.01            | en-GB | EUR | -0.01",
      "1,200 JPY          | en-US | JPY | 1200",
      "1.234 KWD          | en-US | KWD | 1.234",
  })
  void parsesAmountsTheWayTheLocaleWritesThem(String text, String locale, String currency, String amount) {
    assertThat(Monies.parse(text, Locale.forLanguageTag(locale)))
        .isEqualTo(Money.of(CurrencyUnit.of(currency), new BigDecimal(amount)));
  }

  @Test
  void parsesWhatTheJdkCurrencyFormatWrites() {
    // java.text writes "1 234,56 zł" with no-break spaces (U+00A0) in Polish, "$1,234.56" in US English.
    NumberFormat polish = NumberFormat.getCurrencyInstance(POLISH);
    polish.setCurrency(java.util.Currency.getInstance("PLN"));
    assertThat(Monies.parse(polish.format(new BigDecimal("1234.56")), POLISH)).isEqualTo(pln("1234.56"));
    assertThat(Monies.parse(polish.format(new BigDecimal("-1234.56")), POLISH)).isEqualTo(pln("-1234.56"));
    NumberFormat us = NumberFormat.getCurrencyInstance(US);
    assertThat(Monies.parse(us.format(new BigDecimal("1234.56")), US)).isEqualTo(Money.of(USD, new BigDecimal("1234.56")));
    assertThat(Monies.parse(us.format(new BigDecimal("-1234.56")), US))
        .isEqualTo(Money.of(USD, new BigDecimal("-1234.56")));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "1 23,4 zł    | pl-PL | must be a number such as 1 234,56 zł",
      "1234 567 zł  | pl-PL | must group digits in threes with",
      "12,34.56 PLN | pl-PL | must have only digits after the decimal separator ','",
      "12,34.56 PLN | en-US | must be a number such as 1,234.56 PLN",
      "1.234,56 zł  | pl-PL | has '.' where a digit, ',' or a grouping separator must stand",
      "12,345 zł    | pl-PL | must have at most 2 decimal places for PLN",
      "12, zł       | pl-PL | must have digits after the decimal separator ','",
      "abc          | en-US | must contain a currency code or symbol and a number",
      "12.50        | en-US | must contain a currency code or symbol and a number",
      "PLN          | en-US | must contain a currency code or symbol and a number",
      "12.50 XYZ    | en-US | names unknown currency 'XYZ'",
      "12.50 pln    | en-US | has 'pln' where an ISO currency code or symbol must stand",
      "12.50 PLN 7  | en-US | has 'PLN 7' where an ISO currency code or symbol must stand",
      "-$-5.00      | en-US | must have at most one sign",
  })
  void rejectsMalformedTextNamingItAndTheProblem(String text, String locale, String rule) {
    assertThatThrownBy(() -> Monies.parse(text, Locale.forLanguageTag(locale)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("text");
          assertThat(e.value()).hasValue(text);
          assertThat(e.rule()).contains(rule);
        })
        .hasMessageStartingWith("text = '" + text + "' is invalid: ");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> Monies.parse(null, US))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    assertThatThrownBy(() -> Monies.parse("1 PLN", null))
        .isInstanceOf(NullPointerException.class).hasMessage("locale must not be null");
  }

  @ParameterizedTest(name = "{0} {1} in {2}")
  @CsvSource(delimiter = '|', value = {
      "PLN | 1234.56     | pl-PL | 1 234,56 zł",
      "PLN | -1234.56    | pl-PL | -1 234,56 zł",
      "PLN | 0.50        | pl-PL | 0,50 zł",
      "EUR | 1234567.89  | pl-PL | 1 234 567,89 EUR",
      "PLN | 1234.56     | en-US | 1,234.56 PLN",
      "PLN | -1234567.00 | en-GB | -1,234,567.00 PLN",
      "JPY | 1200        | en-US | 1,200 JPY",
      "KWD | 1.234       | en-GB | 1.234 KWD",
      "USD | 999.99      | en-US | 999.99 USD",
  })
  void formatsAmountsTheWayTheLocaleWritesThem(String currency, String amount, String locale, String text) {
    Money money = Money.of(CurrencyUnit.of(currency), new BigDecimal(amount));

    assertThat(Monies.format(money, Locale.forLanguageTag(locale))).isEqualTo(text);
  }
}
