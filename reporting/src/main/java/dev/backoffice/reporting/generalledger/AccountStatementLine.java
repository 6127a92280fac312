package dev.backoffice.reporting.generalledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One posting on an account statement: a journal line with its entry's date, id, document and description,
 * the accounts on the other side of the entry (konta przeciwstawne), the amount on its side and the running
 * balance (debit minus credit) after it. In a base-currency statement a foreign-currency line shows its value
 * in the base currency, with its own amount as {@link #currencyAmount()}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class AccountStatementLine {
  /** The entry's effective date. */
  public abstract LocalDate date();

  /** The entry's id. */
  public abstract String entryId();

  /** The entry's position in the journal (1, 2, …). */
  public abstract long sequence();

  /** The account the line was posted to (an analytic account when the statement includes them). */
  public abstract String account();

  /** The source document's number, if any. */
  public abstract Optional<String> document();

  /** The entry's description, or the line's memo when it has one. */
  public abstract String description();

  /** The accounts of the entry's lines on the other side, sorted, without duplicates. */
  public abstract ImmutableList<String> counterAccounts();

  /** The debit amount (zero for a credit line). */
  public abstract Money debit();

  /** The credit amount (zero for a debit line). */
  public abstract Money credit();

  /**
   * The line's own amount when it was posted in another currency than the statement's (memo: the euros of a
   * line valued in PLN); empty for a line in the statement's currency.
   */
  public abstract Optional<Money> currencyAmount();

  /** The balance after this line: opening balance plus debits minus credits so far. */
  public abstract Money balance();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAccountStatementLine.Builder builder() {
    return ImmutableAccountStatementLine.builder();
  }
}
