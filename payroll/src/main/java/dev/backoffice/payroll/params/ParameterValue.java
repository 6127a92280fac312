package dev.backoffice.payroll.params;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One dated legal value: a parameter, its number, the day it takes effect and the legal source that sets it
 * (e.g. {@code "art. 22 ust. 1 ustawy o systemie ubezpieczeń społecznych"}). A value holds until the next
 * value of the same parameter takes effect.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class ParameterValue {
  /** The parameter. */
  public abstract ParameterKey key();

  /** The number, in the parameter's {@link ParameterKey#unit() unit}. */
  public abstract BigDecimal value();

  /** The first day on which the value applies. */
  public abstract LocalDate effectiveFrom();

  /** The legal source of the value, non-blank. */
  public abstract String source();

  /**
   * A dated value.
   *
   * @param key the parameter
   * @param value the number in the parameter's unit
   * @param effectiveFrom the first day it applies
   * @param source its legal source
   * @return the value
   * @throws dev.backoffice.core.error.ValidationException if the number does not fit the unit or the source is blank
   */
  public static ParameterValue of(ParameterKey key, BigDecimal value, LocalDate effectiveFrom, String source) {
    return ImmutableParameterValue.builder().key(key).value(value).effectiveFrom(effectiveFrom).source(source).build();
  }

  /**
   * The value as a rate; only for {@link ParameterKey.Unit#PERCENT} parameters.
   *
   * @return e.g. 9.76 %
   */
  @Value.Derived
  @Value.Auxiliary
  public Rate rate() {
    return Rate.ofPercent(value());
  }

  /**
   * The value as money in PLN; only meaningful for {@link ParameterKey.Unit#AMOUNT} parameters.
   *
   * @return e.g. 4,666.00 PLN
   */
  public Money money() {
    return Monies.of(Monies.PLN, value().setScale(2));
  }

  @Value.Check
  void check() {
    String subject = "parameter " + key().key() + " from " + effectiveFrom();
    Checks.check(!source().isBlank(), subject, "source", source(), "must name the legal source of the value");
    BigDecimal v = value();
    Checks.check(v.signum() >= 0, subject, "value", v.toPlainString(), "must not be negative");
    switch (key().unit()) {
      case PERCENT:
        Checks.check(v.compareTo(BigDecimal.valueOf(100)) <= 0 && v.stripTrailingZeros().scale() <= 4, subject, "value",
            v.toPlainString(), "must be a percentage between 0 and 100 with at most four decimals");
        break;
      case AMOUNT:
        Checks.check(v.stripTrailingZeros().scale() <= 2, subject, "value", v.toPlainString(),
            "must be an amount in PLN with at most two decimals");
        break;
      case NUMBER:
        Checks.check(v.stripTrailingZeros().scale() <= 0, subject, "value", v.toPlainString(), "must be a whole number");
        break;
      default:
        throw new IllegalStateException("unit " + key().unit());
    }
  }

  /** {@code "zus.employee.pension = 9.76 from 2025-01-01 (art. 22 …)"}. */
  @Override
  public String toString() {
    return key().key() + " = " + value().toPlainString() + " from " + effectiveFrom() + " (" + source() + ")";
  }
}
