package dev.backoffice.reporting.vat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A VAT register (ewidencja VAT) of a period: the sales register (output tax) or the purchase register (input tax
 * to deduct), one row per document, with the totals per rate and per JPK_V7 field, and the check that the tax
 * total equals the period's turnover on the VAT account (221 for sales, 222 for purchases) — naming the entries
 * that move the account without VAT data when it does not.
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from
public abstract class VatRegister implements Report {
  /** Sales or purchases. */
  public abstract VatRegisterKind kind();

  /** The first day of the period. */
  public abstract LocalDate from();

  /** The last day of the period. */
  public abstract LocalDate to();

  /** The rows in journal (booking) order, numbered from 1 (empty in the totals a streaming writer keeps). */
  public abstract ImmutableList<VatRegisterRow> rows();

  /** The number of rows. */
  public abstract int rowCount();

  /** Base and tax per rate over all rows, in rate order. */
  public abstract ImmutableList<VatAmount> totals();

  /** Every JPK_V7 field summed over the rows, in the schema's order. */
  public abstract ImmutableMap<String, Money> fieldTotals();

  /** The tax total (the register's control sum: PodatekNalezny or PodatekNaliczony). */
  public abstract Money tax();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableVatRegister.Builder builder() {
    return ImmutableVatRegister.builder();
  }

  /**
   * A field's total.
   *
   * @param field a JPK_V7 field such as {@code K_19}
   * @return its total, zero when no row fills it
   */
  public Money field(String field) {
    Money m = fieldTotals().get(field);
    return m == null ? Money.zero(tax().getCurrencyUnit()) : m;
  }
}
