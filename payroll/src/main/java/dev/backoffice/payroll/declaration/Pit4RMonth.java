package dev.backoffice.payroll.declaration;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The tax withheld in one month of payment: advances on employment pay and the benefits the workplace pays
 * (art. 31–32 PIT), advances on personal activity — mandate and specific-task contracts (art. 41 ust. 1) — and,
 * apart, the flat tax on small agreements (art. 30 ust. 1 pkt 5a), which is declared in PIT-8AR, not PIT-4R.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Pit4RMonth {
  /** The month of payment, 1–12. */
  public abstract int month();

  /** Advances withheld from employment pay and benefits (art. 32). */
  public abstract Money employment();

  /** Advances withheld from mandate and specific-task pay (art. 41 ust. 1). */
  public abstract Money personalActivity();

  /** Flat tax withheld on small agreements (PIT-8AR, not part of {@link #total()}). */
  public abstract Money flatTax();

  /** The month's advances in PIT-4R. */
  @Value.Derived
  public Money total() {
    return employment().plus(personalActivity());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePit4RMonth.Builder builder() {
    return ImmutablePit4RMonth.builder();
  }
}
