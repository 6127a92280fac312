package dev.backoffice.ledger.settlement;

/** What a posting did to an open item. */
public enum MovementKind {
  /** The first posting of the item (the invoice, or the first unapplied payment of a counterparty). */
  OPENED,
  /** A later posting on the item's own side (a debit note, a second instalment of the invoice). */
  INCREASED,
  /** A posting on the other side that reduced the item (a payment, a credit note, a compensation). */
  SETTLED,
  /** The part of a payment beyond what the item owed, moved to the counterparty's unapplied item. */
  OVERPAID,
  /** A change of the carried base-currency value only: a balance-sheet valuation (wycena) or its reversal. */
  REVALUED,
  /** A booked realised exchange difference (różnica kursowa zrealizowana) of an earlier settlement. */
  REALISED_DIFFERENCE
}
