package dev.backoffice.reporting.trialbalance;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.reporting.common.DebitCredit;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The memo figures of a currency account in a base-currency trial balance: the same four columns as the row
 * (opening balance, turnover, cumulative turnover, closing balance) in the currency the lines were posted in,
 * e.g. the euros behind the złoty values of account 131. They are information only: the row's own figures,
 * in the base currency, are what the totals add up.
 *
 * <p>Invariant: opening net + turnover net = closing net.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class CurrencyAmounts {
  /** The currency of the lines. */
  public abstract CurrencyUnit currency();

  /** The balance at the start of the period, in {@link #currency()}. */
  public abstract DebitCredit opening();

  /** The turnover of the period, in {@link #currency()}. */
  public abstract DebitCredit turnover();

  /** The turnover from the start of the fiscal year, in {@link #currency()}. */
  public abstract DebitCredit cumulativeTurnover();

  /** The balance at the end of the period, in {@link #currency()}. */
  public abstract DebitCredit closing();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCurrencyAmounts.Builder builder() {
    return ImmutableCurrencyAmounts.builder();
  }

  /**
   * The sum of two memo figures in the same currency (opening and closing balances expanded side by side).
   *
   * @param other figures in the same currency
   * @return the sum
   */
  public CurrencyAmounts plus(CurrencyAmounts other) {
    Checks.check(other.currency().equals(currency()), "currency amounts", "currency", other.currency(),
        "must be " + currency());
    return builder().currency(currency()).opening(opening().plus(other.opening()))
        .turnover(turnover().plus(other.turnover()))
        .cumulativeTurnover(cumulativeTurnover().plus(other.cumulativeTurnover()))
        .closing(closing().plus(other.closing())).build();
  }

  @Value.Check
  void check() {
    String subject = "currency amounts " + currency();
    for (DebitCredit dc : new DebitCredit[] {opening(), turnover(), cumulativeTurnover(), closing()}) {
      Checks.check(dc.currency().equals(currency()), subject, "amounts", dc, "must be in " + currency());
    }
    Checks.check(opening().net().plus(turnover().net()).isEqual(closing().net()), subject, "closing", closing(),
        "must equal opening " + opening() + " plus turnover " + turnover());
  }
}
