package dev.backoffice.payroll.calc;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The intermediate figures of one payslip's computation, kept so that the explaining lines can be built when
 * first asked for ({@link Payslip#lines()}). Written once by {@link PayslipEngine#calculate} before the payslip
 * that holds it is built, never changed afterwards (the payslip's final field publishes it safely).
 */
final class Computation {
  MonthRules rules;
  EmployeeTerms terms;
  MonthInput input;
  MonthSoFar so = MonthSoFar.NONE;
  long gross;
  long fullMonthBase;
  long ppkRevenue;
  long monthlyCosts;
  long costsCap;
  long reductionLeft;
  long reductionApplied;
  long zus;
  long sick;
  boolean student;
  boolean social;
  boolean sicknessInsured;
  long base;
  long pdBase;
  long sickBase;
  @Nullable String capNote;
  @Nullable String sickNote;
  long eePension;
  long eeDisability;
  long eeSickness;
  long eeSocial;
  long healthBase;
  long health;
  @Nullable PpkRates ppk;
  long eePpk;
  long erPpk;
  Factor accident;
  long erPension;
  long erDisability;
  long erAccident;
  boolean fpDue;
  long fp;
  boolean fgspDue;
  long fgsp;
  boolean flat;
  long revenue;
  @Nullable TaxRelief relief;
  long reliefLeft;
  long exempt;
  long taxableRevenue;
  long deductibleSocial;
  long costBase;
  long costs;
  long fullAuthorCosts;
  long taxBase;
  long lower;
  long upper;
  BigDecimal lowerTax = BigDecimal.ZERO;
  BigDecimal upperTax = BigDecimal.ZERO;
  MonthRules.@Nullable Amount reduction;
  long tax;
  long net;
  long cost;

  Computation(MonthRules rules, EmployeeTerms terms, MonthInput input, Factor accident) {
    this.rules = rules;
    this.terms = terms;
    this.input = input;
    this.accident = accident;
  }
}
