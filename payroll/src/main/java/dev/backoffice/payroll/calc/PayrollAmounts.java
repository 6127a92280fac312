package dev.backoffice.payroll.calc;

import org.joda.money.Money;

/**
 * The amounts a payslip shows, in PLN, named as the command line's JSON prints them. Implemented by one
 * month's {@link Payslip} and by {@link PayslipTotals} (sums over many payslips), so that reports and the
 * command line read both the same way.
 *
 * <p>{@link #net()} = {@link #gross()} − employee pension − disability − sickness − health − tax − employee
 * PPK; {@link #employerCost()} = gross + employer pension + disability + accident + Labour Fund + FGŚP +
 * employer PPK. Both are derived, never stored separately.
 */
public interface PayrollAmounts {
  /** Gross pay: components − unpaid absence + sick pay. */
  Money gross();

  /** Employee pension contribution (emerytalna, 9.76 % of the capped base). */
  Money employeePension();

  /** Employee disability contribution (rentowa, 1.5 % of the capped base). */
  Money employeeDisability();

  /** Employee sickness contribution (chorobowa, 2.45 %). */
  Money employeeSickness();

  /** Health insurance (zdrowotna, 9 % of the social base less the employee's social contributions, plus sick pay). */
  Money healthInsurance();

  /** Costs of income deducted (KUP). */
  Money costsOfIncome();

  /** The tax base, whole złoty. */
  Money taxBase();

  /** The tax advance (or flat tax) withheld, whole złoty. */
  Money taxAdvance();

  /** Employee PPK contribution. */
  Money employeePpk();

  /** Employer pension contribution (9.76 % of the capped base). */
  Money employerPension();

  /** Employer disability contribution (6.5 % of the capped base). */
  Money employerDisability();

  /** Accident contribution (wypadkowa, the employer's rate). */
  Money employerAccident();

  /** Labour Fund (Fundusz Pracy, 2.45 %). */
  Money laborFund();

  /** Guaranteed Employee Benefits Fund (FGŚP, 0.10 %). */
  Money guaranteedBenefitsFund();

  /** Employer PPK contribution (taxable revenue of the employee, not paid out). */
  Money employerPpk();

  /** The part of gross pay financed by ZUS (sickness benefit), which the payer settles with ZUS. */
  Money zusFinancedBenefits();

  /** Net pay: gross less employee social contributions, health, tax and employee PPK. */
  Money net();

  /** Employer cost: gross plus the employer contributions and employer PPK. */
  Money employerCost();

  /** Sum of the employee's social contributions (pension + disability + sickness). */
  default Money employeeSocial() {
    return employeePension().plus(employeeDisability()).plus(employeeSickness());
  }

  /** Sum of the employer's contributions (pension + disability + accident + Labour Fund + FGŚP), without PPK. */
  default Money employerContributions() {
    return employerPension().plus(employerDisability()).plus(employerAccident()).plus(laborFund()).plus(guaranteedBenefitsFund());
  }
}
