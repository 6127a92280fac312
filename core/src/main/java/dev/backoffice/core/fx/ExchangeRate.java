package dev.backoffice.core.fx;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.immutables.value.Value;

/**
 * An exchange rate (kurs waluty): one unit of {@link #base()} is worth {@link #rate()} units of
 * {@link #counter()} on {@link #effectiveDate()}, as published by {@link #source()} (e.g. the NBP table
 * {@code "NBP A 012/A/NBP/2025"}). {@code EUR/PLN 4.2150} means 1 EUR = 4.2150 PLN.
 *
 * <p>Conversions name their rounding. {@link #inverse()} and {@link #cross(ExchangeRate)} compute derived
 * rates to {@link #PRECISION} (34 significant digits, half even): enough that converting with
 * {@code HALF_UP} or {@code HALF_EVEN} and converting the result back with {@link #inverse()} stays within one
 * minor unit of the start, <b>provided a minor unit of the counter currency is worth no more than a minor unit
 * of the base currency</b> ({@code rate ≥ 10^(base decimals − counter decimals)}). Otherwise the rounding to
 * the coarser counter unit alone loses more: at PLN/JPY 10, 0.05 PLN → 0.5 JPY → 0 JPY → 0.00 PLN.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class ExchangeRate {
  /** The precision of derived (inverse and cross) rates: 34 significant digits, half even. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** The currency being priced (EUR in EUR/PLN). */
  public abstract CurrencyUnit base();

  /** The currency the price is in (PLN in EUR/PLN). */
  public abstract CurrencyUnit counter();

  /** Units of counter per one unit of base; positive. */
  public abstract BigDecimal rate();

  /** The day the rate applies to (for NBP, the table's publication day). */
  public abstract LocalDate effectiveDate();

  /** Who published it, e.g. {@code "NBP A 012/A/NBP/2025"}; {@code "derived"} for inverse and cross rates. */
  public abstract String source();

  /**
   * A rate.
   *
   * @param base the currency priced
   * @param counter the currency the price is in
   * @param rate units of counter per unit of base, positive
   * @param effectiveDate the day it applies to
   * @param source who published it
   * @return the rate
   * @throws ValidationException if the rate is not positive or the currencies are equal
   */
  public static ExchangeRate of(
      CurrencyUnit base, CurrencyUnit counter, BigDecimal rate, LocalDate effectiveDate, String source) {
    return ImmutableExchangeRate.builder()
        .base(base)
        .counter(counter)
        .rate(rate)
        .effectiveDate(effectiveDate)
        .source(source)
        .build();
  }

  /**
   * A rate from text: {@code ExchangeRate.of("EUR", "PLN", "4.2150", date, "NBP A 012/A/NBP/2025")}.
   *
   * @param base ISO code of the currency priced
   * @param counter ISO code of the currency the price is in
   * @param rate the rate as a plain decimal
   * @param effectiveDate the day it applies to
   * @param source who published it
   * @return the rate
   */
  public static ExchangeRate of(String base, String counter, String rate, LocalDate effectiveDate, String source) {
    return of(
        dev.backoffice.core.money.Monies.currency(base),
        dev.backoffice.core.money.Monies.currency(counter),
        dev.backoffice.core.money.Monies.decimal(rate, "rate"),
        effectiveDate,
        source);
  }

  @Value.Check
  void check() {
    String subject = "exchange rate " + base() + "/" + counter();
    Checks.check(rate().signum() > 0, subject, "rate", rate().toPlainString(), "must be positive");
    Checks.check(!base().equals(counter()), subject, "counter", counter(), "must differ from the base currency");
    Checks.check(!source().isBlank(), subject, "source", source(), "must not be blank");
  }

  /**
   * Converts an amount of the base currency into the counter currency, rounding to the counter
   * currency's decimal places with the given mode.
   *
   * @param amount an amount in {@link #base()}
   * @param rounding how the exact product is rounded
   * @return the amount in {@link #counter()}
   * @throws ValidationException if the amount is not in the base currency
   */
  public Money convert(Money amount, RoundingMode rounding) {
    Checks.notNull(amount, "amount");
    Checks.notNull(rounding, "rounding");
    Checks.check(amount.getCurrencyUnit().equals(base()), "exchange rate " + base() + "/" + counter(), "amount", amount,
        "must be in " + base());
    return Money.of(counter(), amount.getAmount().multiply(rate()), rounding);
  }

  /**
   * The inverse rate (PLN/EUR from EUR/PLN), computed to {@link #PRECISION}.
   *
   * @return the inverse, with the same date and a source naming this rate
   */
  public ExchangeRate inverse() {
    return of(counter(), base(), BigDecimal.ONE.divide(rate(), PRECISION), effectiveDate(), "inverse of " + source());
  }

  /**
   * The cross rate through a shared currency: {@code EUR/PLN × PLN/USD = EUR/USD}. The other rate may
   * also be given the other way round ({@code USD/PLN}); it is inverted as needed.
   *
   * @param other a rate that shares exactly one currency with this one
   * @return the cross rate, dated the later of the two dates
   * @throws ValidationException if the rates share no currency
   */
  public ExchangeRate cross(ExchangeRate other) {
    Checks.notNull(other, "other");
    ExchangeRate first = this;
    ExchangeRate second = other;
    if (first.counter().equals(second.counter())) {
      second = second.inverse();
    } else if (first.base().equals(second.base())) {
      first = first.inverse();
    } else if (first.base().equals(second.counter())) {
      ExchangeRate t = first;
      first = second;
      second = t;
    }
    if (!first.counter().equals(second.base()) || first.base().equals(second.counter())) {
      throw new ValidationException("exchange rate " + base() + "/" + counter(), "other",
          other.base() + "/" + other.counter(), "must share exactly one currency for a cross rate");
    }
    LocalDate date = first.effectiveDate().isAfter(second.effectiveDate()) ? first.effectiveDate() : second.effectiveDate();
    return of(first.base(), second.counter(), first.rate().multiply(second.rate(), PRECISION), date,
        "cross of " + first.source() + " and " + second.source());
  }
}
