package dev.backoffice.payroll.declaration;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.Payslip;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The payer's ZUS DRA declaration of a month (deklaracja rozliczeniowa): totals by fund of every payout paid in
 * the month — the contribution base of a month is the revenue paid in it — the sickness benefits the payer paid on
 * ZUS's behalf and deducts, and the amount to pay. Computed from the payouts directly, so that
 * {@link DeclarationChecks#draEqualsSumOfRca} is a real cross-check of the RCA blocks.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Dra {
  /** The month of payment. */
  public abstract YearMonth month();

  /** Insured persons reported (distinct people with an RCA block). */
  public abstract int insuredPersons();

  /** Totals by fund. */
  public abstract ZusContributions contributions();

  /** Sickness benefits the payer paid on ZUS's behalf in the month, deducted from the amount to pay. */
  public abstract Money benefitsDeducted();

  /** The amount to pay: all contributions less the benefits deducted. */
  @Value.Derived
  public Money payable() {
    return contributions().total().minus(benefitsDeducted());
  }

  /**
   * The DRA of a month from every payout of the payer.
   *
   * @param month the month of payment
   * @param payouts the payouts, any months
   * @return the declaration
   */
  public static Dra of(YearMonth month, Iterable<PayoutResult> payouts) {
    return fromPayslips(month, Payouts.payslips(payouts));
  }

  /**
   * The DRA of a month from payslips (each carries its payment date).
   *
   * @param month the month of payment
   * @param payslips the payslips
   * @return the declaration
   */
  public static Dra fromPayslips(YearMonth month, Iterable<Payslip> payslips) {
    ZusContributions sum = ZusContributions.none();
    Money benefits = Money.zero(Monies.PLN);
    Set<String> insured = new HashSet<>();
    for (Payslip p : payslips) {
      if (!YearMonth.from(p.paymentDate()).equals(month)) {
        continue;
      }
      ZusContributions z = ZusContributions.of(p);
      sum = sum.plus(z);
      benefits = benefits.plus(p.zusFinancedBenefits());
      if (InsuranceTitle.of(p.contract()).isPresent() && !(z.total().isZero() && z.accidentBase().isZero() && z.healthBase().isZero())) {
        insured.add(p.employeeId());
      }
    }
    return ImmutableDra.builder().month(month).insuredPersons(insured.size()).contributions(sum).benefitsDeducted(benefits).build();
  }
}
