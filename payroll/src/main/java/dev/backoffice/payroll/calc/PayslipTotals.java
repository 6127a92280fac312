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
public abstract class PayslipTotals {
  private static final PayslipTotals EMPTY = ImmutablePayslipTotals.builder()
      .count(0).gross(zero()).employeePension(zero()).employeeDisability(zero()).employeeSickness(zero())
      .healthInsurance(zero()).costsOfIncome(zero()).taxBase(zero()).taxAdvance(zero()).employeePpk(zero())
      .employerPension(zero()).employerDisability(zero()).employerAccident(zero()).laborFund(zero())
      .guaranteedBenefitsFund(zero()).employerPpk(zero()).zusFinancedBenefits(zero()).build();

  /** The number of payslips summed. */
  public abstract int count();

  /** Sum of gross pay. */
  public abstract Money gross();

  /** Sum of employee pension contributions. */
  public abstract Money employeePension();

  /** Sum of employee disability contributions. */
  public abstract Money employeeDisability();

  /** Sum of sickness contributions. */
  public abstract Money employeeSickness();

  /** Sum of health contributions. */
  public abstract Money healthInsurance();

  /** Sum of costs of income. */
  public abstract Money costsOfIncome();

  /** Sum of tax bases. */
  public abstract Money taxBase();

  /** Sum of tax advances (and flat taxes). */
  public abstract Money taxAdvance();

  /** Sum of employee PPK contributions. */
  public abstract Money employeePpk();

  /** Sum of employer pension contributions. */
  public abstract Money employerPension();

  /** Sum of employer disability contributions. */
  public abstract Money employerDisability();

  /** Sum of accident contributions. */
  public abstract Money employerAccident();

  /** Sum of Labour Fund contributions. */
  public abstract Money laborFund();

  /** Sum of FGŚP contributions. */
  public abstract Money guaranteedBenefitsFund();

  /** Sum of employer PPK contributions. */
  public abstract Money employerPpk();

  /** Sum of the gross pay financed by ZUS (sickness benefit). */
  public abstract Money zusFinancedBenefits();

  /** Sum of net pay: gross − employee social − health − tax − employee PPK. */
  @Value.Derived
  public Money net() {
    return gross().minus(employeePension()).minus(employeeDisability()).minus(employeeSickness())
        .minus(healthInsurance()).minus(taxAdvance()).minus(employeePpk());
  }

  /** Sum of employer cost: gross + employer contributions + employer PPK. */
  @Value.Derived
  public Money employerCost() {
    return gross().plus(employerPension()).plus(employerDisability()).plus(employerAccident()).plus(laborFund())
        .plus(guaranteedBenefitsFund()).plus(employerPpk());
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
    PayslipTotals t = EMPTY;
    for (Payslip p : payslips) {
      t = t.plus(p);
    }
    return t;
  }

  /**
   * These totals with one more payslip.
   *
   * @param p the payslip
   * @return new totals
   */
  public PayslipTotals plus(Payslip p) {
    return plus(ImmutablePayslipTotals.builder()
        .count(1).gross(p.gross()).employeePension(p.employeePension()).employeeDisability(p.employeeDisability())
        .employeeSickness(p.employeeSickness()).healthInsurance(p.healthInsurance()).costsOfIncome(p.costsOfIncome())
        .taxBase(p.taxBase()).taxAdvance(p.taxAdvance()).employeePpk(p.employeePpk()).employerPension(p.employerPension())
        .employerDisability(p.employerDisability()).employerAccident(p.employerAccident()).laborFund(p.laborFund())
        .guaranteedBenefitsFund(p.guaranteedBenefitsFund()).employerPpk(p.employerPpk())
        .zusFinancedBenefits(p.zusFinancedBenefits()).build());
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
