package dev.backoffice.reporting.common;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A pair of amounts in one currency on the two sides of an account: debit (Wn, winien) and credit (Ma).
 * Used both for turnovers (obroty Wn/Ma, where both sides can be non-zero) and for balances split by side
 * (saldo Wn/Ma, where {@link #ofBalance(Money)} puts a positive net on the debit side and a negative one on
 * the credit side). Amounts are exact, in the currency's scale; nothing is rounded.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class DebitCredit {
  /** The debit amount (Wn). */
  @Value.Parameter
  public abstract Money debit();

  /** The credit amount (Ma). */
  @Value.Parameter
  public abstract Money credit();

  /**
   * A pair.
   *
   * @param debit the debit amount
   * @param credit the credit amount, in the same currency
   * @return the pair
   * @throws dev.backoffice.core.error.ValidationException if the currencies differ
   */
  public static DebitCredit of(Money debit, Money credit) {
    return ImmutableDebitCredit.of(debit, credit);
  }

  /**
   * Zero on both sides.
   *
   * @param currency the currency
   * @return the pair
   */
  public static DebitCredit zero(CurrencyUnit currency) {
    Checks.notNull(currency, "currency");
    return of(Money.zero(currency), Money.zero(currency));
  }

  /**
   * A balance split by side (saldo): a positive net (debit minus credit) on the debit side, a negative one,
   * negated, on the credit side; the other side zero.
   *
   * @param net debit minus credit
   * @return the split balance
   */
  public static DebitCredit ofBalance(Money net) {
    Checks.notNull(net, "net");
    Money zero = Money.zero(net.getCurrencyUnit());
    return net.isNegative() ? of(zero, net.negated()) : of(net, zero);
  }

  /** The currency of both amounts. */
  public CurrencyUnit currency() {
    return debit().getCurrencyUnit();
  }

  /** Debit minus credit: positive for a debit balance. */
  public Money net() {
    return debit().minus(credit());
  }

  /**
   * The side-wise sum.
   *
   * @param other a pair in the same currency
   * @return debit + other debit, credit + other credit
   */
  public DebitCredit plus(DebitCredit other) {
    return of(debit().plus(other.debit()), credit().plus(other.credit()));
  }

  /**
   * The side-wise difference.
   *
   * @param other a pair in the same currency
   * @return debit − other debit, credit − other credit
   */
  public DebitCredit minus(DebitCredit other) {
    return of(debit().minus(other.debit()), credit().minus(other.credit()));
  }

  /** True when debit equals credit. */
  public boolean isBalanced() {
    return debit().isEqual(credit());
  }

  /** True when both amounts are zero. */
  public boolean isZero() {
    return debit().isZero() && credit().isZero();
  }

  @Value.Check
  void check() {
    Checks.check(debit().getCurrencyUnit().equals(credit().getCurrencyUnit()), "debit/credit", "credit", credit(),
        "must be in the debit's currency " + debit().getCurrencyUnit());
  }

  /** {@code "Dr 100.00 PLN / Cr 0.00 PLN"}. */
  @Override
  public String toString() {
    return "Dr " + debit() + " / Cr " + credit();
  }
}
