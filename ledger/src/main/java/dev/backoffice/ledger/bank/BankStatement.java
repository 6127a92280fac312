package dev.backoffice.ledger.bank;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A bank statement (wyciąg bankowy, WB) of one account: its number, booked opening and closing balances and the
 * lines between them. Building one checks that opening + lines = closing, in the account's currency; a statement
 * that does not add up is refused with an {@link UnbalancedStatementException} naming it.
 *
 * <p>Every line has a stable identity, {@link #lineId(StatementLine)}, for idempotent import: reading the same
 * statement again gives the same identities, so posting its lines with them as idempotency keys books nothing twice.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BankStatement {
  /** The format it was read from. */
  public abstract StatementFormat format();

  /** The file or name it was read from, when read from one (shown in error messages). */
  public abstract Optional<String> source();

  /**
   * The account the statement is of, as the bank identifies it: an IBAN, a 26-digit NRB, or another form such as
   * German {@code BLZ/Konto}; spaces removed.
   */
  public abstract String account();

  /**
   * The statement's number as the bank gives it: MT940 {@code :28C:} ({@code "00009/01"}), camt.053
   * {@code Stmt/Id}.
   */
  public abstract String statementNumber();

  /** The message's reference: MT940 {@code :20:}, camt.053 {@code GrpHdr/MsgId}. */
  public abstract Optional<String> reference();

  /** The account's currency; balances and lines are all in it. */
  public abstract CurrencyUnit currency();

  /** The booked opening balance. */
  public abstract StatementBalance opening();

  /** The booked closing balance: opening plus the lines. */
  public abstract StatementBalance closing();

  /** The booked lines, in the bank's order; {@link StatementLine#index()} is the position from 1. */
  public abstract ImmutableList<StatementLine> lines();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBankStatement.Builder builder() {
    return ImmutableBankStatement.builder();
  }

  /** The sum of the lines' signed amounts (zero when there are none). */
  public Money lineTotal() {
    Money total = Money.zero(currency());
    for (StatementLine line : lines()) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /**
   * The stable identity of one of this statement's lines: account, statement number, opening date, the line's
   * position and its bank reference (see {@link StatementLineId}).
   *
   * @param line a line of this statement
   * @return its identity
   * @throws dev.backoffice.core.error.ValidationException if the line is not this statement's
   */
  public StatementLineId lineId(StatementLine line) {
    Checks.check(line.index() <= lines().size() && lines().get(line.index() - 1).equals(line), name(), "line",
        line.index(), "must be a line of this statement");
    return StatementLineId.of(account(), statementNumber(), opening().date(), line.index(), line.bankReference());
  }

  /** {@code "statement ACCOUNT/NUMBER of OPENING-DATE"} and, when known, {@code " in SOURCE"}. */
  public String name() {
    return "statement " + account() + "/" + statementNumber() + " of " + opening().date()
        + source().map(s -> " in " + s).orElse("");
  }

  @Value.Check
  void check() {
    Checks.check(!account().isBlank(), "statement", "account", account(), "must not be blank");
    Checks.check(!statementNumber().isBlank(), "statement " + account(), "statementNumber", statementNumber(),
        "must not be blank");
    sameCurrency("opening", opening().amount());
    sameCurrency("closing", closing().amount());
    for (int i = 0; i < lines().size(); i++) {
      StatementLine line = lines().get(i);
      // the messages are built only on failure: statements of many thousand lines are checked line by line
      if (line.index() != i + 1) {
        Checks.check(false, name(), "lines[" + i + "].index", line.index(), "must be " + (i + 1));
      }
      if (!line.amount().getCurrencyUnit().equals(currency())) {
        sameCurrency("lines[" + i + "].amount", line.amount());
      }
    }
    Money total = lineTotal();
    if (!opening().amount().plus(total).isEqual(closing().amount())) {
      throw new UnbalancedStatementException(name(), opening().amount(), total, closing().amount());
    }
  }

  private void sameCurrency(String field, Money amount) {
    Checks.check(amount.getCurrencyUnit().equals(currency()), name(), field, amount,
        "must be in the account's currency " + currency());
  }
}
