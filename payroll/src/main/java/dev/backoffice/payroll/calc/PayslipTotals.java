package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Sums of the payslip amounts over many payslips (a year of one employee, a payroll run, a department),
 * with the same names as on {@link Payslip}. Net and employer cost are derived exactly as on a payslip, so
 * they equal the sums of the payslips' net and employer cost.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayslipTotals implements PayrollAmounts {
  private static final PayslipTotals EMPTY = ImmutablePayslipTotals.builder()
      .count(0).gross(zero()).employeePension(zero()).employeeDisability(zero()).employeeSickness(zero())
      .healthInsurance(zero()).costsOfIncome(zero()).taxBase(zero()).taxAdvance(zero()).employeePpk(zero())
      .employerPension(zero()).employerDisability(zero()).employerAccident(zero()).laborFund(zero())
      .guaranteedBenefitsFund(zero()).employerPpk(zero()).zusFinancedBenefits(zero()).build();

  /** The number of payslips summed. */
  public abstract int count();

















  @Value.Derived
  @Override
  public Money net() {
    return Derive.net(this);
  }

  @Value.Derived
  @Override
  public Money employerCost() {
    return Derive.employerCost(this);
  }

  /** Nothing summed yet. */
  public static PayslipTotals empty() {
    return EMPTY;
  }

  /**
   * The totals of payslips.
   *
   * @param payslips the payslips
   * @return their totals
   */
  public static PayslipTotals of(Iterable<Payslip> payslips) {
    Accumulator a = new Accumulator();
    for (Payslip p : payslips) {
      a.add(p);
    }
    return a.totals();
  }

  /**
   * Sums payslips in grosze and builds the totals once (summing {@code Money} one payslip at a time allocates
   * for every field of every payslip). Not thread-safe.
   */
  public static final class Accumulator {
    private static final int FIELDS = 16;
    private final long[] sum = new long[FIELDS];
    private int count;

    /** An empty accumulator. */
    public Accumulator() {
      // nothing summed yet
    }

    /**
     * Adds a payslip.
     *
     * @param p the payslip
     * @return this accumulator
     */
    public Accumulator add(Payslip p) {
      count++;
      sum[0] += MoneyCache.minor(p.gross());
      sum[1] += MoneyCache.minor(p.employeePension());
      sum[2] += MoneyCache.minor(p.employeeDisability());
      sum[3] += MoneyCache.minor(p.employeeSickness());
      sum[4] += MoneyCache.minor(p.healthInsurance());
      sum[5] += MoneyCache.minor(p.costsOfIncome());
      sum[6] += MoneyCache.minor(p.taxBase());
      sum[7] += MoneyCache.minor(p.taxAdvance());
      sum[8] += MoneyCache.minor(p.employeePpk());
      sum[9] += MoneyCache.minor(p.employerPension());
      sum[10] += MoneyCache.minor(p.employerDisability());
      sum[11] += MoneyCache.minor(p.employerAccident());
      sum[12] += MoneyCache.minor(p.laborFund());
      sum[13] += MoneyCache.minor(p.guaranteedBenefitsFund());
      sum[14] += MoneyCache.minor(p.employerPpk());
      sum[15] += MoneyCache.minor(p.zusFinancedBenefits());
      return this;
    }

    /** The totals of the payslips added so far. */
    public PayslipTotals totals() {
      return ImmutablePayslipTotals.builder()
          .count(count).gross(m(0)).employeePension(m(1)).employeeDisability(m(2)).employeeSickness(m(3))
          .healthInsurance(m(4)).costsOfIncome(m(5)).taxBase(m(6)).taxAdvance(m(7)).employeePpk(m(8))
          .employerPension(m(9)).employerDisability(m(10)).employerAccident(m(11)).laborFund(m(12))
          .guaranteedBenefitsFund(m(13)).employerPpk(m(14)).zusFinancedBenefits(m(15)).build();
    }

    private Money m(int i) {
      return Money.ofMinor(Monies.PLN, sum[i]);
    }
  }

  /**
   * These totals with one more payslip.
   *
   * @param p the payslip
   * @return new totals
   */
  public PayslipTotals plus(Payslip p) {
    return plus(new Accumulator().add(p).totals());
  }

  /**
   * The sum of two totals.
   *
   * @param o the other totals
   * @return new totals
   */
  public PayslipTotals plus(PayslipTotals o) {
    return ImmutablePayslipTotals.builder()
        .count(count() + o.count())
        .gross(gross().plus(o.gross()))
        .employeePension(employeePension().plus(o.employeePension()))
        .employeeDisability(employeeDisability().plus(o.employeeDisability()))
        .employeeSickness(employeeSickness().plus(o.employeeSickness()))
        .healthInsurance(healthInsurance().plus(o.healthInsurance()))
        .costsOfIncome(costsOfIncome().plus(o.costsOfIncome()))
        .taxBase(taxBase().plus(o.taxBase()))
        .taxAdvance(taxAdvance().plus(o.taxAdvance()))
        .employeePpk(employeePpk().plus(o.employeePpk()))
        .employerPension(employerPension().plus(o.employerPension()))
        .employerDisability(employerDisability().plus(o.employerDisability()))
        .employerAccident(employerAccident().plus(o.employerAccident()))
        .laborFund(laborFund().plus(o.laborFund()))
        .guaranteedBenefitsFund(guaranteedBenefitsFund().plus(o.guaranteedBenefitsFund()))
        .employerPpk(employerPpk().plus(o.employerPpk()))
        .zusFinancedBenefits(zusFinancedBenefits().plus(o.zusFinancedBenefits()))
        .build();
  }

  private static Money zero() {
    return Money.zero(Monies.PLN);
  }
}
