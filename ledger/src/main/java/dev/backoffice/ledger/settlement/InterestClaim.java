package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.interest.InterestNote;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Statutory late-payment interest (odsetki za opóźnienie w transakcjach handlowych) on one receivable: a note for
 * each part paid after the due date (from the day after it to the payment date) and one for what is still open
 * (to the day of the claim).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class InterestClaim {
  /** The receivable, as of the claim's day. */
  public abstract OpenItem item();

  /** The notes, late payments first in date order, the open rest last. */
  public abstract ImmutableList<InterestNote> notes();

  /** The sum of the notes' totals, in the item's currency. */
  public Money total() {
    Money t = Money.zero(item().currency());
    for (InterestNote n : notes()) {
      t = t.plus(n.total());
    }
    return t;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableInterestClaim.Builder builder() {
    return ImmutableInterestClaim.builder();
  }
}
