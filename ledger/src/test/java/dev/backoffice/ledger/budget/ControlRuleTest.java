package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import org.junit.jupiter.api.Test;

class ControlRuleTest {
  @Test
  void toleranceIsThePercentRoundedTowardZeroOrTheAmountWhicheverIsSmaller() {
    ControlRule r = ControlRule.stop(ControlScope.ANNUAL);
    assertThat(r.toleranceMinor(1_200_000)).isZero();
    // 2.5 % of 333.33 PLN = 8.33325 PLN → 833 grosze (toward zero)
    assertThat(r.withTolerancePercent(Rate.ofPercent("2.5")).toleranceMinor(33_333)).isEqualTo(833);
    // −10 % of 333.33 = −33.333 → −3,333 grosze (toward zero)
    assertThat(r.withTolerancePercent(Rate.ofPercent("-10")).toleranceMinor(33_333)).isEqualTo(-3_333);
    assertThat(r.withToleranceAmount(pln("50.00")).toleranceMinor(1_200_000)).isEqualTo(5_000);
    ControlRule both = r.withTolerancePercent(Rate.ofPercent("10")).withToleranceAmount(pln("50.00"));
    assertThat(both.toleranceMinor(1_200_000)).isEqualTo(5_000);  // 10 % = 1,200.00 > 50.00
    assertThat(both.toleranceMinor(20_000)).isEqualTo(2_000);     // 10 % = 20.00 < 50.00
  }

  @Test
  void targetsDefaultToBothAndCanBeNarrowed() {
    ControlRule r = ControlRule.warn(ControlScope.MONTHLY_ACCUMULATED);
    assertThat(r.appliesTo(ControlTarget.ACTUALS)).isTrue();
    assertThat(r.appliesTo(ControlTarget.COMMITMENTS)).isTrue();
    ControlRule onlyOrders = r.onlyFor(ControlTarget.COMMITMENTS);
    assertThat(onlyOrders.appliesTo(ControlTarget.ACTUALS)).isFalse();
    assertThat(onlyOrders.action()).isEqualTo(ControlAction.WARN);
    assertThat(ControlRule.ignore().action()).isEqualTo(ControlAction.IGNORE);
    assertThat(onlyOrders.withTolerancePercent(Rate.ofPercent("5")))
        .hasToString("WARN MONTHLY_ACCUMULATED [COMMITMENTS] tolerance 5%");
  }

  @Test
  void absurdTolerancesAreRefused() {
    assertThatThrownBy(() -> ControlRule.stop(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("-101")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("tolerancePercent");
    assertThatThrownBy(() -> ControlRule.stop(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("1000.01")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void carryForwardTakesTheUnusedAmountUpToItsCaps() {
    assertThat(CarryForwardRule.none().carriedMinor(1_000_00, 500_00)).isZero();
    assertThat(CarryForwardRule.unused().carriedMinor(1_000_00, 500_00)).isEqualTo(500_00);
    assertThat(CarryForwardRule.unused().carriedMinor(1_000_00, -1)).isZero();
    // 10 % of 1,000.00 = 100.00; 250.00 amount cap: 100.00
    CarryForwardRule capped = CarryForwardRule.unused().withCapPercent(Rate.ofPercent("10")).withCapAmount(pln("250.00"));
    assertThat(capped.carriedMinor(1_000_00, 500_00)).isEqualTo(100_00);
    assertThat(capped).hasToString("unused up to 10% up to PLN 250.00");
    assertThatThrownBy(() -> CarryForwardRule.unused().withCapPercent(Rate.ofPercent("101")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CarryForwardRule.none().withCapAmount(pln("1.00")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("enabled");
  }
}
