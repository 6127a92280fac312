package dev.backoffice.ledger.guard;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A change of a guard's own state (budget control's budgets, revisions and commitments), kept as a record of the
 * ledger's store beside its entries, so that a ledger rebuilt from the store rebuilds the guard's state too. The
 * ledger and its stores read only the envelope — which guard owns the record ({@link #guard()}, the guard's
 * {@link PostingGuard#recordName()}), its {@link #type()} and the instant it was made — and keep its
 * {@link #fields()} as they are: what they mean is the owning guard's business (its own format, one string per
 * field, in an order it defines).
 *
 * <pre>{@code
 * GuardRecord r = GuardRecord.of("budget", "budget-approved", clock.instant(), List.of("OPEX-2025"));
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class GuardRecord {
  /** The longest guard name or type. */
  public static final int MAX_NAME = 100;

  /** The owning guard's {@link PostingGuard#recordName()}. */
  @Value.Parameter
  public abstract String guard();

  /** What kind of change the record is, in the owning guard's words (e.g. {@code "budget-approved"}). */
  @Value.Parameter
  public abstract String type();

  /** When the change was made (the ledger's clock). */
  @Value.Parameter
  public abstract Instant at();

  /** The change's content, in the owning guard's format. */
  @Value.Parameter
  public abstract ImmutableList<String> fields();

  /**
   * A record.
   *
   * @param guard the owning guard's record name, 1 to {@value #MAX_NAME} characters
   * @param type the kind of change, 1 to {@value #MAX_NAME} characters
   * @param at when it was made
   * @param fields the content
   * @return the record
   */
  public static GuardRecord of(String guard, String type, Instant at, Iterable<String> fields) {
    return ImmutableGuardRecord.of(guard, type, at, fields);
  }

  @Value.Check
  void check() {
    Checks.check(!guard().isBlank() && guard().length() <= MAX_NAME, "guard record", "guard", guard(),
        "must be 1 to " + MAX_NAME + " characters");
    Checks.check(!type().isBlank() && type().length() <= MAX_NAME, "guard record " + guard(), "type", type(),
        "must be 1 to " + MAX_NAME + " characters");
  }

  /** {@code "budget/budget-approved [OPEX-2025]"}. */
  @Override
  public String toString() {
    return guard() + "/" + type() + " " + fields();
  }
}
