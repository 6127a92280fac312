package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.PostingWarning;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Where a {@link Commitment} stands: how much of it was consumed by posted and by pending (reserved) ledger
 * lines, how much was released, and what is still open and counts as a commitment against the budget.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class CommitmentStatus {
  /** The commitment as registered. */
  public abstract Commitment commitment();

  /** Net amount of posted ledger lines tagged with the commitment (debits minus credits). */
  public abstract Money consumed();

  /** Net amount of pending (reserved, not yet committed) ledger lines tagged with the commitment. */
  public abstract Money consumedPending();

  /** Amount released (cancelled) by {@link BudgetControl#release}. */
  public abstract Money released();

  /** {@code max(0, amount − released − consumed − consumedPending)}: what still counts as a commitment. */
  public abstract Money open();

  /** Warnings raised by WARN rules when the commitment was registered. */
  public abstract ImmutableList<PostingWarning> warnings();

  /**
   * A builder (statuses are made by {@link BudgetControl}).
   *
   * @return a new builder
   */
  public static ImmutableCommitmentStatus.Builder builder() {
    return ImmutableCommitmentStatus.builder();
  }

  /** True while part of the commitment is open. */
  public boolean isOpen() {
    return open().isPositive();
  }
}
