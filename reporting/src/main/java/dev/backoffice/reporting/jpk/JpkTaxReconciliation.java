package dev.backoffice.reporting.jpk;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The {@code RPD} section of JPK_KR_PD (rozliczenie podatku dochodowego): the differences between the books
 * and the taxable income that the ledger does not know, in PLN. All zero by default.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JpkTaxReconciliation {
  /** K_1: revenue exempt from tax. */
  @Value.Default
  public Money exemptRevenue() {
    return zero();
  }

  /** K_2: revenue not taxable this year. */
  @Value.Default
  public Money revenueNotTaxableThisYear() {
    return zero();
  }

  /** K_3: revenue taxable this year, booked in earlier years. */
  @Value.Default
  public Money revenueTaxableFromEarlierYears() {
    return zero();
  }

  /** K_4: costs that are never tax-deductible. */
  @Value.Default
  public Money nonDeductibleCosts() {
    return zero();
  }

  /** K_5: costs not deductible this year. */
  @Value.Default
  public Money costsNotDeductibleThisYear() {
    return zero();
  }

  /** K_6: costs deductible this year, booked in earlier years. */
  @Value.Default
  public Money costsDeductibleFromEarlierYears() {
    return zero();
  }

  /** K_7: taxable revenue not in the books. */
  @Value.Default
  public Money taxableRevenueNotInBooks() {
    return zero();
  }

  /** K_8: deductible costs not in the books. */
  @Value.Default
  public Money deductibleCostsNotInBooks() {
    return zero();
  }

  private static Money zero() {
    return Money.zero(Monies.PLN);
  }

  /** All eight amounts zero. */
  public static JpkTaxReconciliation none() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJpkTaxReconciliation.Builder builder() {
    return ImmutableJpkTaxReconciliation.builder();
  }

  /** K_1 … K_8 in order. */
  public java.util.List<Money> amounts() {
    return java.util.List.of(exemptRevenue(), revenueNotTaxableThisYear(), revenueTaxableFromEarlierYears(),
        nonDeductibleCosts(), costsNotDeductibleThisYear(), costsDeductibleFromEarlierYears(),
        taxableRevenueNotInBooks(), deductibleCostsNotInBooks());
  }

  @Value.Check
  void check() {
    for (int i = 0; i < 8; i++) {
      Checks.check(amounts().get(i).getCurrencyUnit().equals(Monies.PLN), "JPK RPD", "K_" + (i + 1), amounts().get(i),
          "must be in PLN");
    }
  }
}
