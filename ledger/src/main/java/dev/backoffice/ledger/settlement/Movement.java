package dev.backoffice.ledger.settlement;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.EntryId;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One posting's effect on an open item, with the item's state after it: a line of the item's history.
 *
 * <p>Amounts are signed as balances are: debit positive, credit negative. {@link #amount()} is in the item's
 * currency, {@link #base()} and the other base values in the ledger's base currency.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Movement {
  /** The ledger entry of the posting. */
  public abstract EntryId entry();

  /** The effective date of the posting. */
  public abstract LocalDate date();

  /** The entry's document number (e.g. the bank statement's WB/3/2025), empty when it has none. */
  public abstract String reference();

  /** What the posting did. */
  public abstract MovementKind kind();

  /** The part of the posting's amount that fell on this item, signed. */
  public abstract Money amount();

  /** The part of the posting's base-currency value that fell on this item, signed. */
  public abstract Money base();

  /**
   * For a settlement of a foreign-currency item: the realised exchange difference it gave rise to, signed as a
   * line on the item's account would be (positive: the item's account must be debited, a gain).
   */
  public abstract Money difference();

  /** The item's open amount after the posting. */
  public abstract Money openAfter();

  /** The item's base-currency value after the posting (what the ledger carries). */
  public abstract Money baseOpenAfter();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMovement.Builder builder() {
    return ImmutableMovement.builder();
  }
}
