package dev.backoffice.core.money;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * How an exact result becomes a booked amount: a number of decimal places and a {@link RoundingMode}.
 * Backoffice never rounds implicitly; every rounding names its policy.
 *
 * <p>Named policies: {@link #GROSZ_HALF_UP} (contributions, VAT: to the grosz, half up),
 * {@link #FULL_ZLOTY_HALF_UP} (tax base and PIT advance: to the full złoty, art. 63 Ordynacja podatkowa),
 * {@link #GROSZ_HALF_EVEN} (banker's rounding, for statistics and FX where the counterparty uses it).
 */
public final class RoundingPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Two decimal places, half up: the grosz. */
  public static final RoundingPolicy GROSZ_HALF_UP = new RoundingPolicy("GROSZ_HALF_UP", 2, RoundingMode.HALF_UP);
  /** No decimal places, half up: the full złoty (50 groszy and more go up). */
  public static final RoundingPolicy FULL_ZLOTY_HALF_UP =
      new RoundingPolicy("FULL_ZLOTY_HALF_UP", 0, RoundingMode.HALF_UP);
  /** Two decimal places, half even (banker's rounding). */
  public static final RoundingPolicy GROSZ_HALF_EVEN =
      new RoundingPolicy("GROSZ_HALF_EVEN", 2, RoundingMode.HALF_EVEN);
  /** Two decimal places, toward zero (truncation). */
  public static final RoundingPolicy GROSZ_DOWN = new RoundingPolicy("GROSZ_DOWN", 2, RoundingMode.DOWN);

  private final String name;
  private final int scale;
  private final RoundingMode mode;

  private RoundingPolicy(String name, int scale, RoundingMode mode) {
    this.name = name;
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * A policy with the given number of decimal places and mode.
   *
   * @param scale the decimal places kept, 0 to 18 (the number of decimals of the rounded result)
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} makes any inexact result an error
   * @return the policy
   */
  public static RoundingPolicy of(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    Checks.check(scale >= 0 && scale <= 18, "scale", scale, "must be between 0 and 18");
    return new RoundingPolicy("SCALE_" + scale + "_" + mode, scale, mode);
  }

  /** The number of decimal places kept. */
  public int scale() {
    return scale;
  }

  /** The rounding mode. */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * Rounds a number.
   *
   * @param value the exact value
   * @return the value with exactly {@link #scale()} decimal places
   * @throws ValidationException if the mode is {@code UNNECESSARY} and rounding is needed
   */
  public BigDecimal round(BigDecimal value) {
    try {
      return value.setScale(scale, mode);
    } catch (ArithmeticException e) {
      throw new ValidationException("value", value.toPlainString(), "must have at most " + scale + " decimal places");
    }
  }

  /**
   * Rounds an intermediate result into a booked amount in the same currency.
   *
   * @param value the exact intermediate amount
   * @return the rounded amount at the currency's scale
   * @throws ValidationException if this policy keeps more decimals than the currency has (scale overflow)
   */
  public Money round(BigMoney value) {
    int currencyScale = value.getCurrencyUnit().getDecimalPlaces();
    if (scale > currencyScale && currencyScale >= 0) {
      throw new ValidationException(
          "rounding.scale", scale, "must not exceed the " + currencyScale + " decimal places of " + value.getCurrencyUnit());
    }
    return Money.of(value.getCurrencyUnit(), round(value.getAmount()), RoundingMode.UNNECESSARY);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RoundingPolicy
        && ((RoundingPolicy) obj).scale == scale
        && ((RoundingPolicy) obj).mode == mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, mode);
  }

  /** The policy's name, e.g. {@code "GROSZ_HALF_UP"}. */
  @Override
  public String toString() {
    return name;
  }
}
