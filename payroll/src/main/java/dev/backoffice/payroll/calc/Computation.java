package dev.backoffice.payroll.calc;

/**
 * The named steps of one payslip's computation, each a small value the next one read, kept so that the
 * explaining lines can be built when first asked for ({@link Payslip#lines()}). Immutable; the payslip's final
 * field publishes it safely.
 */
final class Computation {
  final MonthRules rules;
  final EmployeeTerms terms;
  final MonthInput input;
  final MonthSoFar so;
  final Earnings earn;
  final SocialInsurance ins;
  final HealthContribution health;
  final PpkContributions ppk;
  final EmployerContributions employer;
  final TaxableRevenue revenue;
  final CostsOfIncome costs;
  final TaxAdvance tax;
  final long net;
  final long cost;

  Computation(MonthRules rules, EmployeeTerms terms, MonthInput input, MonthSoFar so, Earnings earn, SocialInsurance ins,
      HealthContribution health, PpkContributions ppk, EmployerContributions employer, TaxableRevenue revenue,
      CostsOfIncome costs, TaxAdvance tax) {
    this.rules = rules;
    this.terms = terms;
    this.input = input;
    this.so = so;
    this.earn = earn;
    this.ins = ins;
    this.health = health;
    this.ppk = ppk;
    this.employer = employer;
    this.revenue = revenue;
    this.costs = costs;
    this.tax = tax;
    this.net = earn.gross - ins.eeSocial - health.amount - tax.amount - ppk.employee;
    this.cost = earn.gross + employer.total() + ppk.employer;
  }
}
