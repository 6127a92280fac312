package dev.backoffice.reporting.trialbalance;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.reporting.common.DebitCredit;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * One row of a trial balance: an account in one currency with its opening balance (saldo at the start of
 * the period), period turnover (obroty okresu), cumulative turnover (obroty narastająco, from the start of
 * the fiscal year to the end of the period) and closing balance (saldo końcowe). Balances are split by
 * side; turnovers are the posted debits and credits.
 *
 * <p>In a base-currency trial balance (the default) every amount is the value in the ledger's base currency
 * and {@link #currencyAmounts()} holds the foreign-currency figures as memo; in a per-currency one each row
 * is one currency's own amounts.
 *
 * <p>Invariant: opening net + turnover net = closing net.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class TrialBalanceRow {
  /** The account code. */
  public abstract String account();

  /** The account name. */
  public abstract String name();

  /** The currency of every amount of the row. */
  public abstract CurrencyUnit currency();

  /** The depth of the account in the chart: 0 for a synthetic (top-level) account. */
  @Value.Default
  public int depth() {
    return 0;
  }

  /** True when the row sums a subtree of accounts (a synthetic row) rather than one account's own postings. */
  @Value.Default
  public boolean aggregate() {
    return false;
  }

  /** The balance at the start of the period (bilans otwarcia when the period starts the fiscal year). */
  public abstract DebitCredit opening();

  /** The turnover of the period. */
  public abstract DebitCredit turnover();

  /** The turnover from the start of the fiscal year to the end of the period. */
  public abstract DebitCredit cumulativeTurnover();

  /** The balance at the end of the period. */
  public abstract DebitCredit closing();

  /**
   * In a base-currency trial balance, the memo figures of the lines posted in other currencies whose values
   * make this row (one per currency, sorted by code); empty in a per-currency trial balance and for accounts
   * booked only in the base currency.
   */
  public abstract ImmutableList<CurrencyAmounts> currencyAmounts();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTrialBalanceRow.Builder builder() {
    return ImmutableTrialBalanceRow.builder();
  }

  @Value.Check
  void check() {
    String subject = "trial balance row " + account() + " " + currency();
    for (DebitCredit dc : new DebitCredit[] {opening(), turnover(), cumulativeTurnover(), closing()}) {
      Checks.check(dc.currency().equals(currency()), subject, "amounts", dc, "must be in " + currency());
    }
    Checks.check(opening().net().plus(turnover().net()).isEqual(closing().net()), subject, "closing", closing(),
        "must equal opening " + opening() + " plus turnover " + turnover());
    for (CurrencyAmounts m : currencyAmounts()) {
      Checks.check(!m.currency().equals(currency()), subject, "currencyAmounts", m.currency(),
          "must be in another currency than the row");
    }
  }
}
