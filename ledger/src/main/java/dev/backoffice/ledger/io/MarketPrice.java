package dev.backoffice.ledger.io;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;

/**
 * A market price of a journal ({@code P DATE COMMODITY PRICE}): from {@link #date()} on, one unit of
 * {@link #commodity()} is worth {@link #price()}. Used to value amounts ({@code --value}), never to balance a
 * transaction.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class MarketPrice {
  /** The day the price holds from. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The commodity priced. */
  @Value.Parameter
  public abstract CurrencyUnit commodity();

  /** The price of one unit, in another commodity, at the precision written (not rounded to its decimal places). */
  @Value.Parameter
  public abstract BigMoney price();

  @Value.Check
  void check() {
    Checks.check(!price().getCurrencyUnit().equals(commodity()), "price", price(),
        "must be in another commodity than " + commodity());
    Checks.check(!price().isNegative(), "price", price(), "must not be negative");
  }

  /**
   * A price.
   *
   * @param date the day it holds from
   * @param commodity the commodity priced
   * @param price the price of one unit in another commodity
   * @return the price
   * @throws dev.backoffice.core.error.ValidationException when the price is negative or in the same commodity
   */
  public static MarketPrice of(LocalDate date, CurrencyUnit commodity, BigMoney price) {
    return ImmutableMarketPrice.of(date, commodity, price);
  }
}
