package dev.backoffice.ledger.io;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One account and commodity of a {@link JournalTurnover}: the balance before the period (debit positive), the
 * period's debit and credit turnover, and the cumulative debit and credit turnover from the start of the
 * cumulative range; the account's own postings only.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class TurnoverRow {
  /** The account, as named in the journal (or {@link JournalTurnover#CONVERSION}). */
  public abstract String account();

  /** The balance before the period, debit positive. */
  public abstract Money opening();

  /** The debits of the period. */
  public abstract Money debit();

  /** The credits of the period. */
  public abstract Money credit();

  /** The debits of the cumulative range. */
  public abstract Money cumulativeDebit();

  /** The credits of the cumulative range. */
  public abstract Money cumulativeCredit();

  /** The commodity. */
  public CurrencyUnit commodity() {
    return opening().getCurrencyUnit();
  }

  /** The balance at the end of the period: opening plus debits less credits. */
  public Money closing() {
    return opening().plus(debit()).minus(credit());
  }

  @Value.Check
  void check() {
    CurrencyUnit cu = commodity();
    for (Money m : new Money[] {debit(), credit(), cumulativeDebit(), cumulativeCredit()}) {
      Checks.check(m.getCurrencyUnit().equals(cu), "amount", m, "must be in " + cu);
      Checks.check(!m.isNegative(), "turnover", m, "must not be negative");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTurnoverRow.Builder builder() {
    return ImmutableTurnoverRow.builder();
  }
}
