package dev.backoffice.reporting.statement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A line of a computed financial statement: the layout line (identity, labels, depth, kind, nature) with one
 * amount per column (positive on the line's natural side: assets and costs debit, equity, liabilities and
 * revenue credit) and the accounts whose figures it took.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class StatementLine {
  /** The layout line. */
  public abstract LayoutLine layout();

  /** One amount per column of the statement. */
  public abstract ImmutableList<Money> amounts();

  /** For leaf and "of which" lines, the accounts mapped onto it in any column, sorted. */
  public abstract ImmutableList<String> accounts();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableStatementLine.Builder builder() {
    return ImmutableStatementLine.builder();
  }

  /** The layout line's id. */
  public String id() {
    return layout().id();
  }

  /** The marker printed before the label. */
  public String marker() {
    return layout().marker();
  }

  /** The Polish label. */
  public String polish() {
    return layout().polish();
  }

  /** The English label. */
  public String english() {
    return layout().english();
  }

  /** The depth: 0 for a top-level line. */
  public int depth() {
    return layout().depth();
  }

  /** How the amount was obtained. */
  public LineKind kind() {
    return layout().kind();
  }

  /** Which balances the line shows as positive. */
  public LineNature nature() {
    return layout().nature();
  }

  /**
   * The amount of one column.
   *
   * @param column the column index, from 0
   * @return the amount
   */
  public Money amount(int column) {
    return amounts().get(column);
  }
}
