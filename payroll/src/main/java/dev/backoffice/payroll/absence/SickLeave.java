package dev.backoffice.payroll.absence;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ImmutableSickPay;
import dev.backoffice.payroll.calc.SickPay;
import dev.backoffice.payroll.calc.SickPayKind;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Pay for days of incapacity for work: employer sick pay (wynagrodzenie chorobowe, art. 92 KP) up to the
 * yearly limit, then sickness benefit (zasiłek chorobowy) financed by ZUS.
 *
 * <ul>
 *   <li>The employer pays for at most 33 days of incapacity in a calendar year; from the calendar year after
 *       the one in which the person turned 50, for 14 days (art. 92 § 1 pkt 1 KP, as ZUS applies it). Days beyond
 *       the limit are paid as benefit.
 *   <li>Daily amount: base × percentage / 30, rounded to the grosz half up, for every calendar day (art. 92 § 2 KP;
 *       the benefit likewise, 1/30 of the monthly benefit a day).
 *   <li>Both are outside the social contribution base (art. 18 ust. 1 and art. 20 ust. 1 ustawy o sus with § 2
 *       of the 1998 regulation excluding them) and subject to health insurance and PIT. Sick pay is revenue from
 *       employment (art. 12 ust. 1 PIT); the benefit is revenue from other sources (art. 20 ust. 1–2 PIT), from
 *       which no employment costs of income are deducted, and the PIT-11 shows it in row 15 of part E.
 * </ul>
 *
 * <p>The waiting period (okres wyczekiwania, art. 4 of the benefit act) and work accidents (benefit from the
 * first day under the accident insurance act) are not modelled.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class SickLeave {
  static final String LIMIT_SOURCE = "art. 92 § 1 pkt 1 Kodeksu pracy: wynagrodzenie chorobowe do 33 dni w roku kalendarzowym,"
      + " 14 dni dla pracownika, który ukończył 50 lat — od roku następującego po roku ukończenia 50 lat (ZUS)";
  static final String DAILY = "art. 92 § 2 Kodeksu pracy: za każdy dzień niezdolności, także wolny; dzienna stawka 1/30 podstawy";

  /** Days paid by the employer (sick pay). */
  public abstract int employerDays();

  /** Days paid as sickness benefit. */
  public abstract int benefitDays();

  /** Days counted against the employer-paid limit after these days: pass to the next {@link SickDays}. */
  public abstract int daysUsedAfter();

  /** The amounts for {@link dev.backoffice.payroll.calc.MonthInput#sickPay()} (benefit only when the payer pays it). */
  public abstract ImmutableList<SickPay> sickPay();

  /** How every figure was computed: the base, the split of days, each amount. */
  public abstract ImmutableList<AbsenceLine> lines();

  /**
   * Sick pay and benefit for days of incapacity.
   *
   * @param days the days, their cause, base and the limit used so far
   * @return the amounts and their lines
   */
  public static SickLeave of(SickDays days) {
    Checks.notNull(days, "days");
    int limit = limit(days);
    int left = Math.max(0, limit - days.daysUsedBefore());
    int employer = Math.min(days.days(), left);
    int benefit = days.days() - employer;
    ImmutableList.Builder<AbsenceLine> lines = ImmutableList.builder();
    ImmutableList.Builder<SickPay> pay = ImmutableList.builder();
    Money base = days.base().amount();
    lines.add(days.base().line());
    String splitNote = limit == 14 ? "person turned 50 before " + days.year() + ": limit 14 days" : null;
    lines.add(AbsenceLine.of(AbsenceLineKind.SICK_DAYS_SPLIT, base, days.days() + " days, " + days.daysUsedBefore()
        + " already used of " + limit + ": " + employer + " employer days, " + benefit + " benefit days",
        Money.zero(Monies.PLN), LIMIT_SOURCE, splitNote));
    SicknessCause cause = days.cause();
    if (employer > 0) {
      SickPay sp = amount(SickPayKind.EMPLOYER_SICK_PAY, base, cause.sickPayRate(), employer, cause.sickPaySource());
      pay.add(sp);
      lines.add(AbsenceLine.of(AbsenceLineKind.EMPLOYER_SICK_PAY, base, sp.explanation().orElse(""), sp.amount(),
          cause.sickPaySource() + "; " + DAILY, null));
    }
    if (benefit > 0) {
      SickPay sp = amount(SickPayKind.SICKNESS_BENEFIT, base, cause.benefitRate(), benefit, cause.benefitSource());
      if (days.payerPaysBenefit()) {
        pay.add(sp);
      }
      lines.add(AbsenceLine.of(AbsenceLineKind.SICKNESS_BENEFIT, base, sp.explanation().orElse(""), sp.amount(),
          cause.benefitSource() + "; financed by ZUS; PIT: art. 20 ust. 1–2 ustawy o PIT (inne źródła, bez kosztów uzyskania)",
          days.payerPaysBenefit() ? null : "paid by ZUS directly: not on the payslip"));
    }
    return ImmutableSickLeave.builder().employerDays(employer).benefitDays(benefit)
        .daysUsedAfter(days.daysUsedBefore() + days.days()).sickPay(pay.build()).lines(lines.build()).build();
  }

  /** 33 days, or 14 from the calendar year after the one in which the person turned 50. */
  static int limit(SickDays days) {
    return days.birthDate().isPresent() && days.year() > days.birthDate().get().getYear() + 50 ? 14 : 33;
  }

  private static SickPay amount(SickPayKind kind, Money base, Rate rate, int n, String source) {
    SickPay computed = SickPay.computed(kind, base, rate, n);
    return ImmutableSickPay.copyOf(computed).withExplanation(computed.explanation().orElse("") + " (" + source + ")");
  }
}
