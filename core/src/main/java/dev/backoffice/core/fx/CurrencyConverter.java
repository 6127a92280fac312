package dev.backoffice.core.fx;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Converts money between currencies with rates from a provider, a lookup policy and an explicit rounding.
 * When no direct or inverse rate exists, a cross rate through the pivot currency is used (NBP publishes
 * every currency against PLN, so EUR→USD goes EUR/PLN × PLN/USD).
 *
 * <p>Immutable and thread-safe when its provider is.
 */
public final class CurrencyConverter {
  private final ExchangeRateProvider provider;
  private final RateLookup lookup;
  private final @Nullable CurrencyUnit pivot;

  private CurrencyConverter(ExchangeRateProvider provider, RateLookup lookup, @Nullable CurrencyUnit pivot) {
    this.provider = provider;
    this.lookup = lookup;
    this.pivot = pivot;
  }

  /**
   * A converter without a pivot currency.
   *
   * @param provider where rates come from
   * @param lookup which published rate answers a date
   * @return the converter
   */
  public static CurrencyConverter of(ExchangeRateProvider provider, RateLookup lookup) {
    return new CurrencyConverter(Checks.notNull(provider, "provider"), Checks.notNull(lookup, "lookup"), null);
  }

  /**
   * A converter that crosses through a pivot currency when no direct rate exists.
   *
   * @param pivot the pivot currency (usually PLN)
   * @return a new converter
   */
  public CurrencyConverter withPivot(CurrencyUnit pivot) {
    return new CurrencyConverter(provider, lookup, Checks.notNull(pivot, "pivot"));
  }

  /**
   * The rate that converts {@code base} into {@code counter} on a date: direct, inverse, or crossed through
   * the pivot.
   *
   * @param base the currency priced
   * @param counter the currency of the price
   * @param date the date of the event
   * @return the rate
   * @throws MissingExchangeRateException if no rate (direct, inverse or cross) answers
   * @throws ValidationException if base and counter are the same currency
   */
  public ExchangeRate rate(CurrencyUnit base, CurrencyUnit counter, LocalDate date) {
    Checks.notNull(base, "base");
    Checks.notNull(counter, "counter");
    Checks.notNull(date, "date");
    Checks.check(!base.equals(counter), "counter", counter, "must differ from the base currency " + base);
    try {
      return provider.rate(base, counter, date, lookup);
    } catch (MissingExchangeRateException direct) {
      if (pivot == null || pivot.equals(base) || pivot.equals(counter)) {
        throw direct;
      }
      ExchangeRate toPivot = provider.rate(base, pivot, date, lookup);
      return toPivot.cross(provider.rate(pivot, counter, date, lookup));
    }
  }

  /**
   * Converts an amount into another currency, rounding the result to the target currency's scale.
   *
   * @param amount the amount
   * @param target the target currency; the same currency returns the amount unchanged
   * @param date the date of the event
   * @param rounding the rounding mode of the result
   * @return the converted amount
   */
  public Money convert(Money amount, CurrencyUnit target, LocalDate date, RoundingMode rounding) {
    Checks.notNull(amount, "amount");
    Checks.notNull(target, "target");
    Checks.notNull(date, "date");
    Checks.notNull(rounding, "rounding");
    if (amount.getCurrencyUnit().equals(target)) {
      return amount;
    }
    return rate(amount.getCurrencyUnit(), target, date).convert(amount, rounding);
  }
}
