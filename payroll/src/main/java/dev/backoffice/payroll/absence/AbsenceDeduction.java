package dev.backoffice.payroll.absence;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The deduction from a fixed monthly rate for the time not worked in a month (potrącenie za czas
 * nieprzepracowany), by the rules of the Rozporządzenie MPiPS z 29 maja 1996 r. w sprawie sposobu ustalania
 * wynagrodzenia w okresie niewykonywania pracy (Dz.U. 1996 nr 62 poz. 289):
 *
 * <ul>
 *   <li>days of illness paid by sick pay or benefit: the monthly rate divided by 30 times the calendar days of
 *       illness (§ 11 ust. 1);
 *   <li>other unpaid absence: the monthly rate divided by the working hours of the month times the hours absent
 *       (§ 12 ust. 1); both in one month: each by its own method, the sum deducted, never more than the rate;
 *   <li>illness covering the whole month: the whole rate is deducted (nothing was worked);
 *   <li>illness of 30 days or more in a 31-day month with some work: 1/30 × 30 would leave nothing for the day
 *       worked, against art. 80 KP (pay is due for work done); the hours worked are then paid by the hourly
 *       method (monthly rate / working hours of the month × hours worked), as the labour inspectorate (PIP) and
 *       the ministry advise, and the deduction is the rest of the rate.
 * </ul>
 *
 * <p>Every amount is computed exactly and rounded once to the grosz half up. The {@link #total()} goes to
 * {@link dev.backoffice.payroll.calc.MonthInput#unpaidAbsence()}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class AbsenceDeduction {
  static final String REG = "rozporządzenia MPiPS z 29 maja 1996 r. w sprawie sposobu ustalania wynagrodzenia w okresie"
      + " niewykonywania pracy (Dz.U. 1996 nr 62 poz. 289)";
  static final String SICK_SOURCE = "§ 11 ust. 1 " + REG + ": stawka miesięczna / 30 × dni niezdolności do pracy";
  static final String HOURLY_SOURCE = "§ 12 ust. 1 " + REG + ": stawka miesięczna / godziny do przepracowania w miesiącu"
      + " × godziny nieobecności";
  static final String WORKED_SOURCE = "art. 80 Kodeksu pracy (wynagrodzenie za pracę wykonaną); stanowisko PIP i MPiPS:"
      + " gdy 1/30 nie zostawia wynagrodzenia za przepracowany czas, stawka godzinowa (§ 12 ust. 1 " + REG + ") × godziny"
      + " przepracowane";
  static final String TOTAL_SOURCE = "§ 11 ust. 1 i § 12 " + REG + "; potrącenie nie większe niż stawka miesięczna";
  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

  /** The month. */
  public abstract YearMonth month();

  /** Calendar days of illness in the month. */
  public abstract int sickDays();

  /** Hours of unpaid absence in the month. */
  public abstract BigDecimal unpaidHours();

  /** The person's working hours of the month (calendar × fraction). */
  public abstract BigDecimal hoursToWork();

  /** The deduction, PLN, between zero and the monthly rate. */
  public abstract Money total();

  /** How the deduction was computed, one line per step. */
  public abstract ImmutableList<AbsenceLine> lines();

  /**
   * The deduction for a month's absences.
   *
   * @param absence the month, rate, working-time fraction and absences
   * @param calendar the working-time calendar
   * @return the deduction with its lines
   * @throws dev.backoffice.core.error.ValidationException when the month has no working hours for a deduction by hours
   */
  public static AbsenceDeduction of(MonthAbsence absence, WorkingTimeCalendar calendar) {
    Checks.notNull(absence, "absence");
    Checks.notNull(calendar, "calendar");
    YearMonth month = absence.month();
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    BigDecimal fte = absence.fte();
    BigDecimal hoursToWork = calendar.workingHours(month, fte);
    int sickDays = 0;
    BigDecimal sickHours = BigDecimal.ZERO;
    BigDecimal unpaidHours = BigDecimal.ZERO;
    for (AbsencePeriod p : absence.periods()) {
      LocalDate from = p.firstDay().isBefore(first) ? first : p.firstDay();
      LocalDate to = p.lastDay().isAfter(last) ? last : p.lastDay();
      if (from.isAfter(to)) {
        continue; // outside the month
      }
      BigDecimal hours = BigDecimal.valueOf(8L * calendar.workingDays(from, to)).multiply(fte);
      if (p.kind() == AbsenceKind.SICKNESS) {
        sickDays += (int) (to.toEpochDay() - from.toEpochDay() + 1);
        sickHours = sickHours.add(hours);
      } else {
        unpaidHours = unpaidHours.add(p.hours().orElse(hours));
      }
    }
    Money rate = absence.monthlyRate();
    ImmutableList.Builder<AbsenceLine> lines = ImmutableList.builder();
    Money total;
    int monthDays = month.lengthOfMonth();
    if (sickDays == monthDays) {
      total = rate;
      lines.add(AbsenceLine.of(AbsenceLineKind.SICKNESS_DEDUCTION, rate, "whole month of illness: the whole rate "
          + plain(rate), rate, SICK_SOURCE, "no day of the month was worked"));
    } else if (sickDays >= 30) {
      requireHours(month, hoursToWork);
      BigDecimal worked = hoursToWork.subtract(sickHours).subtract(unpaidHours).max(BigDecimal.ZERO);
      Money pay = Monies.of(Monies.PLN, rate.getAmount().multiply(worked).divide(hoursToWork, 2, RoundingMode.HALF_UP));
      total = rate.minus(pay);
      lines.add(AbsenceLine.of(AbsenceLineKind.PAY_FOR_HOURS_WORKED, rate, plain(rate) + " / " + hoursToWork.toPlainString()
          + " h × " + worked.toPlainString() + " h worked", pay, WORKED_SOURCE,
          sickDays + " days of illness: 1/30 × " + sickDays + " would leave nothing for the time worked"));
      lines.add(AbsenceLine.of(AbsenceLineKind.TOTAL_DEDUCTION, rate, plain(rate) + " − " + plain(pay), total, TOTAL_SOURCE, null));
    } else {
      Money sick = Money.zero(Monies.PLN);
      Money unpaid = Money.zero(Monies.PLN);
      if (sickDays > 0) {
        sick = Monies.of(Monies.PLN, rate.getAmount().multiply(BigDecimal.valueOf(sickDays)).divide(THIRTY, 2, RoundingMode.HALF_UP));
        lines.add(AbsenceLine.of(AbsenceLineKind.SICKNESS_DEDUCTION, rate, plain(rate) + " / 30 × " + sickDays + " days", sick,
            SICK_SOURCE, null));
      }
      if (unpaidHours.signum() > 0) {
        requireHours(month, hoursToWork);
        unpaid = Monies.of(Monies.PLN, rate.getAmount().multiply(unpaidHours).divide(hoursToWork, 2, RoundingMode.HALF_UP));
        lines.add(AbsenceLine.of(AbsenceLineKind.UNPAID_ABSENCE_DEDUCTION, rate, plain(rate) + " / " + hoursToWork.toPlainString()
            + " h × " + unpaidHours.stripTrailingZeros().toPlainString() + " h", unpaid, HOURLY_SOURCE, null));
      }
      Money sum = sick.plus(unpaid);
      total = sum.isGreaterThan(rate) ? rate : sum;
      if (sickDays > 0 && unpaidHours.signum() > 0 || sum.isGreaterThan(rate)) {
        lines.add(AbsenceLine.of(AbsenceLineKind.TOTAL_DEDUCTION, rate, plain(sick) + " + " + plain(unpaid), total, TOTAL_SOURCE,
            sum.isGreaterThan(rate) ? "limited to the monthly rate" : null));
      }
    }
    return ImmutableAbsenceDeduction.builder().month(month).sickDays(sickDays).unpaidHours(unpaidHours.stripTrailingZeros())
        .hoursToWork(hoursToWork).total(total).lines(lines.build()).build();
  }

  private static void requireHours(YearMonth month, BigDecimal hoursToWork) {
    Checks.check(hoursToWork.signum() > 0, "absences " + month, "hoursToWork", hoursToWork,
        "must be above 0 to deduct by the hourly method");
  }

  static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
