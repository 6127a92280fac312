package dev.backoffice.ledger.bank;

import dev.backoffice.core.error.ValidationException;
import org.joda.money.Money;

/**
 * A bank statement whose opening balance plus its lines is not its closing balance: a truncated or corrupt file, or
 * a reader that lost a line. The message names the statement and the three amounts, e.g.
 * {@code statement NL08INGB0000001234/1 of 2014-01-03: closing = '900.00 EUR' is invalid: must equal opening
 * 1000.00 EUR + lines -50.00 EUR = 950.00 EUR}.
 */
public class UnbalancedStatementException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String statement;
  private final Money opening;
  private final Money lineTotal;
  private final Money closing;

  /**
   * Creates the failure.
   *
   * @param statement the statement's name ({@code "statement ACCOUNT/NUMBER of DATE"}, with the file where known)
   * @param opening the opening balance
   * @param lineTotal the sum of the lines
   * @param closing the closing balance stated
   */
  public UnbalancedStatementException(String statement, Money opening, Money lineTotal, Money closing) {
    super(statement, "closing", show(closing),
        "must equal opening " + show(opening) + " + lines " + show(lineTotal) + " = " + show(opening.plus(lineTotal)));
    this.statement = statement;
    this.opening = opening;
    this.lineTotal = lineTotal;
    this.closing = closing;
  }

  private static String show(Money m) {
    return m.getAmount().toPlainString() + " " + m.getCurrencyUnit();
  }

  /** The statement's name as given in the message. */
  public String statement() {
    return statement;
  }

  /** The opening balance. */
  public Money opening() {
    return opening;
  }

  /** The sum of the statement's lines. */
  public Money lineTotal() {
    return lineTotal;
  }

  /** The closing balance the statement states. */
  public Money closing() {
    return closing;
  }
}
