package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.Payslip;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The payer's annual declaration of the income tax advances withheld (PIT-4R), month by month of payment:
 * the advance is withheld when the pay is paid (art. 31, 38 ust. 1 PIT), so a payout of December paid on
 * 10 January is in January of the next year's PIT-4R.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Pit4R {
  /** The tax year. */
  public abstract int taxYear();

  /** Twelve months, January first. */
  public abstract ImmutableList<Pit4RMonth> months();

  /** The year's advances. */
  @Value.Derived
  public Money total() {
    Money m = Money.zero(Monies.PLN);
    for (Pit4RMonth x : months()) {
      m = m.plus(x.total());
    }
    return m;
  }

  /**
   * The declaration from every payout of the payer (any people, any years; those paid in other years are ignored).
   *
   * @param taxYear the tax year
   * @param payouts the payouts
   * @return the declaration
   */
  public static Pit4R of(int taxYear, Iterable<PayoutResult> payouts) {
    return fromPayslips(taxYear, Payouts.payslips(payouts));
  }

  /**
   * The declaration from payslips (each carries its payment date).
   *
   * @param taxYear the tax year
   * @param payslips the payslips
   * @return the declaration
   */
  public static Pit4R fromPayslips(int taxYear, Iterable<Payslip> payslips) {
    long[][] sums = new long[12][3];
    for (Payslip p : payslips) {
      if (p.paymentDate().getYear() != taxYear) {
        continue;
      }
      long tax = p.taxAdvance().getAmountMinorLong();
      int m = p.paymentDate().getMonthValue() - 1;
      if (p.flatTax()) {
        sums[m][2] += tax;
      } else if (p.contract() == ContractType.EMPLOYMENT) {
        sums[m][0] += tax;
      } else {
        sums[m][1] += tax;
      }
    }
    ImmutablePit4R.Builder b = ImmutablePit4R.builder().taxYear(taxYear);
    for (int m = 0; m < 12; m++) {
      b.addMonths(Pit4RMonth.builder().month(m + 1).employment(pln(sums[m][0])).personalActivity(pln(sums[m][1]))
          .flatTax(pln(sums[m][2])).build());
    }
    return b.build();
  }

  private static Money pln(long minor) {
    return Money.ofMinor(Monies.PLN, minor);
  }
}
