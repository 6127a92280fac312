package dev.backoffice.payroll.calc;

import java.time.LocalDate;

/**
 * Step 2: which insurance applies and the employee's social contributions. The 30× cap limits the pension and
 * disability base (the payout that crosses it is charged on the remainder); with several payouts in a payment
 * month every contribution is the rate of the month's summed base less what the earlier payouts charged
 * (art. 18 ust. 1 ustawy o sus: the base of a month is the revenue paid in it).
 */
final class SocialInsurance {
  final boolean student;
  final boolean social;
  final boolean sicknessInsured;
  /** The base converted to a full month (the time pay replaced by the monthly rate): decides the Labour Fund. */
  final long fullMonthBase;
  final long base;
  final long pdBase;
  final long sickBase;
  final long eePension;
  final long eeDisability;
  final long eeSickness;
  final long eeSocial;

  private SocialInsurance(boolean student, boolean social, boolean sicknessInsured, long fullMonthBase, long base, long pdBase,
      long sickBase, long eePension, long eeDisability, long eeSickness) {
    this.student = student;
    this.social = social;
    this.sicknessInsured = sicknessInsured;
    this.fullMonthBase = fullMonthBase;
    this.base = base;
    this.pdBase = pdBase;
    this.sickBase = sickBase;
    this.eePension = eePension;
    this.eeDisability = eeDisability;
    this.eeSickness = eeSickness;
    this.eeSocial = eePension + eeDisability + eeSickness;
  }

  static SocialInsurance of(MonthRules r, EmployeeTerms t, Earnings e, YearToDate ytd, MonthSoFar so, LocalDate payDate,
      PayoutKind kind) {
    ContractType c = t.contract();
    boolean student = c == ContractType.MANDATE && t.student() && PayslipEngine.underAge(t, payDate, r.youthAge, false);
    boolean social = c != ContractType.SPECIFIC_TASK && !student;
    boolean sicknessInsured = social && (c == ContractType.EMPLOYMENT || t.voluntarySickness());
    long rate = t.monthlyRate().isPresent() ? MoneyCache.minor(t.monthlyRate().get()) : 0;
    long fullMonth = social ? (kind == PayoutKind.PAY && rate > 0 && rate > e.timePay ? e.zus - e.timePay + rate : e.zus) : 0;
    long base = social ? e.zus : 0;
    long capLeft = Math.max(0, r.pensionCap.minor - MoneyCache.minor(ytd.pensionDisabilityBase()));
    long pdBase = Math.min(base, capLeft);
    long monthPd = so.pdBase + pdBase;
    long monthSick = 0;
    long sickBase = 0;
    if (sicknessInsured) {
      // voluntary sickness on a mandate: base at most 250 % of the forecast average wage (art. 20 ust. 3)
      boolean capped = c == ContractType.MANDATE;
      monthSick = capped ? Math.min(so.base + base, r.voluntarySicknessCap.minor) : so.base + base;
      sickBase = monthSick - (capped ? Math.min(so.base, r.voluntarySicknessCap.minor) : so.base);
    }
    return new SocialInsurance(student, social, sicknessInsured, fullMonth, base, pdBase, sickBase,
        r.employeePension.applyGrosz(monthPd) - so.eePension, r.employeeDisability.applyGrosz(monthPd) - so.eeDisability,
        r.employeeSickness.applyGrosz(monthSick) - so.eeSickness);
  }
}
