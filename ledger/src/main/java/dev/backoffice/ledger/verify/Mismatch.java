package dev.backoffice.ledger.verify;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/** One disagreement found by the {@link LedgerVerifier}: what, where, expected and found. */
@Value.Immutable
@BackOfficeStyle
public abstract class Mismatch {
  /** What was compared, e.g. {@code "posted debit"} or {@code "entry balance"}. */
  @Value.Parameter
  public abstract String what();

  /** Where: an account and currency ({@code "201 PLN"}) or an entry ({@code "entry E7"}). */
  @Value.Parameter
  public abstract String where();

  /** The value recomputed from the records. */
  @Value.Parameter
  public abstract String expected();

  /** The value the ledger holds. */
  @Value.Parameter
  public abstract String found();

  /**
   * A mismatch.
   *
   * @param what what was compared
   * @param where the account/currency or entry
   * @param expected recomputed value
   * @param found the ledger's value
   * @return the mismatch
   */
  public static Mismatch of(String what, String where, String expected, String found) {
    return ImmutableMismatch.of(what, where, expected, found);
  }

  @Override
  public String toString() {
    return where() + ": " + what() + " expected " + expected() + " but found " + found();
  }
}
