package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/** The payslips of consecutive months of one year of one contract, with their totals. */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollYear {
  /** The tax year. */
  public abstract int year();

  /** The payslips, in month order. */
  public abstract ImmutableList<Payslip> months();

  /** The totals of the payslips. */
  @Value.Derived
  public PayslipTotals totals() {
    return PayslipTotals.of(months());
  }

  /**
   * A year of payslips.
   *
   * @param year the tax year
   * @param months the payslips in month order
   * @return the year
   */
  public static PayrollYear of(int year, Iterable<Payslip> months) {
    return ImmutablePayrollYear.builder().year(year).addAllMonths(months).build();
  }
}
