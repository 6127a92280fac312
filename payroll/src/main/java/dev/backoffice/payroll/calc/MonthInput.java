package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What happened in one month of one contract: the gross pay components, the deduction for unpaid absence and
 * the sick pay. The calculator validates it (month 1–12, amounts in PLN and not negative, absence not above
 * the pay it reduces) and names the employee and field when it is wrong.
 *
 * <p>One payslip per month and contract is modelled: put all pay of the month into one input.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class MonthInput {
  /** The tax year. */
  public abstract int year();

  /** The month, 1–12. */
  public abstract int month();

  /** The gross pay components. */
  public abstract ImmutableList<PayComponent> components();

  /**
   * The deduction for unpaid absence (urlop bezpłatny, nieusprawiedliwiona nieobecność) or for days of
   * illness, as computed by the payer; it reduces the pay subject to ZUS and PIT. Default zero.
   */
  @Value.Default
  public Money unpaidAbsence() {
    return Money.zero(Monies.PLN);
  }

  /** Sick pay and sickness benefit paid in the month (employment only). */
  public abstract ImmutableList<SickPay> sickPay();

  /**
   * The hours worked under a mandate in the month, when the pay is not at a contracted hourly rate: the pay
   * per hour is checked against the minimum hourly rate.
   */
  public abstract Optional<BigDecimal> hoursWorked();

  /** The day the pay is paid; default the last day of the month. Decides age-based rules (under 26). */
  public abstract Optional<LocalDate> paymentDate();

  /**
   * A month with one base-pay component.
   *
   * @param year the tax year
   * @param month the month, 1–12 (checked by the calculator)
   * @param gross the gross pay, PLN
   * @return the input
   */
  public static MonthInput of(int year, int month, Money gross) {
    return builder().year(year).month(month).addComponents(PayComponent.of(ComponentKind.BASE, gross)).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthInput.Builder builder() {
    return ImmutableMonthInput.builder();
  }

  /**
   * The same input for another month of the same year (the payment date, if any, is dropped).
   *
   * @param otherMonth the month, 1–12
   * @return a new input
   */
  public MonthInput forMonth(int otherMonth) {
    return ImmutableMonthInput.copyOf(this).withMonth(otherMonth).withPaymentDate(Optional.empty());
  }

  /**
   * The same input for another year (the payment date, if any, is dropped).
   *
   * @param otherYear the year
   * @return a new input
   */
  public MonthInput forYear(int otherYear) {
    return ImmutableMonthInput.copyOf(this).withYear(otherYear).withPaymentDate(Optional.empty());
  }
}
