package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/**
 * The answer of a what-if check ({@link BudgetControl#check}): for every budget line the change touches, one
 * {@link BudgetCheckLine} per rule that applies (or one {@link CheckOutcome#NOT_CONTROLLED} line when none
 * does). Nothing was posted or reserved.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetCheck {
  /** The lines, in the order budgets and lines were registered. */
  public abstract ImmutableList<BudgetCheckLine> lines();

  /**
   * A check result.
   *
   * @param lines the lines
   * @return the result
   */
  public static BudgetCheck of(Iterable<? extends BudgetCheckLine> lines) {
    return ImmutableBudgetCheck.builder().lines(lines).build();
  }

  /** True when no line would stop the change. */
  public boolean passes() {
    return lines().stream().noneMatch(l -> l.outcome() == CheckOutcome.STOP);
  }

  /** True when the change would pass with at least one warning. */
  public boolean warns() {
    return passes() && lines().stream().anyMatch(l -> l.outcome() == CheckOutcome.WARNING);
  }
}
