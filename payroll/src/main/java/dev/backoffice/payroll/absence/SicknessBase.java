package dev.backoffice.payroll.absence;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.money.RoundingPolicy;
import dev.backoffice.payroll.params.ParameterKey;
import dev.backoffice.payroll.params.YearParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The base of sick pay and sickness benefit (podstawa wymiaru): the average monthly pay of the 12 calendar
 * months before the month the incapacity began (fewer when the person was insured for fewer full months), each
 * month's pay less the employee's social contributions deducted from it — pension 9.76 % + disability 1.5 % +
 * sickness 2.45 % = 13.71 % (art. 36 ust. 1–2 and art. 3 pkt 4 of the sickness benefit act; art. 92 § 2 KP for
 * sick pay). The caller gives each month's pay subject to the sickness contribution, already supplemented to a
 * full month where art. 37 of the act requires it.
 *
 * <p>Each month's contributions are {@code pay × rate} rounded to the grosz half up; the average is rounded to the
 * grosz half up.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class SicknessBase {
  static final String SOURCE = "art. 36 ust. 1–2 i art. 3 pkt 4 " + SicknessCause.BENEFIT_ACT
      + ": przeciętne miesięczne wynagrodzenie z 12 miesięcy kalendarzowych poprzedzających miesiąc powstania niezdolności,"
      + " po odliczeniu składek pracownika na ubezpieczenia emerytalne, rentowe i chorobowe; art. 92 § 2 Kodeksu pracy";

  static final String MINIMUM_SOURCE = "art. 45 ust. 1 " + SicknessCause.BENEFIT_ACT + ": podstawa z pracy w pełnym wymiarze"
      + " nie niższa niż minimalne wynagrodzenie po odliczeniu 13,71 % (w niepełnym wymiarze proporcjonalnie);"
      + " art. 92 § 2 Kodeksu pracy";

  /** The base, PLN a month. */
  public abstract Money amount();

  /** How many months were averaged. */
  public abstract int months();

  /** How the base was computed. */
  public abstract AbsenceLine line();

  /**
   * A base the payer computed elsewhere.
   *
   * @param amount the base, PLN a month, not negative
   * @return the base
   */
  public static SicknessBase of(Money amount) {
    Checks.check(amount.getCurrencyUnit().equals(Monies.PLN) && amount.getAmount().signum() >= 0, "sicknessBase", amount,
        "must be a non-negative amount in PLN");
    return ImmutableSicknessBase.builder().amount(amount).months(0)
        .line(AbsenceLine.of(AbsenceLineKind.SICKNESS_BASE, amount, "given", amount, SOURCE, null)).build();
  }

  /**
   * The base from the monthly pay of up to 12 months, each reduced by the employee's social contributions.
   *
   * @param monthlyPay each month's pay subject to the sickness contribution, PLN, 1 to 12 months
   * @param employeeSocial the employee's social contribution rate (13.71 % in 2024–2026)
   * @return the base
   * @throws dev.backoffice.core.error.ValidationException for no months, more than 12, or a negative amount
   */
  public static SicknessBase of(List<Money> monthlyPay, Rate employeeSocial) {
    Checks.notNull(monthlyPay, "monthlyPay");
    Checks.check(!monthlyPay.isEmpty() && monthlyPay.size() <= 12, "monthlyPay", monthlyPay.size() + " months",
        "must have 1 to 12 months (art. 36 ust. 1–2)");
    Checks.check(!employeeSocial.isNegative() && employeeSocial.compareTo(Rate.ONE_HUNDRED_PERCENT) < 0, "employeeSocial",
        employeeSocial, "must be between 0% and 100%");
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal gross = BigDecimal.ZERO;
    for (int i = 0; i < monthlyPay.size(); i++) {
      Money m = monthlyPay.get(i);
      Checks.check(m.getCurrencyUnit().equals(Monies.PLN) && m.getAmount().signum() >= 0, "monthlyPay[" + i + "]", m,
          "must be a non-negative amount in PLN");
      BigDecimal social = RoundingPolicy.GROSZ_HALF_UP.round(employeeSocial.applyTo(m.getAmount()));
      sum = sum.add(m.getAmount()).subtract(social);
      gross = gross.add(m.getAmount());
    }
    int n = monthlyPay.size();
    Money amount = Monies.of(Monies.PLN, sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
    String method = "(" + gross.toPlainString() + " − " + employeeSocial + " of each month = " + sum.toPlainString() + ") / " + n
        + " months";
    return ImmutableSicknessBase.builder().amount(amount).months(n)
        .line(AbsenceLine.of(AbsenceLineKind.SICKNESS_BASE, Monies.of(Monies.PLN, gross), method, amount, SOURCE,
            n < 12 ? "fewer than 12 months: the full calendar months of insurance (art. 36 ust. 2)" : null))
        .build();
  }

  /**
   * This base raised to the statutory minimum when it is lower: the minimum wage (for a part-time person, in
   * proportion to the working-time fraction) less 13.71 % of it (art. 45 ust. 1 of the sickness benefit act; it
   * applies to sick pay through art. 92 § 2 KP). Published example: 2021, ¾ time, 2,800 × 0.75 = 2,100.00 −
   * 287.91 = 1,812.09.
   *
   * @param minimumWage the full-time minimum wage in force in the month of incapacity, PLN
   * @param fte the working-time fraction, above 0 and at most 1
   * @param employeeSocial the employee's social contribution rate (13.71 %)
   * @return this base, or the minimum with a note saying so
   */
  public SicknessBase atLeastMinimum(Money minimumWage, BigDecimal fte, Rate employeeSocial) {
    WorkingTimeCalendar.checkFte(fte);
    BigDecimal wage = RoundingPolicy.GROSZ_HALF_UP.round(minimumWage.getAmount().multiply(fte));
    BigDecimal floor = wage.subtract(RoundingPolicy.GROSZ_HALF_UP.round(employeeSocial.applyTo(wage)));
    if (amount().getAmount().compareTo(floor) >= 0) {
      return this;
    }
    Money raised = Monies.of(Monies.PLN, floor);
    String method = line().method() + " = " + amount().getAmount().toPlainString() + ", below the minimum "
        + wage.toPlainString() + " − " + employeeSocial + " = " + floor.toPlainString();
    return ImmutableSicknessBase.builder().from(this).amount(raised)
        .line(AbsenceLine.of(AbsenceLineKind.SICKNESS_BASE, line().base(), method, raised, MINIMUM_SOURCE,
            "raised to the minimum base")).build();
  }

  /**
   * This base raised to the minimum of the law in force on a day.
   *
   * @param law the year's payroll parameters
   * @param day the first day of incapacity
   * @param fte the working-time fraction
   * @return this base, or the minimum
   */
  public SicknessBase atLeastMinimum(YearParameters law, LocalDate day, BigDecimal fte) {
    return atLeastMinimum(law.value(ParameterKey.MINIMUM_WAGE, day).money(), fte, employeeSocial(law, day));
  }

  private static Rate employeeSocial(YearParameters law, LocalDate day) {
    return law.value(ParameterKey.EMPLOYEE_PENSION_RATE, day).rate()
        .plus(law.value(ParameterKey.EMPLOYEE_DISABILITY_RATE, day).rate())
        .plus(law.value(ParameterKey.EMPLOYEE_SICKNESS_RATE, day).rate());
  }

  /**
   * The base with the employee's social rate of the law in force on a day (pension + disability + sickness).
   *
   * @param monthlyPay each month's pay subject to the sickness contribution, PLN, 1 to 12 months
   * @param law the year's payroll parameters
   * @param day the first day of incapacity
   * @return the base
   */
  public static SicknessBase of(List<Money> monthlyPay, YearParameters law, LocalDate day) {
    return of(ImmutableList.copyOf(monthlyPay), employeeSocial(law, day));
  }
}
