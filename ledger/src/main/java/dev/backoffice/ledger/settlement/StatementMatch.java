package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.bank.StatementLine;
import dev.backoffice.ledger.bank.StatementLineId;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What matching made of one bank statement line: the rule that found its items, a confidence between 0 and 1,
 * the parts applied to each item, what is left over, and whether it is accepted for posting.
 *
 * <p>A line whose rule found several equally good items (two invoices of the same amount) is {@link #ambiguous()}:
 * its candidates are listed, nothing is allocated and it is not accepted. A line not accepted is posted to the
 * suspense account when posted at all.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class StatementMatch {
  /** The line's identity (its idempotency key for posting). */
  public abstract StatementLineId lineId();

  /** The line. */
  public abstract StatementLine line();

  /** The rule that decided. */
  public abstract MatchRule rule();

  /** How sure the rule is, 0 to 1 with two decimals. */
  public abstract BigDecimal confidence();

  /** The items the line settles and how much of each. */
  public abstract ImmutableList<Allocation> allocations();

  /** What the line pays beyond its allocations (an over-payment), positive, in the line's currency. */
  public abstract Money unapplied();

  /** The equally good items when the rule could not choose. */
  public abstract ImmutableList<OpenItem> candidates();

  /** Whether the line was posted before (an entry carries its {@code statement-line} tag): nothing to do. */
  @Value.Default
  public boolean alreadyPosted() {
    return false;
  }

  /** Whether the line is accepted: not ambiguous, not already posted, and confident enough. */
  public abstract boolean accepted();

  /** Several items fitted equally well. */
  public boolean ambiguous() {
    return !candidates().isEmpty();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableStatementMatch.Builder builder() {
    return ImmutableStatementMatch.builder();
  }
}
