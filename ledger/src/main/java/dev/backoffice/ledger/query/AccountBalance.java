package dev.backoffice.ledger.query;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/** The balance of one account in one currency: a row of a trial balance before any roll-up. */
@Value.Immutable
@BackOfficeStyle
public abstract class AccountBalance {
  /** The account code. */
  @Value.Parameter
  public abstract String account();

  /** The turnovers and balance. */
  @Value.Parameter
  public abstract Balance balance();

  /**
   * A row.
   *
   * @param account the account code
   * @param balance its balance in one currency
   * @return the row
   */
  public static AccountBalance of(String account, Balance balance) {
    return ImmutableAccountBalance.of(account, balance);
  }
}
