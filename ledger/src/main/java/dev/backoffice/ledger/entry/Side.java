package dev.backoffice.ledger.entry;

/** The side of a posting: debit (Wn, winien) or credit (Ma). */
public enum Side {
  /** Debit — Wn (winien). */
  DEBIT,
  /** Credit — Ma. */
  CREDIT;

  /** The other side. */
  public Side opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }

  /** +1 for debit, -1 for credit: the sign a posting of this side contributes to a debit-minus-credit balance. */
  public int sign() {
    return this == DEBIT ? 1 : -1;
  }
}
