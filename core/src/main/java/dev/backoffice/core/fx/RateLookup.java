package dev.backoffice.core.fx;

/**
 * Which published rate answers a request for a date.
 */
public enum RateLookup {
  /** Only a rate effective on exactly that date; otherwise a {@link MissingExchangeRateException}. */
  EXACT_DATE,
  /**
   * The latest rate effective on or before the date (a weekend or holiday takes the last business day's
   * table), looking back at most {@link ExchangeRateProvider#MAX_LOOKBACK_DAYS} days.
   */
  ON_OR_BEFORE,
  /**
   * The latest rate effective strictly before the date: the Polish tax rule for income and costs in
   * foreign currency (the average NBP rate of the last business day preceding the day of the event,
   * art. 11a ust. 1 ustawy o PIT, art. 15a ust. 1 ustawy o CIT); looks back at most
   * {@link ExchangeRateProvider#MAX_LOOKBACK_DAYS} days.
   */
  PREVIOUS_BUSINESS_DAY
}
