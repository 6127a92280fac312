package dev.backoffice.ledger.settlement;

import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/** Which items to list: as of a date, optionally of one account, counterparty or currency. */
@Value.Immutable
@BackOfficeStyle
public abstract class ItemQuery {
  /** The last day counted. */
  public abstract LocalDate asOf();

  /** Only items on this account. */
  public abstract Optional<String> account();

  /** Only items of this counterparty. */
  public abstract Optional<String> partner();

  /** Only items in this currency. */
  public abstract Optional<CurrencyUnit> currency();

  /** Settled items too (open amount and base value both zero); false by default. */
  @Value.Default
  public boolean includeSettled() {
    return false;
  }

  /**
   * The open items of every account and counterparty as of a date.
   *
   * @param asOf the last day counted
   * @return the query
   */
  public static ItemQuery asOf(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableItemQuery.Builder builder() {
    return ImmutableItemQuery.builder();
  }
}
