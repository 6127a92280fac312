package dev.backoffice.core.money;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A percentage or tax rate as an exact decimal fraction: {@code Rate.ofPercent("9.76")} is 0.0976.
 * Never a {@code double}. Applying a rate to money always names the rounding.
 *
 * <p>Two rates are equal when their values are numerically equal ({@code 9.76 %} equals {@code 9.760 %}).
 */
public final class Rate implements Comparable<Rate>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Zero percent. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);
  /** One hundred percent. */
  public static final Rate ONE_HUNDRED_PERCENT = new Rate(BigDecimal.ONE);

  private final BigDecimal fraction;

  private Rate(BigDecimal fraction) {
    BigDecimal normalized = fraction.stripTrailingZeros();
    this.fraction = normalized.scale() < 0 ? normalized.setScale(0, RoundingMode.UNNECESSARY) : normalized;
  }

  /**
   * A rate from a percentage written as text, e.g. {@code "9.76"} for 9.76 %.
   *
   * @param percent the percentage, a plain decimal number (a {@code %} sign is not allowed)
   * @return the rate
   * @throws ValidationException if the text is not a decimal number
   */
  public static Rate ofPercent(String percent) {
    return ofPercent(parse(percent, "percent"));
  }

  /**
   * A rate from a percentage, e.g. {@code 9.76} for 9.76 %.
   *
   * @param percent the percentage
   * @return the rate
   */
  public static Rate ofPercent(BigDecimal percent) {
    Checks.notNull(percent, "percent");
    return new Rate(percent.movePointLeft(2));
  }

  /**
   * A rate from a decimal fraction, e.g. {@code "0.0976"} for 9.76 %.
   *
   * @param fraction the fraction as text
   * @return the rate
   */
  public static Rate ofFraction(String fraction) {
    return ofFraction(parse(fraction, "fraction"));
  }

  /**
   * A rate from a decimal fraction, e.g. {@code 0.0976} for 9.76 %.
   *
   * @param fraction the fraction
   * @return the rate
   */
  public static Rate ofFraction(BigDecimal fraction) {
    Checks.notNull(fraction, "fraction");
    return new Rate(fraction);
  }

  private static BigDecimal parse(@Nullable String text, String field) {
    Checks.notNull(text, field);
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(field, text, "must be a decimal number such as 9.76");
    }
  }

  /** The rate as a decimal fraction (9.76 % → 0.0976). */
  public BigDecimal fraction() {
    return fraction;
  }

  /** The rate as a percentage (0.0976 → 9.76). */
  public BigDecimal percent() {
    BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0, RoundingMode.UNNECESSARY) : p;
  }

  /** True when the rate is exactly zero. */
  public boolean isZero() {
    return fraction.signum() == 0;
  }

  /** True when the rate is below zero. */
  public boolean isNegative() {
    return fraction.signum() < 0;
  }

  /**
   * The sum of two rates (e.g. pension 9.76 % + disability 1.5 %).
   *
   * @param other the rate to add
   * @return the exact sum
   */
  public Rate plus(Rate other) {
    return new Rate(fraction.add(other.fraction));
  }

  /**
   * The difference of two rates.
   *
   * @param other the rate to subtract
   * @return the exact difference
   */
  public Rate minus(Rate other) {
    return new Rate(fraction.subtract(other.fraction));
  }

  /**
   * The exact product of the rate and a number, unrounded.
   *
   * @param base the base amount
   * @return {@code base × rate}, exact
   */
  public BigDecimal applyTo(BigDecimal base) {
    return base.multiply(fraction);
  }

  /**
   * The exact product of the rate and an amount of money, unrounded, for intermediate results.
   *
   * @param base the base
   * @return {@code base × rate}, exact
   */
  public BigMoney applyTo(BigMoney base) {
    return base.multipliedBy(fraction);
  }

  /**
   * The rate applied to an amount, rounded by the given policy (e.g. a ZUS contribution: base × 9.76 %,
   * {@link RoundingPolicy#GROSZ_HALF_UP}).
   *
   * @param base the base amount
   * @param rounding how the exact product is rounded
   * @return the rounded product, in the base's currency
   */
  public Money applyTo(Money base, RoundingPolicy rounding) {
    return rounding.round(base.toBigMoney().multipliedBy(fraction));
  }

  @Override
  public int compareTo(Rate other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Rate && ((Rate) obj).fraction.equals(fraction);
  }

  @Override
  public int hashCode() {
    return fraction.hashCode();
  }

  /** The rate as a percentage with a percent sign: {@code "9.76%"}. */
  @Override
  public String toString() {
    return percent().toPlainString() + "%";
  }
}
