package dev.backoffice.ledger.query;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.Side;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The turnovers and balance of an account in one currency over a range of dates, with the pending
 * reservations at the time of the query.
 *
 * <p>{@link #debit()} and {@link #credit()} are the posted turnovers (obroty Wn/Ma) of the range; a red
 * reversal shrinks them. {@link #net()} = debit − credit. Pending amounts are not dated: they are the
 * reservations open now.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Balance {
  /** The currency. */
  public abstract CurrencyUnit currency();

  /** Posted debit turnover (obroty Wn). */
  public abstract Money debit();

  /** Posted credit turnover (obroty Ma). */
  public abstract Money credit();

  /** Debits of open reservations. */
  public abstract Money pendingDebit();

  /** Credits of open reservations. */
  public abstract Money pendingCredit();

  /**
   * The base-currency value of {@link #net()}: the sum of the lines' base values in the range (debits plus,
   * credits minus). For a balance in the base currency it equals {@link #net()}; a foreign-currency line
   * without a stated base-currency cost contributes nothing.
   */
  public abstract Money baseValue();

  /**
   * A balance in the base currency without pending amounts (its base value is its net).
   *
   * @param debit the debit turnover
   * @param credit the credit turnover
   * @return the balance
   */
  public static Balance of(Money debit, Money credit) {
    CurrencyUnit c = debit.getCurrencyUnit();
    return ImmutableBalance.builder().currency(c).debit(debit).credit(credit)
        .pendingDebit(Money.zero(c)).pendingCredit(Money.zero(c)).baseValue(debit.minus(credit)).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBalance.Builder builder() {
    return ImmutableBalance.builder();
  }

  /** Debit minus credit turnover: positive for a debit balance (saldo Wn). */
  public Money net() {
    return debit().minus(credit());
  }

  /** The debit balance (saldo Wn) if the net is positive, else zero. */
  public Money debitBalance() {
    return net().isPositive() ? net() : Money.zero(currency());
  }

  /** The credit balance (saldo Ma) if the net is negative, else zero. */
  public Money creditBalance() {
    return net().isNegative() ? net().negated() : Money.zero(currency());
  }

  /**
   * What can still be taken from the balance on its normal side once open reservations are honoured: for a
   * debit-normal account posted net − pending credits, for a credit-normal one −net − pending debits.
   *
   * @param normalBalance the account's normal side
   * @return the available balance
   */
  public Money available(Side normalBalance) {
    return normalBalance == Side.DEBIT ? net().minus(pendingCredit()) : net().negated().minus(pendingDebit());
  }

  /** True when every amount is zero. */
  public boolean isZero() {
    return debit().isZero() && credit().isZero() && pendingDebit().isZero() && pendingCredit().isZero();
  }
}
