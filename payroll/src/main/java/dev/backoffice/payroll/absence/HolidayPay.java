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
 * Pay for days of annual leave (wynagrodzenie urlopowe, art. 172 KP: what the person would have earned had
 * they worked), by the Rozporządzenie MPiPS z 8 stycznia 1997 r. (Dz.U. 1997 nr 2 poz. 14):
 *
 * <ul>
 *   <li>fixed monthly components are paid in the amount due in the month of the leave, as if working — the
 *       monthly rate is simply not reduced (§ 6 pkt 1);
 *   <li>variable components (bonuses by results, overtime, night supplements) are averaged over the 3 months
 *       before the month the leave starts (§ 7; up to 12 months when they fluctuate much, § 8): their sum divided
 *       by the hours worked in those months, times the hours the person would have worked during the leave
 *       (§ 9), computed exactly and rounded once to the grosz half up.
 * </ul>
 *
 * <p>The variable part is a pay component subject to ZUS and PIT ({@link #variableComponent()}).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class HolidayPay {
  static final String REG = "rozporządzenia MPiPS z 8 stycznia 1997 r. w sprawie szczegółowych zasad udzielania urlopu"
      + " wypoczynkowego, ustalania i wypłacania wynagrodzenia za czas urlopu oraz ekwiwalentu pieniężnego za urlop"
      + " (Dz.U. 1997 nr 2 poz. 14)";
  static final String FIXED_SOURCE = "art. 172 Kodeksu pracy; § 6 pkt 1 " + REG + ": składniki stałe w wysokości należnej w"
      + " miesiącu urlopu";
  static final String VARIABLE_SOURCE = "§ 7–9 " + REG + ": składniki zmienne z 3 miesięcy poprzedzających miesiąc urlopu /"
      + " godziny przepracowane w tych miesiącach × godziny urlopu";

  /** The fixed monthly components, paid unreduced. */
  public abstract Money fixed();

  /** The variable part of holiday pay. */
  public abstract Money variable();

  /** How each part was computed. */
  public abstract ImmutableList<AbsenceLine> lines();

  /**
   * Holiday pay for hours of leave.
   *
   * @param fixedMonthly the fixed monthly components of the month of leave (paid unreduced), PLN
   * @param variableOfPrecedingMonths the variable components paid for the 3 (or up to 12) preceding months, PLN
   * @param hoursWorkedInThoseMonths the hours actually worked in those months, above 0 when there are variable components
   * @param leaveHours the hours the person would have worked during the leave, not negative
   * @return the holiday pay
   */
  public static HolidayPay of(Money fixedMonthly, Money variableOfPrecedingMonths, BigDecimal hoursWorkedInThoseMonths,
      BigDecimal leaveHours) {
    checkAmount("fixedMonthly", fixedMonthly);
    checkAmount("variableOfPrecedingMonths", variableOfPrecedingMonths);
    Checks.check(leaveHours.signum() >= 0, "leaveHours", leaveHours, "must not be negative");
    Checks.check(hoursWorkedInThoseMonths.signum() > 0 || variableOfPrecedingMonths.isZero(), "hoursWorkedInThoseMonths",
        hoursWorkedInThoseMonths, "must be above 0 when there are variable components to average");
    Money variable = variableOfPrecedingMonths.isZero() ? Money.zero(Monies.PLN)
        : Monies.of(Monies.PLN, variableOfPrecedingMonths.getAmount().multiply(leaveHours)
            .divide(hoursWorkedInThoseMonths, 2, RoundingMode.HALF_UP));
    ImmutableList.Builder<AbsenceLine> lines = ImmutableList.builder();
    lines.add(AbsenceLine.of(AbsenceLineKind.HOLIDAY_PAY_FIXED, fixedMonthly, "fixed components " + plain(fixedMonthly)
        + " paid as if working", fixedMonthly, FIXED_SOURCE, "no deduction for the " + leaveHours.stripTrailingZeros().toPlainString()
        + " h of leave"));
    if (!variableOfPrecedingMonths.isZero()) {
      lines.add(AbsenceLine.of(AbsenceLineKind.HOLIDAY_PAY_VARIABLE, variableOfPrecedingMonths, plain(variableOfPrecedingMonths)
          + " / " + hoursWorkedInThoseMonths.stripTrailingZeros().toPlainString() + " h × "
          + leaveHours.stripTrailingZeros().toPlainString() + " h", variable, VARIABLE_SOURCE, null));
    }
    return ImmutableHolidayPay.builder().fixed(fixedMonthly).variable(variable).lines(lines.build()).build();
  }

  /** The variable part as a pay component subject to ZUS and PIT (none when zero). */
  public ImmutableList<PayComponent> variableComponent() {
    if (variable().isZero()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(PayComponent.builder().kind(ComponentKind.OTHER)
        .name(AbsenceLineKind.HOLIDAY_PAY_VARIABLE.polishName()).amount(variable()).build());
  }

  static void checkAmount(String field, Money m) {
    Checks.check(m.getCurrencyUnit().equals(Monies.PLN) && m.getAmount().signum() >= 0, field, m, "must be a non-negative amount in PLN");
  }

  static String plain(Money m) {
    return AbsenceDeduction.plain(m);
  }
}
