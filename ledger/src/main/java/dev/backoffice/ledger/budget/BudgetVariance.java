package dev.backoffice.ledger.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.time.AccountingPeriod;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One row of a budget-versus-actual report (wykonanie budżetu) for one budget line over one span of periods:
 * budget, actuals, commitments, what is still available and the share used.
 *
 * <p>{@link #period()} is one month for period rows, or the span from the start of the fiscal year to the
 * end of a period for cumulative (year-to-date, annual) rows. Commitments are open orders and contracts
 * plus pending (reserved) ledger entries. {@code available = budget − actual − commitments} (negative when
 * overspent); {@code percentUsed = (actual + commitments) / budget × 100 %}, rounded half up to two decimals
 * of a percent, empty when the budget is zero.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetVariance {
  /** The budget. */
  public abstract String budgetId();

  /** The budget's version when the row was made. */
  public abstract BudgetVersion version();

  /** The line. */
  public abstract String lineId();

  /** The accounts of the line. */
  public abstract AccountSelector accounts();

  /** The tags of the line. */
  public abstract Dimensions dimensions();

  /** The span of the row: one period, or year start to a period end. */
  public abstract AccountingPeriod period();

  /** The budget of the span (after revisions). */
  public abstract Money budget();

  /** Posted actuals in the span. */
  public abstract Money actual();

  /** Open commitments and pending entries dated in the span. */
  public abstract Money commitments();

  /** {@code budget − actual − commitments}. */
  public abstract Money available();

  /** {@code (actual + commitments) / budget}, as a percentage with two decimals; empty for a zero budget. */
  public abstract Optional<Rate> percentUsed();

  /**
   * A builder (rows are made by {@link BudgetControl}).
   *
   * @return a new builder
   */
  public static ImmutableBudgetVariance.Builder builder() {
    return ImmutableBudgetVariance.builder();
  }
}
