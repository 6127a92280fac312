package dev.backoffice.core.fx;

import dev.backoffice.core.error.NotFoundException;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;

/** No exchange rate answers a request for a currency pair and date under the lookup policy used. */
public class MissingExchangeRateException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  private final CurrencyUnit base;
  private final CurrencyUnit counter;
  private final LocalDate date;
  private final RateLookup lookup;

  /**
   * Creates the failure.
   *
   * @param base the currency priced
   * @param counter the currency of the price
   * @param date the date asked for
   * @param lookup the policy used to look
   */
  public MissingExchangeRateException(CurrencyUnit base, CurrencyUnit counter, LocalDate date, RateLookup lookup) {
    super("exchange rate", base + "/" + counter + "@" + date,
        "no exchange rate " + base + "/" + counter + " for " + date + " (lookup " + lookup + ")");
    this.base = base;
    this.counter = counter;
    this.date = date;
    this.lookup = lookup;
  }

  /** The currency priced. */
  public CurrencyUnit base() {
    return base;
  }

  /** The currency of the price. */
  public CurrencyUnit counter() {
    return counter;
  }

  /** The date asked for. */
  public LocalDate date() {
    return date;
  }

  /** The lookup policy that found nothing. */
  public RateLookup lookup() {
    return lookup;
  }
}
