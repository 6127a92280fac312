package dev.backoffice.payroll.calc;

import org.jspecify.annotations.Nullable;

/** Step 4: the PPK contributions on the pension base before the 30× cap (art. 26–27 ustawy o PPK). */
final class PpkContributions {
  static final PpkContributions NONE = new PpkContributions(null, 0, 0);

  final @Nullable PpkRates rates;
  final long employee;
  final long employer;

  private PpkContributions(@Nullable PpkRates rates, long employee, long employer) {
    this.rates = rates;
    this.employee = employee;
    this.employer = employer;
  }

  static PpkContributions of(EmployeeTerms t, Earnings e, MonthSoFar so) {
    if (!t.ppk().isPresent()) {
      return NONE;
    }
    PpkRates p = t.ppk().get();
    long monthBase = so.base + e.zus;
    return new PpkContributions(p, p.employeeFactor().applyGrosz(monthBase) - so.eePpk, p.employerFactor().applyGrosz(monthBase) - so.erPpk);
  }
}
