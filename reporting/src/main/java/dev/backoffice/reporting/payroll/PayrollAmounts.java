package dev.backoffice.reporting.payroll;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The amounts of a payslip or a sum of payslips (PLN): gross, the employee's deductions, net, the employer's
 * charges and employer cost, with the groups payroll summaries need — ZUS (social insurance, health, Labour
 * Fund and FGŚP, all paid to ZUS), PIT (paid to the tax office) and PPK (paid to the PPK institution).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayrollAmounts {
  /** Number of payslips summed. */
  public abstract int count();

  /** Gross pay. */
  public abstract Money gross();

  /** Employee pension contribution (emerytalna). */
  public abstract Money employeePension();

  /** Employee disability contribution (rentowa). */
  public abstract Money employeeDisability();

  /** Employee sickness contribution (chorobowa). */
  public abstract Money employeeSickness();

  /** Health insurance (zdrowotna). */
  public abstract Money health();

  /** Costs of income (KUP). */
  public abstract Money costsOfIncome();

  /** Tax base. */
  public abstract Money taxBase();

  /** Tax advance withheld (PIT). */
  public abstract Money tax();

  /** Employee PPK contribution. */
  public abstract Money employeePpk();

  /** Net pay. */
  public abstract Money net();

  /** Employer pension contribution. */
  public abstract Money employerPension();

  /** Employer disability contribution. */
  public abstract Money employerDisability();

  /** Accident contribution (wypadkowa). */
  public abstract Money employerAccident();

  /** Labour Fund (Fundusz Pracy). */
  public abstract Money laborFund();

  /** FGŚP. */
  public abstract Money guaranteedBenefitsFund();

  /** Employer PPK contribution. */
  public abstract Money employerPpk();

  /** Employer cost. */
  public abstract Money employerCost();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePayrollAmounts.Builder builder() {
    return ImmutablePayrollAmounts.builder();
  }

  /** Employee social contributions: pension + disability + sickness. */
  public Money employeeSocial() {
    return employeePension().plus(employeeDisability()).plus(employeeSickness());
  }

  /** Employer social contributions: pension + disability + accident. */
  public Money employerSocial() {
    return employerPension().plus(employerDisability()).plus(employerAccident());
  }

  /** Everything paid to ZUS: both sides' social contributions, health, Labour Fund and FGŚP. */
  public Money zus() {
    return employeeSocial().plus(employerSocial()).plus(health()).plus(laborFund()).plus(guaranteedBenefitsFund());
  }

  /** Everything paid to the PPK institution: employee and employer PPK. */
  public Money ppk() {
    return employeePpk().plus(employerPpk());
  }

  /** Gross − employee social − health − tax − employee PPK; equals {@link #net()} for consistent amounts. */
  public Money netComputed() {
    return gross().minus(employeeSocial()).minus(health()).minus(tax()).minus(employeePpk());
  }

  /** Gross + employer social + Labour Fund + FGŚP + employer PPK; equals {@link #employerCost()} for consistent amounts. */
  public Money employerCostComputed() {
    return gross().plus(employerSocial()).plus(laborFund()).plus(guaranteedBenefitsFund()).plus(employerPpk());
  }

  /**
   * The field-wise sum.
   *
   * @param o other amounts
   * @return the sum
   */
  public PayrollAmounts plus(PayrollAmounts o) {
    return builder().count(count() + o.count()).gross(gross().plus(o.gross()))
        .employeePension(employeePension().plus(o.employeePension()))
        .employeeDisability(employeeDisability().plus(o.employeeDisability()))
        .employeeSickness(employeeSickness().plus(o.employeeSickness()))
        .health(health().plus(o.health())).costsOfIncome(costsOfIncome().plus(o.costsOfIncome()))
        .taxBase(taxBase().plus(o.taxBase())).tax(tax().plus(o.tax())).employeePpk(employeePpk().plus(o.employeePpk()))
        .net(net().plus(o.net())).employerPension(employerPension().plus(o.employerPension()))
        .employerDisability(employerDisability().plus(o.employerDisability()))
        .employerAccident(employerAccident().plus(o.employerAccident())).laborFund(laborFund().plus(o.laborFund()))
        .guaranteedBenefitsFund(guaranteedBenefitsFund().plus(o.guaranteedBenefitsFund()))
        .employerPpk(employerPpk().plus(o.employerPpk())).employerCost(employerCost().plus(o.employerCost()))
        .build();
  }
}
