package dev.backoffice.payroll.calc;

/**
 * Step 5: the employer's contributions: pension and disability on the capped base, accident at the payer's rate,
 * the Labour Fund when the month's base converted to a full month reaches the minimum wage (art. 104 ust. 1 ustawy
 * o promocji zatrudnienia), FGŚP. Several payouts in a month: each the rate of the month's summed base less what
 * was charged before.
 */
final class EmployerContributions {
  final Factor accident;
  final long pension;
  final long disability;
  final long accidentAmount;
  final boolean fpDue;
  final long fp;
  final boolean fgspDue;
  final long fgsp;

  private EmployerContributions(Factor accident, long pension, long disability, long accidentAmount, boolean fpDue, long fp,
      boolean fgspDue, long fgsp) {
    this.accident = accident;
    this.pension = pension;
    this.disability = disability;
    this.accidentAmount = accidentAmount;
    this.fpDue = fpDue;
    this.fp = fp;
    this.fgspDue = fgspDue;
    this.fgsp = fgsp;
  }

  static EmployerContributions of(MonthRules r, EmployeeTerms t, SocialInsurance s, MonthSoFar so) {
    Factor accident = t.accidentRate().isPresent() ? t.accidentFactor() : r.defaultAccident;
    long monthBase = so.base + s.base;
    long monthPd = so.pdBase + s.pdBase;
    boolean fpDue = s.social && !t.laborFundExempt() && so.fullMonthBase + so.otherBase + s.fullMonthBase >= r.minimumWage.minor;
    boolean fgspDue = s.social && !t.guaranteedBenefitsFundExempt();
    return new EmployerContributions(accident,
        r.employerPension.applyGrosz(monthPd) - so.erPension,
        r.employerDisability.applyGrosz(monthPd) - so.erDisability,
        s.social ? accident.applyGrosz(monthBase) - so.erAccident : 0,
        fpDue, fpDue ? r.laborFund.applyGrosz(monthBase) - so.fp : 0,
        fgspDue, fgspDue ? r.guaranteedFund.applyGrosz(monthBase) - so.fgsp : 0);
  }

  long total() {
    return pension + disability + accidentAmount + fp + fgsp;
  }
}
