package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Values amounts at a journal's market prices, as {@code hledger bal -X COMMODITY} does (hledger 1.25, "Market
 * prices"): an amount of commodity A is valued in B at A's latest price in B dated on or before the valuation
 * date (a {@code P} directive); failing that, at the inverse of B's latest price in A on or before that date; an
 * amount for which neither exists keeps its commodity. Chains of prices through a third commodity are not
 * followed, and prices are never inferred from transactions ({@code @}, {@code @@}). Immutable.
 *
 * <pre>{@code
 * MarketPrices prices = MarketPrices.of(journal.prices());
 * Optional<BigDecimal> rate = prices.rate(EUR, PLN, LocalDate.of(2025, 1, 31));   // PLN per EUR
 * }</pre>
 */
public final class MarketPrices {
  /** Digits kept when a price is inverted. */
  private static final MathContext INVERSE = MathContext.DECIMAL128;

  private final ImmutableList<MarketPrice> prices;

  private MarketPrices(ImmutableList<MarketPrice> prices) {
    this.prices = prices;
  }

  /**
   * The prices of a journal.
   *
   * @param prices the prices in file order (for one commodity pair and day, the last one counts)
   * @return the prices
   */
  public static MarketPrices of(List<MarketPrice> prices) {
    Checks.notNull(prices, "prices");
    // stable: by date, then file order
    return new MarketPrices(ImmutableList.sortedCopyOf(Comparator.comparing(MarketPrice::date), prices));
  }

  /** The prices, by date and within a date in file order. */
  public ImmutableList<MarketPrice> prices() {
    return prices;
  }

  /**
   * The value of one unit of {@code from} in {@code to} on a date.
   *
   * @param from the commodity valued
   * @param to the commodity to value it in
   * @param date the valuation date
   * @return the rate: 1 for the same commodity; a direct price; the inverse of a reverse one; empty when none
   */
  public Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(date, "date");
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    MarketPrice direct = latest(from, to, date);
    if (direct != null) {
      return Optional.of(direct.price().getAmount());
    }
    MarketPrice reverse = latest(to, from, date);
    if (reverse != null && reverse.price().isPositive()) {
      return Optional.of(BigDecimal.ONE.divide(reverse.price().getAmount(), INVERSE));
    }
    return Optional.empty();
  }

  /**
   * Balances valued in a commodity: each account's amounts converted at {@link #rate} and summed exactly, then
   * rounded half-even to the commodity's decimal places once per account (as hledger shows a valued balance);
   * amounts without a price keep their commodity.
   *
   * @param rows balances, by account then commodity
   * @param target the commodity to value in
   * @param date the valuation date
   * @return the valued balances, non-zero only, by account then commodity code
   */
  public ImmutableList<BalanceRow> value(List<BalanceRow> rows, CurrencyUnit target, LocalDate date) {
    Checks.notNull(rows, "rows");
    Checks.notNull(target, "target");
    Checks.notNull(date, "date");
    Map<String, Map<CurrencyUnit, BigDecimal[]>> sums = new TreeMap<>();
    for (BalanceRow r : rows) {
      add(sums, r.account(), r.commodity(), target, date, r.amount());
    }
    ImmutableList.Builder<BalanceRow> out = ImmutableList.builder();
    sums.forEach((account, byCommodity) -> byCommodity.forEach((cu, v) -> {
      Money m = round(cu, v[0]);
      if (!m.isZero()) {
        out.add(BalanceRow.of(account, m));
      }
    }));
    return out.build();
  }

  /**
   * A turnover valued in a commodity: every amount of each row (opening, debits, credits, cumulative) converted
   * at {@link #rate} and summed exactly per account. The opening and the closing balance are then rounded
   * half-even once each, as {@link #value(List, CurrencyUnit, LocalDate)} rounds a balance (so the closing balance
   * is the one hledger's {@code bal -X} shows); the debits are rounded on their own and the credits are what makes
   * opening + debits - credits the closing balance, within a cent or two of their own rounding; the conversion rows
   * likewise.
   *
   * @param turnover the turnover
   * @param target the commodity to value in
   * @param date the valuation date
   * @return the valued turnover (same period, prices and last date)
   */
  public JournalTurnover value(JournalTurnover turnover, CurrencyUnit target, LocalDate date) {
    Checks.notNull(turnover, "turnover");
    Checks.notNull(target, "target");
    Checks.notNull(date, "date");
    return ImmutableJournalTurnover.copyOf(turnover).withRows(valueRows(turnover.rows(), target, date))
        .withConversions(valueRows(turnover.conversions(), target, date));
  }

  private ImmutableList<TurnoverRow> valueRows(List<TurnoverRow> rows, CurrencyUnit target, LocalDate date) {
    Map<String, Map<CurrencyUnit, BigDecimal[]>> sums = new TreeMap<>();
    for (TurnoverRow r : rows) {
      add(sums, r.account(), r.commodity(), target, date, r.opening(), r.debit(), r.credit(), r.cumulativeDebit(),
          r.cumulativeCredit());
    }
    ImmutableList.Builder<TurnoverRow> out = ImmutableList.builder();
    sums.forEach((account, byCommodity) -> byCommodity.forEach((cu, v) -> {
      // the opening and the closing balance are each the exact valued balance rounded once, as hledger's bal -X
      // shows a balance; the period's turnover takes what rounding its sides apart would leave over: the debits
      // rounded on their own, the credits what makes opening + debits - credits the closing balance
      Money opening = round(cu, v[0]);
      Money closing = round(cu, v[0].add(v[1]).subtract(v[2]));
      Money debit = round(cu, v[1]);
      Money credit = opening.plus(debit).minus(closing);
      if (credit.isNegative()) {
        debit = closing.minus(opening);
        credit = Money.zero(cu);
      }
      out.add(TurnoverRow.builder().account(account).opening(opening).debit(debit).credit(credit)
          .cumulativeDebit(round(cu, v[3])).cumulativeCredit(round(cu, v[4])).build());
    }));
    return out.build();
  }

  /** Adds amounts of one commodity to an account's sums, converted to {@code target} where a rate exists. */
  private void add(Map<String, Map<CurrencyUnit, BigDecimal[]>> sums, String account, CurrencyUnit commodity,
      CurrencyUnit target, LocalDate date, Money... amounts) {
    Optional<BigDecimal> rate = rate(commodity, target, date);
    CurrencyUnit into = rate.isPresent() ? target : commodity;
    BigDecimal[] s = sums.computeIfAbsent(account, a -> new TreeMap<>()).computeIfAbsent(into, c -> {
      BigDecimal[] zeros = new BigDecimal[amounts.length];
      Arrays.fill(zeros, BigDecimal.ZERO);
      return zeros;
    });
    for (int i = 0; i < amounts.length; i++) {
      BigDecimal v = amounts[i].getAmount();
      s[i] = s[i].add(rate.isPresent() ? v.multiply(rate.get()) : v);
    }
  }

  private static Money round(CurrencyUnit cu, BigDecimal v) {
    return Money.of(cu, v, RoundingMode.HALF_EVEN);
  }

  private @Nullable MarketPrice latest(CurrencyUnit commodity, CurrencyUnit in, LocalDate date) {
    MarketPrice found = null;
    for (MarketPrice p : prices) {
      if (p.date().isAfter(date)) {
        break;
      }
      if (p.commodity().equals(commodity) && p.price().getCurrencyUnit().equals(in)) {
        found = p;
      }
    }
    return found;
  }
}
