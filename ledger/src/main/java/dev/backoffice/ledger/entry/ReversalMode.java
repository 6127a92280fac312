package dev.backoffice.ledger.entry;

/** How a reversal (storno) undoes an entry. */
public enum ReversalMode {
  /**
   * Red reversal (storno czerwone): the same sides with negated amounts, so the turnovers of both sides
   * shrink back as if the entry had not been made. Preferred by Polish practice for error corrections.
   */
  RED,
  /** Black reversal (storno czarne): the opposite sides with the same amounts; turnovers grow on both sides. */
  BLACK
}
