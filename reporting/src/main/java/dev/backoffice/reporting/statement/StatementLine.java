package dev.backoffice.reporting.statement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A line of a computed financial statement: the layout line's identity and labels with one amount per
 * column (positive on the line's natural side: assets and costs debit, equity, liabilities and revenue
 * credit) and the accounts whose figures it took.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class StatementLine {
  /** The layout line's id. */
  public abstract String id();

  /** The marker printed before the label. */
  public abstract String marker();

  /** The Polish label. */
  public abstract String polish();

  /** The English label. */
  public abstract String english();

  /** The depth: 0 for a top-level line. */
  public abstract int depth();

  /** How the amount was obtained. */
  public abstract LineKind kind();

  /** Which balances the line shows as positive. */
  public abstract LineNature nature();

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
