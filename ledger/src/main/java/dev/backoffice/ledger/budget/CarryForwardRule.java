package dev.backoffice.ledger.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Whether and how much unused budget of a line moves to the same line of the next fiscal year's budget
 * when {@link BudgetControl#carryForward} is run (SAP's residual-budget carry-forward).
 *
 * <p>The unused amount is the line's annual availability, {@code budget − actuals − commitments}, when
 * positive. It is capped by {@link #capPercent()} of the line's annual budget (rounded toward zero to the
 * minor unit) and by {@link #capAmount()}, whichever is smaller. Open commitments are not carried: they
 * stay in their year (register an order again, dated in the new year, if it moves).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class CarryForwardRule {
  private static final CarryForwardRule NONE = ImmutableCarryForwardRule.builder().enabled(false).build();
  private static final CarryForwardRule UNUSED = ImmutableCarryForwardRule.builder().enabled(true).build();

  /** Whether anything is carried. */
  public abstract boolean enabled();

  /** At most this share of the line's annual budget is carried. */
  public abstract Optional<Rate> capPercent();

  /** At most this amount is carried. */
  public abstract Optional<Money> capAmount();

  /**
   * Nothing is carried forward: unused budget lapses at year end (the default).
   *
   * @return the rule
   */
  public static CarryForwardRule none() {
    return NONE;
  }

  /**
   * All unused budget is carried forward.
   *
   * @return the rule
   */
  public static CarryForwardRule unused() {
    return UNUSED;
  }

  /**
   * Unused budget is carried forward up to a share of the annual budget.
   *
   * @param percent the cap, e.g. 10 %
   * @return a copy with the cap
   */
  public CarryForwardRule withCapPercent(Rate percent) {
    return ImmutableCarryForwardRule.copyOf(this).withCapPercent(percent);
  }

  /**
   * Unused budget is carried forward up to an amount.
   *
   * @param amount the cap in the budget's currency
   * @return a copy with the cap
   */
  public CarryForwardRule withCapAmount(Money amount) {
    return ImmutableCarryForwardRule.copyOf(this).withCapAmount(amount);
  }

  /**
   * The amount to carry, in minor units.
   *
   * @param annualBudgetMinor the line's annual budget
   * @param availableMinor the line's annual availability (budget − actuals − commitments), may be negative
   * @return the amount carried, zero or more
   */
  long carriedMinor(long annualBudgetMinor, long availableMinor) {
    if (!enabled() || availableMinor <= 0) {
      return 0;
    }
    long carried = availableMinor;
    if (capPercent().isPresent()) {
      carried = Math.min(carried, BigDecimal.valueOf(annualBudgetMinor).multiply(capPercent().get().fraction())
          .setScale(0, RoundingMode.DOWN).longValueExact());
    }
    if (capAmount().isPresent()) {
      carried = Math.min(carried, capAmount().get().getAmountMinorLong());
    }
    return Math.max(0, carried);
  }

  @Value.Check
  void check() {
    capPercent().ifPresent(p -> Checks.check(!p.isNegative() && p.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0,
        "carry-forward rule", "capPercent", p, "must be between 0% and 100%"));
    capAmount().ifPresent(a -> Checks.check(!a.isNegative(), "carry-forward rule", "capAmount", a, "must not be negative"));
    Checks.check(enabled() || (capPercent().isEmpty() && capAmount().isEmpty()), "carry-forward rule", "enabled",
        false, "must be true when a cap is given");
  }

  /** {@code "none"}, {@code "unused"} or {@code "unused up to 10%"}. */
  @Override
  public String toString() {
    if (!enabled()) {
      return "none";
    }
    StringBuilder s = new StringBuilder("unused");
    capPercent().ifPresent(p -> s.append(" up to ").append(p));
    capAmount().ifPresent(a -> s.append(" up to ").append(a));
    return s.toString();
  }
}
