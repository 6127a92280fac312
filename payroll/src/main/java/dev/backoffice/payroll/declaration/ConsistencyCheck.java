package dev.backoffice.payroll.declaration;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/** A comparison of two figures that the law says must agree, and whether they do. */
@Value.Immutable(builder = false)
@BackOfficeStyle
public abstract class ConsistencyCheck {
  /** A stable identifier, e.g. {@code "pit11-revenue:E-1:2025"}. */
  @Value.Parameter
  public abstract String code();

  /** What is compared. */
  @Value.Parameter
  public abstract String description();

  /** The figure the declaration shows. */
  @Value.Parameter
  public abstract Money declared();

  /** The figure it must equal. */
  @Value.Parameter
  public abstract Money expected();

  /** True when they are equal. */
  @Value.Derived
  public boolean passed() {
    return declared().isEqual(expected());
  }

  /**
   * A check.
   *
   * @param code the identifier
   * @param description what is compared
   * @param declared the declared figure
   * @param expected the figure it must equal
   * @return the check
   */
  public static ConsistencyCheck of(String code, String description, Money declared, Money expected) {
    return ImmutableConsistencyCheck.of(code, description, declared, expected);
  }

  /** {@code "OK pit11-revenue:E-1:2025: … 300000.00 = 300000.00"}. */
  @Override
  public String toString() {
    return (passed() ? "OK " : "FAILED ") + code() + ": " + description() + " " + declared().getAmount().toPlainString()
        + (passed() ? " = " : " ≠ ") + expected().getAmount().toPlainString();
  }
}
