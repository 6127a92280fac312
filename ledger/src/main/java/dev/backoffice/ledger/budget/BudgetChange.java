package dev.backoffice.ledger.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.time.AccountingPeriod;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One amount a {@link BudgetRevision} added to (positive) or took from (negative) one period of one budget
 * line.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetChange {
  /** The budget changed. */
  @Value.Parameter
  public abstract String budgetId();

  /** The line changed. */
  @Value.Parameter
  public abstract String lineId();

  /** The period whose amount changed. */
  @Value.Parameter
  public abstract AccountingPeriod period();

  /** The signed change of the period's budget: positive added, negative taken. */
  @Value.Parameter
  public abstract Money amount();

  /**
   * A change.
   *
   * @param budgetId the budget
   * @param lineId the line
   * @param period the period
   * @param amount the signed change
   * @return the change
   */
  public static BudgetChange of(String budgetId, String lineId, AccountingPeriod period, Money amount) {
    return ImmutableBudgetChange.of(budgetId, lineId, period, amount);
  }

  /** {@code "OPEX-2025/402 2025-03 +500.00 PLN"}. */
  @Override
  public String toString() {
    return budgetId() + "/" + lineId() + " " + period() + " " + (amount().isPositive() ? "+" : "") + amount();
  }
}
