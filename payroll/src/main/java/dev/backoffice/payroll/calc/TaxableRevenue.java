package dev.backoffice.payroll.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Step 6: the revenue taxed: the taxable pay plus the employer's PPK (with this pay, or the contributions paid
 * to the fund since the previous payment month), less what a zero-PIT relief exempts (up to its yearly limit);
 * and the employee's social contributions deductible from it (in proportion when part is exempt).
 */
final class TaxableRevenue {
  final boolean flat;
  final long ppk;
  final long total;
  final @Nullable TaxRelief relief;
  final long reliefLeft;
  final long exempt;
  final long taxable;
  final long deductibleSocial;

  private TaxableRevenue(boolean flat, long ppk, long total, @Nullable TaxRelief relief, long reliefLeft, long exempt,
      long deductibleSocial) {
    this.flat = flat;
    this.ppk = ppk;
    this.total = total;
    this.relief = relief;
    this.reliefLeft = reliefLeft;
    this.exempt = exempt;
    this.taxable = total - exempt;
    this.deductibleSocial = deductibleSocial;
  }

  static TaxableRevenue of(MonthRules r, EmployeeTerms t, Earnings e, SocialInsurance s, PpkContributions p, YearToDate ytd,
      MonthSoFar so, LocalDate payDate) {
    boolean flat = t.smallAgreementFlatTax();
    long ppk = t.ppkRevenueTiming() == PpkRevenueTiming.WITH_PAY ? p.employer : so.ppkToFund;
    long total = e.taxable + ppk;
    TaxRelief relief = flat || t.contract() == ContractType.SPECIFIC_TASK ? null : PayslipEngine.relief(t, payDate, r.youthAge);
    long reliefLeft = 0;
    long exempt = 0;
    if (relief != null) {
      reliefLeft = Math.max(0, r.reliefLimit.minor - MoneyCache.minor(ytd.exemptRevenue()));
      exempt = Math.min(total, reliefLeft);
    }
    long taxable = total - exempt;
    long deductible = 0;
    if (exempt == 0) {
      deductible = s.eeSocial;
    } else if (taxable != 0) {
      // only the contributions financed from taxable revenue are deductible: in proportion
      deductible = Factor.groszHalfUp(BigDecimal.valueOf(s.eeSocial).multiply(BigDecimal.valueOf(taxable))
          .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP).movePointLeft(2));
    }
    return new TaxableRevenue(flat, ppk, total, relief, reliefLeft, exempt, deductible);
  }
}
