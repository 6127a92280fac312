package dev.backoffice.reporting.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * Budget versus actual (wykonanie budżetu) of one budget: per line and span the budget, commitments, actual,
 * available amount, variance and share used, and the totals over all rows.
 *
 * <p>Checks: each line's actual agrees with the ledger's balances of the line's accounts and tags (year-end
 * closing entries left out), so the budget engine's running figures are verified against the books.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetVsActual implements Report {
  /** The budget's id. */
  public abstract String budgetId();

  /** The budget's name. */
  public abstract String name();

  /** The budget's version ({@code DRAFT}, {@code APPROVED}, …). */
  public abstract String version();

  /** The fiscal year, as its id reads. */
  public abstract String fiscalYear();

  /** The currency of every amount. */
  public abstract CurrencyUnit currency();

  /** The rows, by line then span. */
  public abstract ImmutableList<BudgetVarianceRow> rows();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBudgetVsActual.Builder builder() {
    return ImmutableBudgetVsActual.builder();
  }

  /** The sums over all rows (meaningful when the rows do not overlap, e.g. one row per line and month). */
  public BudgetFigures total() {
    BudgetFigures t = BudgetFigures.of(org.joda.money.Money.zero(currency()), org.joda.money.Money.zero(currency()),
        org.joda.money.Money.zero(currency()));
    for (BudgetVarianceRow r : rows()) {
      t = t.plus(r.figures());
    }
    return t;
  }
}
