package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One month's pay of one contract (pasek wynagrodzenia), with every figure explained by a
 * {@link PayslipLine}. All amounts are PLN; contributions are rounded to the grosz half up, the tax base and
 * the tax to the full złoty half up.
 *
 * <p>By construction {@link #net()} = {@link #gross()} − employee pension − disability − sickness − health −
 * tax − employee PPK, and {@link #employerCost()} = gross + employer pension + disability + accident +
 * Labour Fund + FGŚP + employer PPK: both are derived, never stored separately.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Payslip implements PayrollAmounts {
  /** The employee's identifier. */
  public abstract String employeeId();

  /** The employee's name, if known. */
  public abstract Optional<String> employeeName();

  /** The employee's department, if known. */
  public abstract Optional<String> department();

  /** The contract. */
  public abstract ContractType contract();

  /** The tax year. */
  public abstract int year();

  /** The month, 1–12. */
  public abstract int month();

  /** The day the pay is paid. */
  public abstract LocalDate paymentDate();
















  /** The month's social contribution base before the 30× cap. */
  public abstract Money contributionBase();

  /** The pension and disability base charged this month (after the 30× cap); adds to the year-to-date base. */
  public abstract Money pensionDisabilityBase();

  /** The health contribution base. */
  public abstract Money healthBase();

  /** Taxable revenue of the month (including employer PPK), before reliefs. */
  public abstract Money taxableRevenue();

  /** Revenue exempted this month by a zero-PIT relief. */
  public abstract Money exemptRevenue();

  /** The author's 50 % costs deducted this month (part of {@link #costsOfIncome()}). */
  public abstract Money authorCosts();


  /**
   * The employee's social contributions deducted from the tax base: all of them, or with a zero-PIT relief only
   * the part financed from taxable revenue (PIT-11 reports this figure).
   */
  @Value.Default
  public Money deductibleSocial() {
    return employeeSocial();
  }

  /** The PIT-2 reduction this payslip's advance was reduced by (once a month per person). */
  @Value.Default
  public Money taxReductionApplied() {
    return Money.zero(employeePension().getCurrencyUnit());
  }

  /**
   * The employer's PPK contributions taxed as revenue in this payslip: its own with
   * {@link PpkRevenueTiming#WITH_PAY}, the ones paid to the fund since the previous payment month with
   * {@link PpkRevenueTiming#WHEN_PAID_TO_FUND}.
   */
  @Value.Default
  public Money employerPpkRevenue() {
    return employerPpk();
  }

  /**
   * The contribution base converted to a full month (the pay for days not worked added back), which decides
   * whether the Labour Fund is due; equal to {@link #contributionBase()} when the month was worked in full.
   */
  @Value.Default
  public Money fullMonthBase() {
    return contributionBase();
  }

  /** What the calculator noticed but did not refuse, e.g. pay below the minimum wage. */
  public abstract ImmutableList<PayrollWarning> warnings();

  /** True when the flat 12 % tax of a small agreement applies instead of an advance. */
  public abstract boolean flatTax();

  /**
   * The lines explaining every figure, in payslip order: what each amount is, its base, rate, legal source
   * and, where something non-obvious happened, a note. Built from the computation when first asked for.
   */
  @Value.Lazy
  public ImmutableList<PayslipLine> lines() {
    return computation().map(PayslipEngine::lines).orElse(ImmutableList.of());
  }

  /** The intermediate figures the lines are built from (absent on a payslip built by hand). */
  @Value.Auxiliary
  abstract Optional<Computation> computation();

  /** The year-to-date state after this month, to pass when calculating the next month. */
  public abstract YearToDate yearToDate();

  /**
   * A builder; the calculator builds payslips, callers normally do not.
   *
   * @return a new builder
   */
  public static ImmutablePayslip.Builder builder() {
    return ImmutablePayslip.builder();
  }

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

  /** The month. */
  public YearMonth period() {
    return YearMonth.of(year(), month());
  }

  /** How messages name this payslip: {@code "employee E-17 2025-03"}. */
  public String subject() {
    return "employee " + employeeId() + " " + period();
  }

  /**
   * The first line with a code.
   *
   * @param code the code
   * @return the line, or empty when the payslip has none
   */
  public Optional<PayslipLine> line(LineCode code) {
    for (PayslipLine l : lines()) {
      if (l.code() == code) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The payslip as text, one line per {@link PayslipLine}: how every figure was computed and why.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder sb = new StringBuilder("Payslip ").append(subject()).append(" (").append(contract().polishName()).append(")\n");
    for (PayslipLine l : lines()) {
      sb.append("  ").append(l).append('\n');
    }
    return sb.toString();
  }
}
