package dev.backoffice.payroll.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Step 8: the tax base (złoty half up, art. 63 § 1 Ordynacji podatkowej) and the advance. Employment: 12 %, the
 * payout crossing 120,000 zł of the year's cumulative base split 12 %/32 % (art. 27 ust. 1, art. 32 ust. 1);
 * mandate and specific-task 12 % always (art. 41 ust. 1); less the PIT-2 reduction still left in the month (art.
 * 32 ust. 3: once a month), never negative. A small agreement: the flat 12 % instead.
 */
final class TaxAdvance {
  final long base;
  final long lower;
  final long upper;
  final BigDecimal lowerTax;
  final BigDecimal upperTax;
  final MonthRules.@org.jspecify.annotations.Nullable Amount reduction;
  final long reductionLeft;
  final long reductionApplied;
  final long amount;

  private TaxAdvance(long base, long lower, long upper, BigDecimal lowerTax, BigDecimal upperTax,
      MonthRules.@org.jspecify.annotations.Nullable Amount reduction, long reductionLeft, long reductionApplied, long amount) {
    this.base = base;
    this.lower = lower;
    this.upper = upper;
    this.lowerTax = lowerTax;
    this.upperTax = upperTax;
    this.reduction = reduction;
    this.reductionLeft = reductionLeft;
    this.reductionApplied = reductionApplied;
    this.amount = amount;
  }

  static TaxAdvance of(MonthRules r, EmployeeTerms t, TaxableRevenue v, CostsOfIncome costs, YearToDate ytd, MonthSoFar so) {
    long base = Factor.zlotyHalfUp(Math.max(0, v.taxable - v.deductibleSocial - costs.amount));
    if (v.flat) {
      return new TaxAdvance(base, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, 0, 0,
          Factor.zlotyHalfUp(r.flatRate.applyExactMinor(base)));
    }
    long baseZl = base / 100;
    long lower = baseZl;
    long upper = 0;
    if (t.contract() == ContractType.EMPLOYMENT) {
      long room = Math.max(0, r.threshold.minor - MoneyCache.minor(ytd.taxBase())) / 100;
      lower = Math.min(baseZl, room);
      upper = baseZl - lower;
    }
    BigDecimal lowerTax = r.pitLower.applyExact(lower);
    BigDecimal upperTax = upper == 0 ? BigDecimal.ZERO : r.pitUpper.applyExact(upper);
    MonthRules.Amount reduction = PayslipEngine.reduction(t.taxReduction(), r);
    long left = reduction == null ? 0 : Math.max(0, reduction.minor - so.reductionUsed);
    BigDecimal scale = lowerTax.add(upperTax);
    long applied = Math.min(left, scale.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact());
    long tax = Math.max(0, Factor.zlotyHalfUp(scale.subtract(BigDecimal.valueOf(applied, 2))));
    return new TaxAdvance(base, lower, upper, lowerTax, upperTax, reduction, left, applied, tax);
  }
}
