package dev.backoffice.reporting.statement;

/** Which balances of an account a mapping rule takes: any, only a debit balance (saldo Wn) or only a credit balance (saldo Ma). */
public enum BalanceSide {
  /** The balance whatever its side. */
  ANY,
  /** Only a debit balance (positive debit minus credit). */
  DEBIT,
  /** Only a credit balance (negative debit minus credit). */
  CREDIT;

  /**
   * True when the rule takes a balance of this sign.
   *
   * @param signum the sign of debit minus credit (non-zero)
   * @return whether the side accepts it
   */
  public boolean accepts(int signum) {
    return this == ANY || (this == DEBIT ? signum > 0 : signum < 0);
  }
}
