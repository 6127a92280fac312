package dev.backoffice.ledger.budget;

import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.error.PostingRejectedException;
import org.joda.money.Money;

/**
 * A change — an entry, a reservation, the commit of one, or a commitment — would take a budget line under a
 * {@link ControlAction#STOP} rule past its budget plus tolerance. Nothing was posted, reserved or
 * registered.
 *
 * <p>Carries the budget line, the period (see {@link BudgetCheckLine} for which one), the scope, the amount
 * available before the change ({@code budget − actuals − commitments} in scope, without the tolerance) and
 * the amount requested (the net increase the change asked for on that line, all its lines added up). When a
 * change breaks several lines, the first in registration order is reported.
 */
public class BudgetExceededException extends PostingRejectedException {
  private static final long serialVersionUID = 1L;

  private final String budgetId;
  private final String lineId;
  private final AccountingPeriod period;
  private final ControlScope scope;
  private final Money available;
  private final Money requested;
  private final Money tolerance;

  /**
   * Creates the rejection.
   *
   * @param subject the change refused ({@code "entry E17"}, {@code "commitment ZZ/1"})
   * @param line the line that stops it
   */
  public BudgetExceededException(String subject, BudgetCheckLine line) {
    super(subject, null, "budget " + line.budgetId() + " line " + line.lineId() + " would be exceeded in "
        + line.period() + " (" + line.scope() + "): requested " + line.requested() + ", available " + line.available()
        + " (budget " + line.budget() + ", consumed " + line.consumed() + ", tolerance " + line.tolerance() + ")");
    this.budgetId = line.budgetId();
    this.lineId = line.lineId();
    this.period = line.period();
    this.scope = line.scope();
    this.available = line.available();
    this.requested = line.requested();
    this.tolerance = line.tolerance();
  }

  /** The budget. */
  public String budgetId() {
    return budgetId;
  }

  /** The budget line that would be exceeded. */
  public String lineId() {
    return lineId;
  }

  /** The period: of the change (annual scope) or through which the limit is broken (monthly accumulated). */
  public AccountingPeriod period() {
    return period;
  }

  /** The scope of the rule broken. */
  public ControlScope scope() {
    return scope;
  }

  /** What was available in scope before the change: budget − actuals − commitments (without tolerance). */
  public Money available() {
    return available;
  }

  /** The net increase of consumption the change requested on the line. */
  public Money requested() {
    return requested;
  }

  /** The tolerance of the rule in scope. */
  public Money tolerance() {
    return tolerance;
  }
}
