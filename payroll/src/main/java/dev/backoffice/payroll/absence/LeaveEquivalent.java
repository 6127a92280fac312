package dev.backoffice.payroll.absence;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.ComponentKind;
import dev.backoffice.payroll.calc.PayComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The equivalent for unused annual leave (ekwiwalent pieniężny za urlop, art. 171 KP), by the Rozporządzenie
 * MPiPS z 8 stycznia 1997 r.:
 *
 * <ul>
 *   <li>the monthly base: the fixed monthly components plus the variable components of the 3 months before the
 *       month the right arose, averaged (§ 15–16);
 *   <li>the coefficient (współczynnik urlopowy): the year's working days / 12, reduced in proportion to the
 *       working-time fraction (§ 19; see {@link WorkingTimeCalendar#leaveCoefficient});
 *   <li>the equivalent for a day is the base divided by the coefficient, for an hour that divided by the daily
 *       norm of 8 hours (§ 18); for the unused hours: {@code base / (coefficient × 8) × hours}, computed exactly
 *       and rounded once to the grosz half up.
 * </ul>
 *
 * <p>It is revenue from employment (art. 12 ust. 1 PIT names it) and part of the ZUS base: a component subject
 * to both ({@link #component()}).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class LeaveEquivalent {
  static final String SOURCE = "art. 171 Kodeksu pracy; § 15–16 (podstawa), § 18 (ekwiwalent za dzień i godzinę) " + HolidayPay.REG;
  static final String COEFFICIENT_SOURCE = "§ 19 " + HolidayPay.REG + ": (dni roku − niedziele − święta − dni wolne z"
      + " pięciodniowego tygodnia pracy) / 12, obniżony proporcjonalnie do wymiaru etatu";
  private static final BigDecimal EIGHT = BigDecimal.valueOf(8);

  /** The monthly base. */
  public abstract Money base();

  /** The coefficient applied (rounded to two decimals). */
  public abstract BigDecimal coefficient();

  /** The equivalent. */
  public abstract Money amount();

  /** How it was computed: the coefficient, then the amount. */
  public abstract ImmutableList<AbsenceLine> lines();

  /**
   * The equivalent for unused hours of leave.
   *
   * @param year the year of payment (its coefficient applies)
   * @param fte the working-time fraction, above 0 and at most 1
   * @param fixedMonthly the fixed monthly components, PLN
   * @param variableOfThreeMonths the variable components of the 3 preceding months, summed, PLN
   * @param unusedHours the unused leave in hours (days × 8 × fraction), not negative
   * @param calendar the working-time calendar
   * @return the equivalent
   */
  public static LeaveEquivalent of(int year, BigDecimal fte, Money fixedMonthly, Money variableOfThreeMonths,
      BigDecimal unusedHours, WorkingTimeCalendar calendar) {
    HolidayPay.checkAmount("fixedMonthly", fixedMonthly);
    HolidayPay.checkAmount("variableOfThreeMonths", variableOfThreeMonths);
    Checks.check(unusedHours.signum() >= 0, "unusedHours", unusedHours, "must not be negative");
    BigDecimal coefficient = calendar.leaveCoefficient(year, fte);
    Money variable = Monies.of(Monies.PLN, variableOfThreeMonths.getAmount().divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
    Money base = fixedMonthly.plus(variable);
    Money amount = Monies.of(Monies.PLN, base.getAmount().multiply(unusedHours)
        .divide(coefficient.multiply(EIGHT), 2, RoundingMode.HALF_UP));
    int days = calendar.workingDays(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31));
    ImmutableList.Builder<AbsenceLine> lines = ImmutableList.builder();
    lines.add(AbsenceLine.of(AbsenceLineKind.LEAVE_COEFFICIENT, Money.zero(Monies.PLN), days + " working days of " + year
        + " × " + fte.stripTrailingZeros().toPlainString() + " / 12", Money.zero(Monies.PLN), COEFFICIENT_SOURCE,
        "coefficient " + coefficient.toPlainString()));
    String baseText = variableOfThreeMonths.isZero() ? HolidayPay.plain(base)
        : "(" + HolidayPay.plain(fixedMonthly) + " + " + HolidayPay.plain(variableOfThreeMonths) + " / 3 = " + HolidayPay.plain(base) + ")";
    lines.add(AbsenceLine.of(AbsenceLineKind.LEAVE_EQUIVALENT, base, baseText + " / " + coefficient.toPlainString() + " / 8 h × "
        + unusedHours.stripTrailingZeros().toPlainString() + " h", amount, SOURCE, null));
    return ImmutableLeaveEquivalent.builder().base(base).coefficient(coefficient).amount(amount).lines(lines.build()).build();
  }

  /** The equivalent as a pay component subject to ZUS and PIT. */
  public PayComponent component() {
    return PayComponent.builder().kind(ComponentKind.ALLOWANCE).name(AbsenceLineKind.LEAVE_EQUIVALENT.polishName())
        .amount(amount()).build();
  }
}
