package dev.backoffice.ledger.settlement;

/** The rule that paired a bank statement line with open items, strongest first. */
public enum MatchRule {
  /** A split-payment title ({@code /VAT/…/IDC/…/INV/…/TXT/…}) naming the invoice in {@code /INV/}. */
  SPLIT_PAYMENT,
  /** One document number of an open item in the title. */
  DOCUMENT_IN_TITLE,
  /** Several document numbers of open items in the title. */
  DOCUMENTS_IN_TITLE,
  /** No document; the amount equals an open item of the counterparty whose bank account sent or received it. */
  AMOUNT_AND_ACCOUNT,
  /** No document; the amount equals an open item of the counterparty whose NIP is in the title. */
  AMOUNT_AND_NIP,
  /** Only the amount equals an open item: a suggestion, never accepted on its own. */
  AMOUNT_ONLY,
  /** Nothing found: the line goes to the suspense account. */
  NONE
}
