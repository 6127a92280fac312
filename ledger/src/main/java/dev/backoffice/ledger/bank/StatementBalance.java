package dev.backoffice.ledger.bank;

import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A booked balance of a bank statement (saldo księgowe): the opening balance ({@code :60F:}, camt {@code OPBD}) or
 * the closing one ({@code :62F:}, camt {@code CLBD}) on its date. The amount is signed from the account holder's
 * side: a credit balance (money the bank owes the holder) is positive, a debit balance (an overdraft) negative.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class StatementBalance {
  /** The date the balance is stated for. */
  public abstract LocalDate date();

  /** The balance, positive for a credit balance, negative for a debit balance. */
  public abstract Money amount();

  /**
   * A balance.
   *
   * @param date the date the balance is stated for
   * @param amount the signed amount (credit balance positive)
   * @return the balance
   */
  public static StatementBalance of(LocalDate date, Money amount) {
    return ImmutableStatementBalance.builder().date(date).amount(amount).build();
  }

  /** {@code "2025-01-31 1234.50 PLN"}. */
  @Override
  public String toString() {
    return date() + " " + amount().getAmount().toPlainString() + " " + amount().getCurrencyUnit();
  }
}
