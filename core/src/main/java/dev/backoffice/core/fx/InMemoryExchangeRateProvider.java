package dev.backoffice.core.fx;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ConflictException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * An immutable, thread-safe provider over a fixed set of rates, for tests, demos and small applications.
 *
 * <pre>{@code
 * ExchangeRateProvider nbp = InMemoryExchangeRateProvider.of(
 *     ExchangeRate.of("EUR", "PLN", "4.2150", LocalDate.of(2025, 1, 17), "NBP A 012/A/NBP/2025"));
 * }</pre>
 */
public final class InMemoryExchangeRateProvider implements ExchangeRateProvider {
  private final ImmutableMap<Key, ExchangeRate> rates;

  private InMemoryExchangeRateProvider(ImmutableMap<Key, ExchangeRate> rates) {
    this.rates = rates;
  }

  /**
   * A provider over the given rates.
   *
   * @param rates the rates; at most one per pair and date
   * @return the provider
   * @throws ConflictException if two rates are given for the same pair and date
   */
  public static InMemoryExchangeRateProvider of(ExchangeRate... rates) {
    return of(java.util.Arrays.asList(rates));
  }

  /**
   * A provider over the given rates.
   *
   * @param rates the rates; at most one figure per pair and date (repeats of the same figure keep the first)
   * @return the provider
   * @throws ConflictException if two different figures are given for the same pair and date
   */
  public static InMemoryExchangeRateProvider of(Iterable<ExchangeRate> rates) {
    Checks.notNull(rates, "rates");
    Map<Key, ExchangeRate> map = new HashMap<>();
    for (ExchangeRate r : rates) {
      Checks.notNull(r, "rate");
      Key key = new Key(r.base(), r.counter(), r.effectiveDate());
      ExchangeRate prev = map.putIfAbsent(key, r);
      // the same figure written with another scale or from another source is not a conflict: the first is kept
      if (prev != null && prev.rate().compareTo(r.rate()) != 0) {
        throw new ConflictException("exchange rate " + key, "given twice: " + prev.rate() + " and " + r.rate());
      }
    }
    return new InMemoryExchangeRateProvider(ImmutableMap.copyOf(map));
  }

  /**
   * A new provider with one more rate.
   *
   * @param rate the rate to add
   * @return a new provider; this one is unchanged
   */
  public InMemoryExchangeRateProvider with(ExchangeRate rate) {
    java.util.List<ExchangeRate> all = new java.util.ArrayList<>(rates.values());
    all.add(rate);
    return of(all);
  }

  @Override
  public Optional<ExchangeRate> find(CurrencyUnit base, CurrencyUnit counter, LocalDate date) {
    return Optional.ofNullable(rates.get(new Key(base, counter, date)));
  }

  private static final class Key {
    final CurrencyUnit base;
    final CurrencyUnit counter;
    final LocalDate date;

    Key(CurrencyUnit base, CurrencyUnit counter, LocalDate date) {
      this.base = base;
      this.counter = counter;
      this.date = date;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).base.equals(base) && ((Key) o).counter.equals(counter)
          && ((Key) o).date.equals(date);
    }

    @Override
    public int hashCode() {
      return (base.hashCode() * 31 + counter.hashCode()) * 31 + date.hashCode();
    }

    @Override
    public String toString() {
      return base + "/" + counter + "@" + date;
    }
  }
}
