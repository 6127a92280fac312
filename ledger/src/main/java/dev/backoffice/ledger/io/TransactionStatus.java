package dev.backoffice.ledger.io;

/** The status mark of a journal transaction (ledger's and hledger's {@code *} and {@code !}). */
public enum TransactionStatus {
  /** No mark. */
  UNMARKED(""),
  /** {@code !}: pending, not yet reconciled. */
  PENDING("!"),
  /** {@code *}: cleared, reconciled with the bank or the counterparty. */
  CLEARED("*");

  private final String mark;

  TransactionStatus(String mark) {
    this.mark = mark;
  }

  /** The mark as written in the file: {@code "*"}, {@code "!"} or empty. */
  public String mark() {
    return mark;
  }
}
