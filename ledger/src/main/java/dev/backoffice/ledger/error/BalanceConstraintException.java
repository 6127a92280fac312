package dev.backoffice.ledger.error;

import dev.backoffice.ledger.account.BalanceConstraint;
import org.joda.money.Money;

/**
 * An entry or reservation would break an account's {@link BalanceConstraint}. Carries the amount the
 * limited side may still take ({@link #available()}) and what the entry asked for ({@link #requested()}).
 */
public class BalanceConstraintException extends PostingRejectedException {
  private static final long serialVersionUID = 1L;

  private final BalanceConstraint constraint;
  private final Money available;
  private final Money requested;

  /**
   * Creates the rejection.
   *
   * @param subject the entry
   * @param account the limited account
   * @param constraint the constraint broken
   * @param available what the limited side could still take, before this entry
   * @param requested what this entry puts on the limited side
   */
  public BalanceConstraintException(
      String subject, String account, BalanceConstraint constraint, Money available, Money requested) {
    super(subject, account, constraint + " would be broken: requested " + requested + ", available " + available);
    this.constraint = constraint;
    this.available = available;
    this.requested = requested;
  }

  /** The constraint broken. */
  public BalanceConstraint constraint() {
    return constraint;
  }

  /** What the limited side could still take before this entry (posted − pending, plus overdraft). */
  public Money available() {
    return available;
  }

  /** What the entry put on the limited side. */
  public Money requested() {
    return requested;
  }
}
