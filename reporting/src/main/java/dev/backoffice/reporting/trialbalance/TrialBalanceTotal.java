package dev.backoffice.reporting.trialbalance;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.common.DebitCredit;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The totals of a trial balance in one currency, summed over the posting-level rows, and — when the trial
 * balance was checked against the journal — the journal's own debit and credit totals for the period.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class TrialBalanceTotal {
  /** The currency. */
  public abstract CurrencyUnit currency();

  /** Sum of the opening balances (debit balances, credit balances). */
  public abstract DebitCredit opening();

  /** Sum of the period turnovers. */
  public abstract DebitCredit turnover();

  /** Sum of the cumulative turnovers. */
  public abstract DebitCredit cumulativeTurnover();

  /** Sum of the closing balances. */
  public abstract DebitCredit closing();

  /** The debits and credits of the journal's lines dated in the period, if the journal was read. */
  public abstract Optional<DebitCredit> journal();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTrialBalanceTotal.Builder builder() {
    return ImmutableTrialBalanceTotal.builder();
  }

  /** True when debits equal credits in the opening balances, the turnover, the cumulative turnover and the closing balances. */
  public boolean balanced() {
    return opening().isBalanced() && turnover().isBalanced() && cumulativeTurnover().isBalanced() && closing().isBalanced();
  }

  /** Whether the turnover equals the journal totals on both sides; empty when the journal was not read. */
  public Optional<Boolean> matchesJournal() {
    return journal().map(j -> j.debit().isEqual(turnover().debit()) && j.credit().isEqual(turnover().credit()));
  }
}
