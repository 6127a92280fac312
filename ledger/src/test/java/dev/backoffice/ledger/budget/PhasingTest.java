package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasingTest {
  private static final FiscalYear FY = FiscalYear.calendar(2025);

  @Test
  void equalPhasingGivesTheLeftoverGroszeToTheFirstPeriods() {
    // 1,000.00 / 12 = 83.333…: 12 × 83.33 = 999.96, the 4 grosze left go to January–April
    assertThat(Phasing.equal().spread(pln("1000.00"), FY)).containsExactly(
        pln("83.34"), pln("83.34"), pln("83.34"), pln("83.34"), pln("83.33"), pln("83.33"),
        pln("83.33"), pln("83.33"), pln("83.33"), pln("83.33"), pln("83.33"), pln("83.33"));
  }

  @Test
  void weightsFollowSeasonality() {
    // weights 2 for December, 1 for the rest: 13 shares of 1,300.00 = 100.00 each, December 200.00
    List<BigDecimal> w = new java.util.ArrayList<>(Collections.nCopies(11, BigDecimal.ONE));
    w.add(BigDecimal.valueOf(2));
    var parts = Phasing.byWeights(w).spread(pln("1300.00"), FY);
    assertThat(parts.subList(0, 11)).allMatch(p -> p.equals(pln("100.00")));
    assertThat(parts.get(11)).isEqualTo(pln("200.00"));
  }

  @Test
  void byDaysIsFairForAShortenedFirstYear() {
    // 2025-07-15..2025-12-31: July has 17 days, Aug–Dec 31+30+31+30+31 = 153; 170 days in all
    FiscalYear first = FiscalYear.of(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 12, 31));
    var parts = Phasing.byDays().spread(pln("1700.00"), first);
    // 1,700.00 × 17/170 = 170.00; 1,700.00 × 31/170 = 310.00; × 30/170 = 300.00
    assertThat(parts).containsExactly(pln("170.00"), pln("310.00"), pln("300.00"), pln("310.00"), pln("300.00"),
        pln("310.00"));
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> Phasing.byWeights(List.of(BigDecimal.ONE)).spread(pln("1.00"), FY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("12 periods");
    assertThatThrownBy(() -> Phasing.byWeights(List.of(BigDecimal.ONE.negate())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> Phasing.byWeights(List.of(BigDecimal.ZERO)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("zero");
    assertThatThrownBy(() -> Phasing.equal().spread(pln("-1.00"), FY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("annual");
  }

  @Test
  void equalityAndText() {
    assertThat(Phasing.byWeights(List.of(BigDecimal.ONE))).isEqualTo(Phasing.byWeights(List.of(BigDecimal.ONE)))
        .isNotEqualTo(Phasing.equal());
    assertThat(Phasing.byDays()).hasToString("by days");
  }
}
