package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One payment to one person under one contract: what it pays for (the {@link #input()}'s year and month are the
 * period worked) and the day it is paid. The payment date decides the law that applies (art. 11 ust. 1 ustawy o
 * PIT: revenue arises when it is paid; art. 18 ust. 1 ustawy o systemie ubezpieczeń społecznych: the
 * contribution base of a month is the revenue paid in it): the tax year, the contribution month, and every
 * annual limit. {@link PayrollCalculator#pay(Payout, PayoutHistory)} computes it.
 *
 * <pre>{@code
 * Payout dec = Payout.of(terms, MonthInput.of(2024, 12, Monies.of("PLN", "25000.00")), LocalDate.of(2025, 1, 10));
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Payout {
  /** The contract it pays under (its {@link EmployeeTerms#contractId()} tells a person's contracts apart). */
  public abstract EmployeeTerms terms();

  /** What it pays: the period worked (year, month), the components, absences and sick pay. */
  public abstract MonthInput input();

  /** The day it is paid (made available to the person). */
  public abstract LocalDate paymentDate();

  /** What kind of payout it is; default the regular pay of the period. */
  @Value.Default
  public PayoutKind kind() {
    return PayoutKind.PAY;
  }

  /**
   * A regular payout.
   *
   * @param terms the contract
   * @param input the period worked and what is paid for it
   * @param paymentDate the day it is paid
   * @return the payout
   */
  public static Payout of(EmployeeTerms terms, MonthInput input, LocalDate paymentDate) {
    return builder().terms(terms).input(input).paymentDate(paymentDate).build();
  }

  /**
   * The regular pay paid on the last day of the month worked: the month-keyed case.
   *
   * @param terms the contract
   * @param input the month worked and what is paid for it
   * @return the payout
   */
  public static Payout inMonthWorked(EmployeeTerms terms, MonthInput input) {
    Checks.notNull(input, "input");
    return of(terms, input, YearMonth.of(input.year(), input.month()).atEndOfMonth());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePayout.Builder builder() {
    return ImmutablePayout.builder();
  }

  /** The period worked. */
  public YearMonth period() {
    return YearMonth.of(input().year(), input().month());
  }

  /** The month of payment: the month whose contribution base and tax advances include it. */
  public YearMonth paymentMonth() {
    return YearMonth.from(paymentDate());
  }

  /** The tax year: the year of payment. */
  public int taxYear() {
    return paymentDate().getYear();
  }

  /** The person's identifier. */
  public String employeeId() {
    return terms().employeeId();
  }

  /** The contract's identifier among the person's contracts. */
  public String contractId() {
    return terms().contractId();
  }

  /** How errors name this payout: {@code "employee E-1 employment 2024-12 paid 2025-01-10"}. */
  public String subject() {
    return terms().subject() + " " + contractId() + " " + period() + " paid " + paymentDate();
  }

  @Value.Check
  void check() {
    String s = terms().subject();
    Checks.check(input().month() >= 1 && input().month() <= 12, s, "month", input().month(), "must be 1 to 12");
    LocalDate first = LocalDate.of(input().year(), input().month(), 1);
    Checks.check(!paymentDate().isBefore(first), s, "paymentDate", paymentDate(),
        "must not be before the period it pays for (" + first + ")");
    Checks.check(!input().paymentDate().isPresent() || input().paymentDate().get().equals(paymentDate()), s,
        "input.paymentDate", input().paymentDate().orElse(null), "must be empty or the payout's payment date " + paymentDate());
  }
}
