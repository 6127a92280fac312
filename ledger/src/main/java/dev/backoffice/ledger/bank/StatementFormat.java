package dev.backoffice.ledger.bank;

/** The format a bank statement was read from. */
public enum StatementFormat {
  /** SWIFT MT940 (Customer Statement Message), with or without the SWIFT block envelope. */
  MT940,
  /** ISO 20022 camt.053.001.02 (BankToCustomerStatementV02). */
  CAMT_053_001_02,
  /** ISO 20022 camt.053.001.08 (BankToCustomerStatementV08). */
  CAMT_053_001_08
}
