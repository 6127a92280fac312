package dev.backoffice.reporting.statement;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An account figure that no mapping rule placed on the statement: a gap in the mapping, reported so that
 * the statement's checks can say why it does not balance.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class UnmappedAmount {
  /** The column's label. */
  @Value.Parameter
  public abstract String column();

  /** The account code. */
  @Value.Parameter
  public abstract String account();

  /** Which figure was left out. */
  @Value.Parameter
  public abstract Measure measure();

  /** The figure, debit minus credit. */
  @Value.Parameter
  public abstract Money amount();

  /**
   * An unmapped figure.
   *
   * @param column the column's label
   * @param account the account
   * @param measure which figure
   * @param amount the figure, debit minus credit
   * @return the value
   */
  public static UnmappedAmount of(String column, String account, Measure measure, Money amount) {
    return ImmutableUnmappedAmount.of(column, account, measure, amount);
  }
}
