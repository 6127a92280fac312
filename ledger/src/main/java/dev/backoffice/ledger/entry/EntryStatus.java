package dev.backoffice.ledger.entry;

/** Where an entry stands in its life. */
public enum EntryStatus {
  /** Booked: moves posted balances and appears in the journal (dziennik). */
  POSTED,
  /** Reserved by the first phase of a two-phase posting: counts against constraints, not in the journal. */
  PENDING,
  /** A reservation cancelled by the caller. */
  VOIDED,
  /** A reservation that reached its expiry instant uncommitted. */
  EXPIRED
}
