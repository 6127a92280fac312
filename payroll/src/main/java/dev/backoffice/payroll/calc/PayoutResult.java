package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A computed payout: the {@link Payout} (contract, period worked, payment date) and its {@link Payslip} (every
 * figure with its explaining lines and warnings). The amounts are the payslip's. Declarations read these:
 * PIT-11 and PIT-4R by {@link #taxYear()} and payment month, DRA/RCA by {@link #paymentMonth()}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayoutResult implements PayrollAmounts {
  /** The payout computed. */
  @Value.Parameter
  public abstract Payout payout();

  /** Its figures and lines. */
  @Value.Parameter
  public abstract Payslip payslip();

  /**
   * A result.
   *
   * @param payout the payout
   * @param payslip its payslip
   * @return the result
   */
  public static PayoutResult of(Payout payout, Payslip payslip) {
    return ImmutablePayoutResult.of(payout, payslip);
  }

  /** The person's identifier. */
  public String employeeId() {
    return payout().employeeId();
  }

  /** The contract's identifier among the person's contracts. */
  public String contractId() {
    return payout().contractId();
  }

  /** The contract type. */
  public ContractType contract() {
    return payout().terms().contract();
  }

  /** The period worked. */
  public YearMonth period() {
    return payout().period();
  }

  /** The day it was paid. */
  public LocalDate paymentDate() {
    return payout().paymentDate();
  }

  /** The month of payment (the contribution month of DRA/RCA and the month of the tax advance). */
  public YearMonth paymentMonth() {
    return payout().paymentMonth();
  }

  /** The tax year (year of payment). */
  public int taxYear() {
    return payout().taxYear();
  }

  /** The payslip's explaining lines. */
  public ImmutableList<PayslipLine> lines() {
    return payslip().lines();
  }

  /** The payslip's warnings (e.g. pay below the minimum wage). */
  public ImmutableList<PayrollWarning> warnings() {
    return payslip().warnings();
  }

  @Override
  public final Money gross() {
    return payslip().gross();
  }

  @Override
  public final Money employeePension() {
    return payslip().employeePension();
  }

  @Override
  public final Money employeeDisability() {
    return payslip().employeeDisability();
  }

  @Override
  public final Money employeeSickness() {
    return payslip().employeeSickness();
  }

  @Override
  public final Money healthInsurance() {
    return payslip().healthInsurance();
  }

  @Override
  public final Money costsOfIncome() {
    return payslip().costsOfIncome();
  }

  @Override
  public final Money taxBase() {
    return payslip().taxBase();
  }

  @Override
  public final Money taxAdvance() {
    return payslip().taxAdvance();
  }

  @Override
  public final Money employeePpk() {
    return payslip().employeePpk();
  }

  @Override
  public final Money employerPension() {
    return payslip().employerPension();
  }

  @Override
  public final Money employerDisability() {
    return payslip().employerDisability();
  }

  @Override
  public final Money employerAccident() {
    return payslip().employerAccident();
  }

  @Override
  public final Money laborFund() {
    return payslip().laborFund();
  }

  @Override
  public final Money guaranteedBenefitsFund() {
    return payslip().guaranteedBenefitsFund();
  }

  @Override
  public final Money employerPpk() {
    return payslip().employerPpk();
  }

  @Override
  public final Money zusFinancedBenefits() {
    return payslip().zusFinancedBenefits();
  }

  @Override
  public final Money net() {
    return payslip().net();
  }

  @Override
  public final Money employerCost() {
    return payslip().employerCost();
  }

  /** {@code "PayoutResult{employee E-1 employment 2024-12 paid 2025-01-10, net 17,…}"}. */
  @Override
  public String toString() {
    return "PayoutResult{" + payout().subject() + ", gross " + gross() + ", net " + net() + "}";
  }
}
