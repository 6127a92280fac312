package dev.backoffice.reporting.vat;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;
import org.joda.money.Money;

/** The net base and the tax at one rate, in złoty (negative in a correction that lowers them). */
@Value.Immutable
@BackOfficeStyle
public abstract class VatAmount {
  /** The rate. */
  @Value.Parameter
  public abstract VatRate rate();

  /** The net base. */
  @Value.Parameter
  public abstract Money base();

  /** The tax (zero for zw, np and 0 %). */
  @Value.Parameter
  public abstract Money tax();

  /**
   * An amount.
   *
   * @param rate the rate
   * @param base the net base
   * @param tax the tax, in the base's currency
   * @return the amount
   */
  public static VatAmount of(VatRate rate, Money base, Money tax) {
    return ImmutableVatAmount.of(rate, base, tax);
  }

  /**
   * The sum with another amount at the same rate.
   *
   * @param other an amount at the same rate
   * @return the sum
   */
  public VatAmount plus(VatAmount other) {
    Checks.check(other.rate() == rate(), "VAT amount", "rate", other.rate(), "must be " + rate());
    return of(rate(), base().plus(other.base()), tax().plus(other.tax()));
  }

  @Value.Check
  void check() {
    Checks.check(base().getCurrencyUnit().equals(tax().getCurrencyUnit()), "VAT amount", "tax", tax(),
        "must be in the currency of the base " + base());
  }
}
