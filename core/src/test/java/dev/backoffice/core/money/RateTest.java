package dev.backoffice.core.money;

import static dev.backoffice.core.money.Monies.PLN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTest {

  private static Money pln(String amount) {
    return Money.of(PLN, new BigDecimal(amount));
  }

  @Test
  void readsPercentagesAndFractions() {
    Rate pension = Rate.ofPercent("9.76");

    assertThat(pension.fraction()).isEqualTo(new BigDecimal("0.0976"));
    assertThat(pension.percent()).isEqualTo(new BigDecimal("9.76"));
    assertThat(Rate.ofFraction("0.0976")).isEqualTo(pension);
    assertThat(Rate.ofPercent(new BigDecimal("9.76"))).isEqualTo(pension);
    assertThat(Rate.ofFraction(new BigDecimal("0.0976"))).isEqualTo(pension);
    assertThat(Rate.ofPercent(" 1.5 ").fraction()).isEqualTo(new BigDecimal("0.015"));
  }

  @Test
  void equalRatesAreEqualWhateverTheirScale() {
    assertThat(Rate.ofPercent("9.760")).isEqualTo(Rate.ofPercent("9.76")).hasSameHashCodeAs(Rate.ofPercent("9.76"));
    assertThat(Rate.ofPercent("100")).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
    assertThat(Rate.ofFraction("1.000")).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
    assertThat(Rate.ofPercent("0.00")).isEqualTo(Rate.ZERO);
    assertThat(Rate.ofPercent("9.76")).isNotEqualTo(Rate.ofPercent("9.77")).isNotEqualTo("9.76%");
  }

  @Test
  void showsItselfAsAPercentage() {
    assertThat(Rate.ofPercent("9.760")).hasToString("9.76%");
    assertThat(Rate.ONE_HUNDRED_PERCENT).hasToString("100%");
    assertThat(Rate.ONE_HUNDRED_PERCENT.percent()).isEqualTo(new BigDecimal("100"));
    assertThat(Rate.ofFraction("0.00025")).hasToString("0.025%");
    assertThat(Rate.ZERO).hasToString("0%");
  }

  @Test
  void addsSubtractsAndCompares() {
    // pension 9.76 % + disability 1.5 % = 11.26 %
    assertThat(Rate.ofPercent("9.76").plus(Rate.ofPercent("1.5"))).isEqualTo(Rate.ofPercent("11.26"));
    assertThat(Rate.ofPercent("1.5").minus(Rate.ofPercent("9.76"))).isEqualTo(Rate.ofPercent("-8.26"));
    assertThat(Rate.ofPercent("1.5")).isLessThan(Rate.ofPercent("9.76"));
    assertThat(Rate.ofPercent("1.50").compareTo(Rate.ofPercent("1.5"))).isZero();
    assertThat(Rate.ZERO.isZero()).isTrue();
    assertThat(Rate.ofPercent("-1").isNegative()).isTrue();
    assertThat(Rate.ofPercent("1").isNegative()).isFalse();
  }

  @Test
  void appliesExactlyToNumbersAndIntermediateAmounts() {
    assertThat(Rate.ofPercent("9.76").applyTo(new BigDecimal("1234.56"))).isEqualByComparingTo("120.493056");
    BigMoney exact = Rate.ofPercent("1.5").applyTo(BigMoney.of(PLN, new BigDecimal("3333.33")));
    assertThat(exact.getAmount()).isEqualByComparingTo("49.99995");
    assertThat(exact.getCurrencyUnit()).isEqualTo(PLN);
  }

  @ParameterizedTest(name = "{0} % of {1} with {2} = {3}")
  @CsvSource({
      // hand calculations: base × rate, then the policy's rounding
      "9.76, 7000.00, GROSZ_HALF_UP,      683.20",  // 683.2 exactly
      "1.5,  3333.33, GROSZ_HALF_UP,      50.00",   // 49.99995
      "1.5,  3333.33, GROSZ_DOWN,         49.99",
      "0.5,  1.00,    GROSZ_HALF_UP,      0.01",    // 0.005: half goes up
      "0.5,  1.00,    GROSZ_HALF_EVEN,    0.00",    // 0.005: half goes to the even 0
      "1.5,  1.00,    GROSZ_HALF_EVEN,    0.02",    // 0.015: to the even 2
      "2.5,  1.00,    GROSZ_HALF_EVEN,    0.02",    // 0.025: to the even 2
      "2.5,  1.00,    GROSZ_HALF_UP,      0.03",
      "2.5,  -1.00,   GROSZ_HALF_UP,      -0.03",   // half up is away from zero
      "2.5,  -1.00,   GROSZ_HALF_EVEN,    -0.02",
      "18,   2502.78, FULL_ZLOTY_HALF_UP, 451.00",  // 450.5004
      "18,   2502.75, FULL_ZLOTY_HALF_UP, 450.00",  // 450.495
  })
  void appliesToMoneyWithTheNamedRounding(String percent, String base, String policy, String expected) {
    RoundingPolicy rounding = switch (policy) {
      case "GROSZ_HALF_UP" -> RoundingPolicy.GROSZ_HALF_UP;
      case "GROSZ_HALF_EVEN" -> RoundingPolicy.GROSZ_HALF_EVEN;
      case "GROSZ_DOWN" -> RoundingPolicy.GROSZ_DOWN;
      default -> RoundingPolicy.FULL_ZLOTY_HALF_UP;
    };

    assertThat(Rate.ofPercent(percent).applyTo(pln(base), rounding)).isEqualTo(pln(expected));
  }

  @Test
  void refusesARoundingFinerThanTheCurrency() {
    assertThatThrownBy(() -> Rate.ofPercent("10").applyTo(Money.ofMajor(CurrencyUnit.JPY, 1005), RoundingPolicy.GROSZ_HALF_UP))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("rounding.scale");
          assertThat(e.value()).hasValue("2");
        });
  }

  @Test
  void rejectsTextThatIsNotADecimal() {
    assertThatThrownBy(() -> Rate.ofPercent("9.76%"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("percent");
          assertThat(e.value()).hasValue("9.76%");
          assertThat(e.rule()).isEqualTo("must be a decimal number such as 9.76");
        })
        .hasMessage("percent = '9.76%' is invalid: must be a decimal number such as 9.76");
    assertThatThrownBy(() -> Rate.ofFraction("abc"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("fraction"))
        .hasMessage("fraction = 'abc' is invalid: must be a decimal number such as 9.76");
    assertThatThrownBy(() -> Rate.ofPercent((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("percent must not be null");
    assertThatThrownBy(() -> Rate.ofFraction((BigDecimal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("fraction must not be null");
  }
}
