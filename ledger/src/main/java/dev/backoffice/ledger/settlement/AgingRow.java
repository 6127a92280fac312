package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One line of an aging report (wiekowanie rozrachunków): a counterparty's open items on one account in one
 * currency, summed per {@link AgingBucket}, signed as balances (debit positive).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class AgingRow {
  /** The settlement account. */
  public abstract String account();

  /** The counterparty, empty for untagged postings. */
  public abstract String partner();

  /** The currency. */
  public abstract CurrencyUnit currency();

  /** Open amount per bucket; every bucket is present, zero when empty. */
  public abstract ImmutableMap<AgingBucket, Money> buckets();

  /** The sum of the buckets. */
  public Money total() {
    Money t = Money.zero(currency());
    for (Money m : buckets().values()) {
      t = t.plus(m);
    }
    return t;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAgingRow.Builder builder() {
    return ImmutableAgingRow.builder();
  }
}
