package dev.backoffice.reporting.generalledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.common.Report;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An account statement (kartoteka konta, wyciąg z konta): the postings of one account — with or without its
 * analytic accounts — in one currency over a range of dates, in date order (then journal order), with the
 * opening balance, the running balance after each posting, the turnover and the closing balance. Balances
 * are debit minus credit: positive for a debit balance.
 *
 * <p>A statement in the ledger's base currency (the default of the general ledger and of
 * {@code Reports.accountStatements}) lists every line of the account valued in that currency — a
 * foreign-currency line at its base-currency value, with its own amount as memo — so a currency account has
 * one statement in złoty, as the Accounting Act keeps the books. A statement in a foreign currency lists the
 * lines posted in it, in their own amounts.
 *
 * <p>Checks: the closing balance equals the opening balance plus the turnover, and equals the balance the
 * ledger's index gives for the end of the range (for a base-currency statement: the sum of the base values of
 * the account's balances in every currency).
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class AccountStatement implements Report {
  /** The account code. */
  public abstract String account();

  /** The account name. */
  public abstract String name();

  /** Whether postings to the analytic accounts below it are included. */
  public abstract boolean includesChildren();

  /** The currency. */
  public abstract CurrencyUnit currency();

  /** The first day, if bounded. */
  public abstract Optional<LocalDate> from();

  /** The last day, if bounded. */
  public abstract Optional<LocalDate> to();

  /** The balance before the first day (zero without a first day). */
  public abstract Money opening();

  /** The postings, by date then journal order. */
  public abstract ImmutableList<AccountStatementLine> lines();

  /** The balance at the end of the range. */
  public abstract Money closing();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAccountStatement.Builder builder() {
    return ImmutableAccountStatement.builder();
  }

  /** The debits and credits of the lines. */
  public DebitCredit turnover() {
    Money dr = Money.zero(currency());
    Money cr = Money.zero(currency());
    for (AccountStatementLine l : lines()) {
      dr = dr.plus(l.debit());
      cr = cr.plus(l.credit());
    }
    return DebitCredit.of(dr, cr);
  }

  @Value.Check
  void check() {
    Money running = opening();
    for (AccountStatementLine l : lines()) {
      running = running.plus(l.debit()).minus(l.credit());
      Checks.check(running.isEqual(l.balance()), "statement of " + account(), "balance", l.balance(),
          "must be the running balance " + running + " after entry " + l.entryId());
    }
  }
}
