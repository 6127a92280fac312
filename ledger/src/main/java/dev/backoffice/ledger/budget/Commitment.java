package dev.backoffice.ledger.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A commitment (encumbrance, zaangażowanie): a purchase order or contract that reserves budget before its
 * invoice arrives. It counts against the budget lines its account, tags and date select — exactly as a
 * ledger line on that account with those tags and that date would — from the moment it is registered with
 * {@link BudgetControl#commit} until it is consumed or released.
 *
 * <p><b>Consumption.</b> A ledger line tagged {@code commitment=<id>} ({@link BudgetControl#COMMITMENT}) on
 * the commitment's account or one of its analytic children consumes it: when the line is posted (or
 * reserved) its amount moves from commitments to actuals (or pending). Debits consume, credits and reversals
 * give back. The open amount is {@code amount − released − consumed}, never below zero; an invoice above
 * the order consumes it fully and the excess counts as a plain actual.
 *
 * <pre>{@code
 * Commitment po = Commitment.builder().id("ZZ/2025/017").account("402")
 *     .dimensions(Dimensions.of(Dimension.COST_CENTRE, "MPK-01")).date(LocalDate.of(2025, 3, 10))
 *     .amount(Monies.of("PLN", "8000.00")).description("Serwis klimatyzacji").build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Commitment {
  /** The identifier, e.g. the order number; the value of the {@code commitment} tag on invoices. */
  public abstract String id();

  /** The account the spending will be booked to (its analytic children count too). */
  public abstract String account();

  /** The tags the spending will carry (cost centre, project…). */
  @Value.Default
  public Dimensions dimensions() {
    return Dimensions.empty();
  }

  /** The date that places the commitment in a fiscal year and period (e.g. the expected delivery date). */
  public abstract LocalDate date();

  /** The committed amount, positive, in the ledger's base currency. */
  public abstract Money amount();

  /** The order or contract document. */
  public abstract Optional<DocumentRef> document();

  /** What is ordered. */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCommitment.Builder builder() {
    return ImmutableCommitment.builder();
  }

  @Value.Check
  void check() {
    String subject = "commitment " + id();
    // the id is a dimension value on invoice lines, so it must be one (Dimensions' rules: non-blank, ≤ 100, one line)
    Checks.check(!id().isBlank() && id().length() <= 100 && id().indexOf('\n') < 0 && id().indexOf('\r') < 0,
        subject, "id", id(), "must be non-blank text of at most 100 characters on one line");
    Checks.check(!account().isBlank(), subject, "account", account(), "must not be blank");
    Checks.check(amount().isPositive(), subject, "amount", amount(), "must be positive");
    Checks.check(!dimensions().has(BudgetControl.COMMITMENT), subject, "dimensions", dimensions(),
        "must not carry the '" + BudgetControl.COMMITMENT + "' tag itself");
    Checks.check(description().length() <= 512, subject, "description", description(), "must be at most 512 characters");
  }
}
