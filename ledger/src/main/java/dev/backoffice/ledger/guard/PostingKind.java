package dev.backoffice.ledger.guard;

/** What a proposed change to the ledger is. */
public enum PostingKind {
  /** A direct posting (also reversals and closing entries). */
  POST,
  /** A reservation, the first phase of a two-phase posting. */
  RESERVE,
  /** The commit of a reservation, possibly with smaller amounts. */
  COMMIT,
  /** A reservation voided by the caller (guards are told, never asked). */
  VOID,
  /** A reservation that expired (guards are told, never asked). */
  EXPIRE
}
