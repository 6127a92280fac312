package dev.backoffice.core.fx;

import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * The source of exchange rates (SPI): NBP tables, a bank feed, a database. Implementations must be
 * thread-safe. Only {@link #find} is required; the default methods apply the lookup policies on top of it.
 */
public interface ExchangeRateProvider {
  /** How many days {@link RateLookup#ON_OR_BEFORE} and {@link RateLookup#PREVIOUS_BUSINESS_DAY} look back. */
  int MAX_LOOKBACK_DAYS = 10;

  /**
   * The rate published for exactly this pair and date, as stored (no inversion or crossing).
   *
   * @param base the currency priced
   * @param counter the currency of the price
   * @param date the effective date
   * @return the rate, or empty when none was published for that date
   */
  Optional<ExchangeRate> find(CurrencyUnit base, CurrencyUnit counter, LocalDate date);

  /**
   * The rate for a pair and date under a lookup policy; a stored inverse pair answers too (inverted).
   *
   * @param base the currency priced
   * @param counter the currency of the price
   * @param date the date of the event
   * @param lookup which published rate answers
   * @return the rate
   * @throws MissingExchangeRateException if none answers
   */
  default ExchangeRate rate(CurrencyUnit base, CurrencyUnit counter, LocalDate date, RateLookup lookup) {
    Checks.notNull(base, "base");
    Checks.notNull(counter, "counter");
    Checks.notNull(date, "date");
    Checks.notNull(lookup, "lookup");
    LocalDate d = lookup == RateLookup.PREVIOUS_BUSINESS_DAY ? date.minusDays(1) : date;
    int days = lookup == RateLookup.EXACT_DATE ? 1 : MAX_LOOKBACK_DAYS;
    for (int i = 0; i < days; i++, d = d.minusDays(1)) {
      Optional<ExchangeRate> direct = find(base, counter, d);
      if (direct.isPresent()) {
        return direct.get();
      }
      Optional<ExchangeRate> inverse = find(counter, base, d);
      if (inverse.isPresent()) {
        return inverse.get().inverse();
      }
    }
    throw new MissingExchangeRateException(base, counter, date, lookup);
  }
}
