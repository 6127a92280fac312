package dev.backoffice.payroll.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayrollParametersTest {
  private final PayrollParameters std = PayrollParameters.standard();

  @Test
  void bundledYearsHoldTheIssuedFigures() {
    assertThat(std.years().keySet()).containsExactly(2024, 2025, 2026);
    YearParameters y24 = std.year(2024);
    assertThat(y24.value(ParameterKey.MINIMUM_WAGE, LocalDate.of(2024, 6, 30)).money()).isEqualTo(Monies.of("PLN", "4242.00"));
    assertThat(y24.value(ParameterKey.MINIMUM_WAGE, LocalDate.of(2024, 7, 1)).money()).isEqualTo(Monies.of("PLN", "4300.00"));
    assertThat(std.year(2025).number(ParameterKey.MINIMUM_WAGE, LocalDate.of(2025, 5, 1))).isEqualByComparingTo("4666.00");
    assertThat(std.year(2026).number(ParameterKey.MINIMUM_WAGE, LocalDate.of(2026, 5, 1))).isEqualByComparingTo("4806.00");
    assertThat(y24.number(ParameterKey.PENSION_DISABILITY_ANNUAL_CAP, LocalDate.of(2024, 1, 1))).isEqualByComparingTo("234720");
    assertThat(std.year(2025).number(ParameterKey.PENSION_DISABILITY_ANNUAL_CAP, LocalDate.of(2025, 1, 1))).isEqualByComparingTo("260190");
    assertThat(std.year(2026).number(ParameterKey.PENSION_DISABILITY_ANNUAL_CAP, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("282600");
    LocalDate d = LocalDate.of(2025, 1, 1);
    YearParameters y = std.year(2025);
    assertThat(y.value(ParameterKey.EMPLOYEE_PENSION_RATE, d).rate()).isEqualTo(Rate.ofPercent("9.76"));
    assertThat(y.value(ParameterKey.EMPLOYER_DISABILITY_RATE, d).rate()).isEqualTo(Rate.ofPercent("6.5"));
    assertThat(y.value(ParameterKey.GUARANTEED_BENEFITS_FUND_RATE, d).rate()).isEqualTo(Rate.ofPercent("0.1"));
    assertThat(y.number(ParameterKey.RELIEF_ANNUAL_LIMIT, d)).isEqualByComparingTo("85528");
    assertThat(y.number(ParameterKey.PIT_MONTHLY_REDUCTION_THREE_PAYERS, d)).isEqualByComparingTo("100");
    assertThat(y.value(ParameterKey.MINIMUM_WAGE, d).source()).contains("Dz.U. 2024 poz. 1362");
  }

  @Test
  void everyBundledValueNamesItsLegalSource() {
    for (YearParameters y : std.years().values()) {
      assertThat(y.values()).allSatisfy(v -> assertThat(v.source()).matches(".*(art\\.|§|ustaw|rozporządz).*"));
      assertThat(y.values().size()).isGreaterThanOrEqualTo(ParameterKey.values().length);
    }
  }

  @Test
  void unknownYearIsNotFoundNamingTheYear() {
    assertThatThrownBy(() -> std.year(2031)).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.id()).isEqualTo("2031");
      assertThat(e.getMessage()).contains("2024, 2025, 2026");
    });
  }

  @Test
  void malformedFilesNameTheLine() {
    assertThatThrownBy(() -> YearParameters.parse(new StringReader("# c\nminimumWage = 4666.00 | 2025-01-01\n"), "my.properties"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.subject()).contains("my.properties line 2"));
    assertThatThrownBy(() -> YearParameters.parse(new StringReader("nope = 1 | 2025-01-01 | x\n"), "f"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("key"));
    assertThatThrownBy(() -> YearParameters.parse(new StringReader("health.rate = 109 | 2025-01-01 | x\n"), "f"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("between 0 and 100"));
    assertThatThrownBy(() -> YearParameters.parse(new StringReader("health.rate = 9 | 2025-01-01 | x\n"), "f"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("effective on 2025-01-01"));
  }

  @Test
  void withReplacesOneValueAndLeavesTheOriginalUnchanged() {
    YearParameters y = std.year(2025);
    YearParameters changed = y.with(ParameterKey.HEALTH_RATE, new BigDecimal("10"), LocalDate.of(2025, 7, 1), "what-if");
    assertThat(changed.value(ParameterKey.HEALTH_RATE, LocalDate.of(2025, 6, 30)).rate()).isEqualTo(Rate.ofPercent("9"));
    assertThat(changed.value(ParameterKey.HEALTH_RATE, LocalDate.of(2025, 7, 1)).rate()).isEqualTo(Rate.ofPercent("10"));
    assertThat(y.values()).hasSize(std.year(2025).values().size());
    assertThatThrownBy(() -> y.with(ParameterKey.HEALTH_RATE, BigDecimal.ONE, LocalDate.of(2026, 1, 1), "x"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void carriedIntoAnotherYearStartsFromTheValuesInForceInDecember() {
    YearParameters y = std.year(2024).carriedInto(2027);
    assertThat(y.year()).isEqualTo(2027);
    assertThat(y.number(ParameterKey.MINIMUM_WAGE, LocalDate.of(2027, 1, 1))).isEqualByComparingTo("4300");
    assertThat(std.with(y).years().keySet()).containsExactly(2024, 2025, 2026, 2027);
  }
}
