package dev.backoffice.reporting.budget;

import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One row of a budget-versus-actual report: a budget line over one span (a month, or year to date).
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class BudgetVarianceRow {
  /** The budget line's id, e.g. {@code "402/ADM"}. */
  public abstract String lineId();

  /** The line's description. */
  public abstract String description();

  /** The accounts the line covers, as its selector reads ({@code "402"}, {@code "400..409"}, {@code "40*"}). */
  public abstract String accounts();

  /** The span's label: {@code "2025-03"}, or {@code "2025-01..2025-03"} for a year-to-date span. */
  public abstract String period();

  /** The first day of the span. */
  public abstract LocalDate from();

  /** The last day of the span. */
  public abstract LocalDate to();

  /** The figures. */
  public abstract BudgetFigures figures();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBudgetVarianceRow.Builder builder() {
    return ImmutableBudgetVarianceRow.builder();
  }
}
