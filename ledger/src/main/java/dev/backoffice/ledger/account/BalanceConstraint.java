package dev.backoffice.ledger.account;

/**
 * A limit on an account's balance enforced on every posting and reservation (as in TigerBeetle's account
 * flags): pending reservations count against it, so available = posted − pending on the limited side.
 */
public enum BalanceConstraint {
  /** No limit. */
  NONE,
  /**
   * Posted and pending debits must not exceed posted credits (plus the overdraft limit): a credit-normal
   * account, such as a customer's wallet, that must never go into debit.
   */
  DEBITS_MUST_NOT_EXCEED_CREDITS,
  /**
   * Posted and pending credits must not exceed posted debits (plus the overdraft limit): a debit-normal
   * account, such as cash or a bank account, that must never go into credit.
   */
  CREDITS_MUST_NOT_EXCEED_DEBITS
}
