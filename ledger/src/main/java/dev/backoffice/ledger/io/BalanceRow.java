package dev.backoffice.ledger.io;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The balance of one account in one commodity: debits minus credits of the postings to the account itself (no
 * roll-up of sub-accounts), positive for a debit balance. A row of {@code backoffice balance}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BalanceRow {
  /** The account, as named in the journal. */
  @Value.Parameter
  public abstract String account();

  /** The balance, at the commodity's decimal places. */
  @Value.Parameter
  public abstract Money amount();

  /** The commodity of the balance. */
  public CurrencyUnit commodity() {
    return amount().getCurrencyUnit();
  }

  /**
   * A row.
   *
   * @param account the account
   * @param amount its balance
   * @return the row
   */
  public static BalanceRow of(String account, Money amount) {
    return ImmutableBalanceRow.of(account, amount);
  }
}
