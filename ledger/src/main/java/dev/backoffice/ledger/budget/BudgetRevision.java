package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.Instant;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An auditable change of an approved budget (zmiana planu): a supplement, a reduction, a transfer between
 * lines or periods, or a carry-forward into the next year, with the reason given and the instant it was
 * recorded (from the ledger's clock). Revisions are kept in order; together with the approved lines they
 * explain every amount of the revised budget.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetRevision {
  /** The revision's number in its {@link BudgetControl} (1, 2, …), in the order recorded. */
  public abstract long sequence();

  /** What was done. */
  public abstract RevisionKind kind();

  /**
   * The amounts changed: one positive change for a supplement, one negative for a reduction, one negative and
   * one positive for a transfer; for a carry-forward the negative changes of the old year's line (taken from
   * its last periods first) and the positive change of the new year's first period.
   */
  public abstract ImmutableList<BudgetChange> changes();

  /** The amount supplemented, reduced, transferred or carried, positive. */
  public abstract Money amount();

  /** Why, as given by the caller. */
  public abstract String reason();

  /** When the revision was recorded. */
  public abstract Instant recordedAt();

  /**
   * A builder (revisions are made by {@link BudgetControl}; this is for stores and tests).
   *
   * @return a new builder
   */
  public static ImmutableBudgetRevision.Builder builder() {
    return ImmutableBudgetRevision.builder();
  }

  /**
   * True when the revision changed a budget.
   *
   * @param budgetId the budget
   * @return whether one of its changes is in that budget
   */
  public boolean concerns(String budgetId) {
    return changes().stream().anyMatch(c -> c.budgetId().equals(budgetId));
  }

  @Value.Check
  void check() {
    Checks.check(!changes().isEmpty(), "budget revision", "changes", "[]", "must contain at least one change");
    Checks.check(amount().isPositive(), "budget revision", "amount", amount(), "must be positive");
    Checks.check(!reason().isBlank() && reason().length() <= 512, "budget revision", "reason", reason(),
        "must be 1 to 512 characters");
  }

  /** {@code "#3 TRANSFER 500.00 PLN [..] 'moved to travel'"}. */
  @Override
  public String toString() {
    return "#" + sequence() + " " + kind() + " " + amount() + " " + changes() + " '" + reason() + "'";
  }
}
