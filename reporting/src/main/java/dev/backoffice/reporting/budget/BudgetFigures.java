package dev.backoffice.reporting.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The figures of budget control for a line or a total: budget, commitments (open orders and reservations),
 * actual (posted), and what follows from them — available = budget − actual − commitments, variance =
 * budget − actual (positive: under budget), and the share used = (actual + commitments) / budget in percent,
 * rounded half up to two decimals (empty for a zero budget).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetFigures {
  /** The budget. */
  @Value.Parameter
  public abstract Money budget();

  /** Open commitments and reservations. */
  @Value.Parameter
  public abstract Money commitments();

  /** Posted actuals. */
  @Value.Parameter
  public abstract Money actual();

  /**
   * The figures.
   *
   * @param budget the budget
   * @param commitments the open commitments
   * @param actual the actuals
   * @return the figures
   */
  public static BudgetFigures of(Money budget, Money commitments, Money actual) {
    return ImmutableBudgetFigures.of(budget, commitments, actual);
  }

  /** Budget − actual − commitments: what can still be spent (negative when overspent). */
  public Money available() {
    return budget().minus(actual()).minus(commitments());
  }

  /** Budget − actual: positive under budget, negative over. */
  public Money variance() {
    return budget().minus(actual());
  }

  /** (Actual + commitments) / budget × 100, two decimals half up; empty for a zero budget. */
  public Optional<BigDecimal> percentUsed() {
    if (budget().isZero()) {
      return Optional.empty();
    }
    return Optional.of(actual().plus(commitments()).getAmount().multiply(BigDecimal.valueOf(100))
        .divide(budget().getAmount(), 2, RoundingMode.HALF_UP));
  }

  /**
   * The line-wise sum.
   *
   * @param other figures in the same currency
   * @return the sums
   */
  public BudgetFigures plus(BudgetFigures other) {
    return of(budget().plus(other.budget()), commitments().plus(other.commitments()), actual().plus(other.actual()));
  }

  @Value.Check
  void check() {
    Checks.check(budget().getCurrencyUnit().equals(actual().getCurrencyUnit())
            && budget().getCurrencyUnit().equals(commitments().getCurrencyUnit()),
        "budget figures", "currencies", this, "must all be the budget's currency");
  }
}
