package dev.backoffice.payroll.calc;

/**
 * Step 7: the costs of income. Employment: 250/300 zł once a month per contract, within the yearly cap of
 * 3,000/4,500 zł (3,600/5,400 elevated) (art. 22 ust. 2 pkt 1–4 ustawy o PIT). Mandate and specific-task: 20 %, or
 * the author's 50 % within its yearly limit, of the taxable revenue less the deductible contributions (art. 22
 * ust. 9). None under the flat tax or without taxable revenue.
 */
final class CostsOfIncome {
  static final CostsOfIncome NONE = new CostsOfIncome(0, 0, 0, 0, -1, 0);

  final long base;
  final long amount;
  final long fullAuthor;
  final long monthly;
  final long cap;
  final long author;

  private CostsOfIncome(long base, long amount, long fullAuthor, long monthly, long cap, long author) {
    this.base = base;
    this.amount = amount;
    this.fullAuthor = fullAuthor;
    this.monthly = monthly;
    this.cap = cap;
    this.author = author;
  }

  static CostsOfIncome of(MonthRules r, EmployeeTerms t, TaxableRevenue v, YearToDate ytd, MonthSoFar so) {
    if (v.flat || v.taxable <= 0) {
      return NONE;
    }
    if (t.contract() == ContractType.EMPLOYMENT) {
      long monthly = (t.elevatedCosts() ? r.kupElevated : r.kupStandard).minor;
      long cap = r.kupAnnualCap(t.elevatedCosts(), so.severalEmploymentContracts);
      long yearLeft = cap < 0 ? Long.MAX_VALUE : Math.max(0, cap - MoneyCache.minor(ytd.employmentCosts()));
      return new CostsOfIncome(0, Math.min(Math.max(0, monthly - so.costsUsed), yearLeft), 0, monthly, cap, 0);
    }
    long base = v.taxable - v.deductibleSocial;
    if (t.authorCosts()) {
      long left = Math.max(0, r.authorLimit.minor - MoneyCache.minor(ytd.authorCosts()));
      long full = r.kupAuthorRate.applyGrosz(base);
      long costs = Math.min(full, left);
      return new CostsOfIncome(base, costs, full, 0, -1, costs);
    }
    return new CostsOfIncome(base, r.kupRate.applyGrosz(base), 0, 0, -1, 0);
  }
}
