package dev.backoffice.ledger.settlement;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/** The part of a statement line applied to one open item, in the item's currency, as a positive amount. */
@Value.Immutable
@BackOfficeStyle
public abstract class Allocation {
  /** The item, as of the matching date. */
  @Value.Parameter
  public abstract OpenItem item();

  /** How much of the item the line settles, positive, at most its open amount. */
  @Value.Parameter
  public abstract Money amount();

  /**
   * An allocation.
   *
   * @param item the item
   * @param amount the positive amount applied
   * @return the allocation
   */
  public static Allocation of(OpenItem item, Money amount) {
    return ImmutableAllocation.of(item, amount);
  }
}
