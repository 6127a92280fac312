package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.MoneyAllocator;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * How an annual amount is spread over the periods of a fiscal year (rozkład budżetu na miesiące). The
 * parts always add up exactly to the annual amount: they are computed with {@link MoneyAllocator}
 * (largest remainder; leftover grosze go to the periods with the largest remainders, earlier periods first
 * on ties).
 *
 * <p>For amounts set by hand per period, give them directly to {@code BudgetLine.builder().amounts(...)}; the
 * annual amount is then their sum.
 *
 * <pre>{@code
 * Phasing.equal().spread(Monies.of("PLN", "1000.00"), FiscalYear.calendar(2025));
 * // 83.34 × 4, then 83.33 × 8 — sums to 1000.00
 * }</pre>
 */
public final class Phasing {
  private static final Phasing EQUAL = new Phasing("equal", null);
  private static final Phasing BY_DAYS = new Phasing("by days", null);

  private final String name;
  private final @Nullable ImmutableList<BigDecimal> weights;

  private Phasing(String name, @Nullable ImmutableList<BigDecimal> weights) {
    this.name = name;
    this.weights = weights;
  }

  /**
   * Equal parts per period (a shortened or lengthened fiscal year still gets equal parts per period).
   *
   * @return the phasing
   */
  public static Phasing equal() {
    return EQUAL;
  }

  /**
   * Parts proportional to the number of days of each period: fair for a fiscal year whose first or last
   * period is a partial month.
   *
   * @return the phasing
   */
  public static Phasing byDays() {
    return BY_DAYS;
  }

  /**
   * Parts proportional to weights, one per period (seasonality), e.g. twelve monthly sales-season weights.
   *
   * @param weights one non-negative weight per period of the fiscal year, not all zero
   * @return the phasing
   * @throws dev.backoffice.core.error.ValidationException if a weight is negative or all are zero
   */
  public static Phasing byWeights(List<BigDecimal> weights) {
    Checks.notNull(weights, "weights");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = Checks.notNull(weights.get(i), "weights[" + i + "]");
      Checks.check(w.signum() >= 0, "phasing", "weights[" + i + "]", w.toPlainString(), "must not be negative");
      sum = sum.add(w);
    }
    Checks.check(sum.signum() > 0, "phasing", "weights", weights, "must not all be zero");
    return new Phasing("by weights " + weights, ImmutableList.copyOf(weights));
  }

  /**
   * Spreads an annual amount over the periods of a fiscal year.
   *
   * @param annual the annual amount, not negative
   * @param year the fiscal year
   * @return one amount per period of the year, in order, summing exactly to {@code annual}
   * @throws dev.backoffice.core.error.ValidationException if the amount is negative or the number of
   *     weights differs from the number of periods
   */
  public ImmutableList<Money> spread(Money annual, FiscalYear year) {
    Checks.notNull(annual, "annual");
    Checks.notNull(year, "year");
    Checks.check(!annual.isNegative(), "phasing", "annual", annual, "must not be negative");
    ImmutableList<AccountingPeriod> periods = year.periods();
    if (this == EQUAL) {
      return MoneyAllocator.allocateEvenly(annual, periods.size());
    }
    List<BigDecimal> w;
    if (weights == null) {
      w = new ArrayList<>(periods.size());
      for (AccountingPeriod p : periods) {
        w.add(BigDecimal.valueOf(p.lengthInDays()));
      }
    } else {
      Checks.check(weights.size() == periods.size(), "phasing", "weights", weights.size() + " weights",
          "must give one weight for each of the " + periods.size() + " periods of fiscal year " + year.id());
      w = weights;
    }
    return MoneyAllocator.allocate(annual, w);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Phasing && ((Phasing) o).name.equals(name) && Objects.equals(((Phasing) o).weights, weights);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** {@code "equal"}, {@code "by days"} or {@code "by weights [..]"}. */
  @Override
  public String toString() {
    return name;
  }
}
