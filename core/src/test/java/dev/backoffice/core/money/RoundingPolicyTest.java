package dev.backoffice.core.money;

import static dev.backoffice.core.money.Monies.PLN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingPolicyTest {

  @Test
  void namedPoliciesKeepTheirScaleAndMode() {
    assertThat(RoundingPolicy.GROSZ_HALF_UP.scale()).isEqualTo(2);
    assertThat(RoundingPolicy.GROSZ_HALF_UP.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(RoundingPolicy.FULL_ZLOTY_HALF_UP.scale()).isZero();
    assertThat(RoundingPolicy.FULL_ZLOTY_HALF_UP.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(RoundingPolicy.GROSZ_HALF_EVEN.mode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(RoundingPolicy.GROSZ_DOWN.mode()).isEqualTo(RoundingMode.DOWN);
    assertThat(RoundingPolicy.GROSZ_HALF_UP).hasToString("GROSZ_HALF_UP");
    assertThat(RoundingPolicy.of(4, RoundingMode.HALF_EVEN)).hasToString("SCALE_4_HALF_EVEN");
  }

  @Test
  void policiesAreEqualByScaleAndMode() {
    assertThat(RoundingPolicy.of(2, RoundingMode.HALF_UP))
        .isEqualTo(RoundingPolicy.GROSZ_HALF_UP)
        .hasSameHashCodeAs(RoundingPolicy.GROSZ_HALF_UP);
    assertThat(RoundingPolicy.GROSZ_HALF_UP).isNotEqualTo(RoundingPolicy.GROSZ_HALF_EVEN);
    assertThat(RoundingPolicy.GROSZ_HALF_UP).isNotEqualTo(RoundingPolicy.FULL_ZLOTY_HALF_UP);
  }

  @ParameterizedTest(name = "{0} → half up {1}, half even {2}")
  @CsvSource({
      "2.345,  2.35,  2.34",   // exactly half, 4 is even: half even keeps it
      "2.355,  2.36,  2.36",   // exactly half, 5 is odd: both go up
      "-2.345, -2.35, -2.34",  // half up is away from zero
      "2.3451, 2.35,  2.35",   // above half: both up
      "2.3449, 2.34,  2.34",
  })
  void halfUpAndHalfEvenDifferOnlyOnExactHalves(String value, String halfUp, String halfEven) {
    assertThat(RoundingPolicy.GROSZ_HALF_UP.round(new BigDecimal(value))).isEqualTo(new BigDecimal(halfUp));
    assertThat(RoundingPolicy.GROSZ_HALF_EVEN.round(new BigDecimal(value))).isEqualTo(new BigDecimal(halfEven));
  }

  @Test
  void roundsToTheFullZlotyAndTruncates() {
    // art. 63 Ordynacja podatkowa: below 50 groszy down, 50 and more up
    assertThat(RoundingPolicy.FULL_ZLOTY_HALF_UP.round(new BigDecimal("1234.50"))).isEqualTo(new BigDecimal("1235"));
    assertThat(RoundingPolicy.FULL_ZLOTY_HALF_UP.round(new BigDecimal("1234.49"))).isEqualTo(new BigDecimal("1234"));
    assertThat(RoundingPolicy.GROSZ_DOWN.round(new BigDecimal("2.349"))).isEqualTo(new BigDecimal("2.34"));
    assertThat(RoundingPolicy.GROSZ_DOWN.round(new BigDecimal("-2.349"))).isEqualTo(new BigDecimal("-2.34"));
    assertThat(RoundingPolicy.GROSZ_HALF_UP.round(new BigDecimal("7"))).isEqualTo(new BigDecimal("7.00"));
  }

  @Test
  void roundsIntermediateAmountsToBookedMoney() {
    assertThat(RoundingPolicy.GROSZ_HALF_UP.round(BigMoney.of(PLN, new BigDecimal("49.99995"))))
        .isEqualTo(Money.of(PLN, new BigDecimal("50.00")));
    assertThat(RoundingPolicy.FULL_ZLOTY_HALF_UP.round(BigMoney.of(PLN, new BigDecimal("450.5004"))))
        .isEqualTo(Money.of(PLN, new BigDecimal("451.00")));
    assertThat(RoundingPolicy.FULL_ZLOTY_HALF_UP.round(BigMoney.of(CurrencyUnit.JPY, new BigDecimal("1.5"))))
        .isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 2));
  }

  @Test
  void refusesToKeepMoreDecimalsThanTheCurrencyHas() {
    RoundingPolicy fourPlaces = RoundingPolicy.of(4, RoundingMode.HALF_UP);

    assertThatThrownBy(() -> fourPlaces.round(BigMoney.of(PLN, new BigDecimal("1.23456"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("rounding.scale");
          assertThat(e.value()).hasValue("4");
          assertThat(e.rule()).isEqualTo("must not exceed the 2 decimal places of PLN");
        })
        .hasMessage("rounding.scale = '4' is invalid: must not exceed the 2 decimal places of PLN");
  }

  @Test
  void unnecessaryRoundingRejectsInexactValues() {
    RoundingPolicy exact = RoundingPolicy.of(2, RoundingMode.UNNECESSARY);

    assertThat(exact.round(new BigDecimal("1.20"))).isEqualTo(new BigDecimal("1.20"));
    assertThatThrownBy(() -> exact.round(new BigDecimal("1.205")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("value");
          assertThat(e.value()).hasValue("1.205");
        })
        .hasMessage("value = '1.205' is invalid: must have at most 2 decimal places");
  }

  @Test
  void rejectsScalesOutsideZeroToEighteen() {
    assertThat(RoundingPolicy.of(18, RoundingMode.DOWN).scale()).isEqualTo(18);
    assertThatThrownBy(() -> RoundingPolicy.of(19, RoundingMode.DOWN))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("scale");
          assertThat(e.value()).hasValue("19");
        })
        .hasMessage("scale = '19' is invalid: must be between 0 and 18");
    assertThatThrownBy(() -> RoundingPolicy.of(-1, RoundingMode.DOWN)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RoundingPolicy.of(2, null))
        .isInstanceOf(NullPointerException.class).hasMessage("mode must not be null");
  }
}
