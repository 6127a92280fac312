package dev.backoffice.ledger.bank;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One booked line of a bank statement (pozycja wyciągu): MT940 {@code :61:} with its {@code :86:}, or a camt.053
 * {@code Ntry}.
 *
 * <p>The {@link #amount()} is signed from the account holder's side: money in (a credit to the holder's account) is
 * positive, money out negative. A reversal is already signed by its effect: an MT940 {@code RC} (reversal of a
 * credit) is negative, {@code RD} positive.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class StatementLine {
  /** The line's position in its statement, from 1. */
  public abstract int index();

  /** The date the bank booked the line (data księgowania); the value date when the format gives only that. */
  public abstract LocalDate bookingDate();

  /** The value date (data waluty), from which interest runs. */
  public abstract LocalDate valueDate();

  /** The signed amount: positive for money in, negative for money out. */
  public abstract Money amount();

  /** The counterparty's name, when the bank gives it. */
  public abstract Optional<String> counterpartyName();

  /** The counterparty's account (IBAN, NRB or the bank's own form), when the bank gives it. */
  public abstract Optional<String> counterpartyAccount();

  /** The payment title (tytuł płatności, remittance information); empty when there is none. */
  @Value.Default
  public String title() {
    return "";
  }

  /** The bank's own reference of the line (MT940 after {@code //} in {@code :61:}, camt {@code AcctSvcrRef}). */
  public abstract Optional<String> bankReference();

  /**
   * The customer's reference (MT940 {@code :61:} reference unless {@code NONREF}, camt {@code EndToEndId} unless
   * {@code NOTPROVIDED}).
   */
  public abstract Optional<String> customerReference();

  /**
   * The bank's transaction code: MT940 the {@code :61:} type ({@code NTRF}) and, after a space, the {@code :86:}
   * code ({@code 020}) when there is one; camt {@code Domn/Fmly/SubFmly} codes or the proprietary code.
   */
  public abstract Optional<String> transactionCode();

  /** Whether the bank marked the line as a reversal (MT940 {@code RC}/{@code RD}, camt {@code RvslInd}). */
  @Value.Default
  public boolean reversal() {
    return false;
  }

  /**
   * All the text the bank sent with the line, as sent (MT940 {@code :86:} and the {@code :61:} supplementary
   * details, camt {@code AddtlNtryInf}), lines joined with {@code '\n'}; empty when there is none.
   */
  @Value.Default
  public String information() {
    return "";
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableStatementLine.Builder builder() {
    return ImmutableStatementLine.builder();
  }

  @Value.Check
  void check() {
    Checks.check(index() >= 1, "statement line", "index", index(), "must be at least 1");
  }
}
