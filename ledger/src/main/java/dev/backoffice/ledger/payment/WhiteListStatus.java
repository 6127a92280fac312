package dev.backoffice.ledger.payment;

/** What the VAT white list says about a NIP and an account. */
public enum WhiteListStatus {
  /** The account is listed for the NIP of an active VAT taxpayer (podatnik VAT czynny). */
  ACTIVE,
  /** The account is listed for the NIP of an exempt VAT taxpayer (podatnik VAT zwolniony). */
  EXEMPT,
  /** The pair is not on the list. */
  NOT_LISTED;

  /** Whether the account is on the list (as active or exempt). */
  public boolean isListed() {
    return this != NOT_LISTED;
  }
}
