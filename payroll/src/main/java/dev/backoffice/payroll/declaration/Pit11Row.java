package dev.backoffice.payroll.declaration;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One row of PIT-11 part E: revenue, costs actually deducted by the payer, income (revenue − costs, never below
 * zero) and the advances withheld, summed over the payouts of the year whose revenue belongs to the row.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Pit11Row {
  /** The row. */
  public abstract Pit11Source source();

  /** Column b: revenue (taxable, without exempt revenue), PLN. */
  public abstract Money revenue();

  /** Column c: costs of income the payer deducted, at most the revenue, PLN. */
  public abstract Money costs();

  /** Column f: advances withheld, whole złoty. */
  public abstract Money advance();

  /** Column d: income, revenue − costs. */
  @Value.Derived
  public Money income() {
    return revenue().minus(costs());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePit11Row.Builder builder() {
    return ImmutablePit11Row.builder();
  }

  @Value.Check
  void check() {
    dev.backoffice.core.error.Checks.check(!costs().isGreaterThan(revenue()), "PIT-11 row " + source().row(), "costs", costs(),
        "must not exceed the revenue " + revenue());
  }
}
