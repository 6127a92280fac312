package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One component of a month's gross pay: an amount in PLN with what it is and whether it is subject to ZUS
 * (social and health contributions) and to PIT. The calculator checks the amount (PLN, not negative) and
 * names the employee and component when it is wrong.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayComponent {
  /** What the component is. */
  public abstract ComponentKind kind();

  /** The name printed on the payslip. */
  @Value.Default
  public String name() {
    return kind().polishName();
  }

  /** The amount, PLN. */
  public abstract Money amount();

  /** True when the amount enters the social contribution base (and so the health base). */
  @Value.Default
  public boolean subjectToZus() {
    return true;
  }

  /** True when the amount is taxable revenue. */
  @Value.Default
  public boolean taxable() {
    return true;
  }

  /**
   * A component subject to ZUS and PIT (base pay, bonus, overtime).
   *
   * @param kind what it is
   * @param amount the amount, PLN
   * @return the component
   */
  public static PayComponent of(ComponentKind kind, Money amount) {
    return builder().kind(kind).amount(amount).build();
  }

  /**
   * A builder, for names and flags.
   *
   * @return a new builder
   */
  public static ImmutablePayComponent.Builder builder() {
    return ImmutablePayComponent.builder();
  }
}
