package dev.backoffice.ledger.account;

/** The Polish grouping of accounts by how they close at year end. */
public enum AccountCategory {
  /** Balance-sheet accounts (konta bilansowe): carried forward into the next year. */
  BALANCE_SHEET,
  /** Result accounts (konta wynikowe): closed to the financial result (860) at year end. */
  RESULT,
  /** Off-balance accounts (konta pozabilansowe): memoranda outside double entry of the balance sheet. */
  OFF_BALANCE
}
