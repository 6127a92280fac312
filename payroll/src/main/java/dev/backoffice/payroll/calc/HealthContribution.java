package dev.backoffice.payroll.calc;

/**
 * Step 3: health insurance, 9 % of the social base less the employee's social contributions, plus sick pay
 * (art. 81 ust. 1 and 6 ustawy o świadczeniach); not deductible from the tax since 2022. Several payouts in a
 * month: the rate of the month's summed health base less what was charged before.
 */
final class HealthContribution {
  final long base;
  final long amount;

  private HealthContribution(long base, long amount) {
    this.base = base;
    this.amount = amount;
  }

  static HealthContribution of(MonthRules r, Earnings e, SocialInsurance s, MonthSoFar so) {
    long base = s.social ? s.base - s.eeSocial + e.sick : 0;
    return new HealthContribution(base, r.health.applyGrosz(so.healthBase + base) - so.health);
  }
}
