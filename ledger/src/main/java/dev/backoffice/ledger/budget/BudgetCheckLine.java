package dev.backoffice.ledger.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.time.AccountingPeriod;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How one budget line fares under one rule when a change is checked: the budget and consumption in the
 * rule's scope before the change, what the change requests, and the outcome.
 *
 * <p>{@link #period()} is the period of the change for an {@link ControlScope#ANNUAL} rule, and for a
 * {@link ControlScope#MONTHLY_ACCUMULATED} rule the period through which the figures are accumulated — the
 * first one, from the change's period on, whose limit is broken, or the change's period when none is.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetCheckLine {
  /** The budget. */
  public abstract String budgetId();

  /** The budget line. */
  public abstract String lineId();

  /** The period the figures refer to (see the class comment). */
  public abstract AccountingPeriod period();

  /** The scope of the rule. */
  public abstract ControlScope scope();

  /** The outcome. */
  public abstract CheckOutcome outcome();

  /** The budget in scope. */
  public abstract Money budget();

  /** Actuals plus commitments in scope, before the change. */
  public abstract Money consumed();

  /** The change's net effect on consumption in scope (the sum over all its lines on this budget line). */
  public abstract Money requested();

  /** The tolerance in scope (may be negative). */
  public abstract Money tolerance();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBudgetCheckLine.Builder builder() {
    return ImmutableBudgetCheckLine.builder();
  }

  /** {@code budget − consumed}, before the change (negative when already over budget). */
  public Money available() {
    return budget().minus(consumed());
  }

  /** {@code "OPEX-2025/402 2025-03 ANNUAL STOP: requested 500.00 PLN, available 200.00 PLN"}. */
  @Override
  public String toString() {
    return budgetId() + "/" + lineId() + " " + period() + " " + scope() + " " + outcome() + ": requested " + requested()
        + ", available " + available() + " (budget " + budget() + ", consumed " + consumed() + ", tolerance "
        + tolerance() + ")";
  }
}
