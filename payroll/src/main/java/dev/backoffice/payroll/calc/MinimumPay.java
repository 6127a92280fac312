package dev.backoffice.payroll.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The minimum pay rules of the period worked: an employment contract's monthly pay at least the minimum wage
 * pro rata by working time (art. 6 ust. 1–2 ustawy z 10 października 2002 r. o minimalnym wynagrodzeniu za
 * pracę), a mandate's pay at least the minimum hourly rate for every hour (art. 8a ust. 1). Only the regular pay
 * of a period is checked.
 */
final class MinimumPay {
  static final String WAGE_SOURCE = "art. 6 ust. 1–2 ustawy z 10 października 2002 r. o minimalnym wynagrodzeniu za pracę";
  static final String HOURLY_SOURCE = "art. 8a ust. 1 ustawy z 10 października 2002 r. o minimalnym wynagrodzeniu za pracę";

  private MinimumPay() {}

  /** The broken rule, or null when the pay meets it (or no rule applies). */
  static @Nullable PayrollWarning check(MonthRules period, EmployeeTerms t, MonthInput in, PayoutKind kind) {
    if (kind != PayoutKind.PAY) {
      return null;
    }
    if (t.contract() == ContractType.EMPLOYMENT) {
      return wage(period, t, in);
    }
    if (t.contract() == ContractType.MANDATE && period.minimumHourly != null) {
      return hourly(period, t, in);
    }
    return null;
  }

  private static @Nullable PayrollWarning wage(MonthRules period, EmployeeTerms t, MonthInput in) {
    long required = BigDecimal.valueOf(period.minimumWage.minor).multiply(t.workingTime()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    String field;
    long pay;
    if (t.monthlyRate().isPresent()) {
      field = "monthlyRate";
      pay = MoneyCache.minor(t.monthlyRate().get());
    } else {
      // the pay of the month before deductions for days not worked; overtime pay does not count (art. 6 ust. 5)
      field = "components";
      pay = 0;
      for (PayComponent pc : in.components()) {
        if (pc.subjectToZus() && pc.taxable() && pc.kind() != ComponentKind.OVERTIME) {
          pay += MoneyCache.minor(pc.amount());
        }
      }
    }
    if (pay >= required) {
      return null;
    }
    String fraction = t.workingTime().stripTrailingZeros().toPlainString();
    return PayrollWarning.of(field, PayslipEngine.fmt(pay), "below the minimum wage " + PayslipEngine.fmt(period.minimumWage.minor)
        + " of " + period.year + "-" + (period.month < 10 ? "0" : "") + period.month
        + (t.workingTime().compareTo(BigDecimal.ONE) == 0 ? "" : " × working time " + fraction + " = " + PayslipEngine.fmt(required))
        + " (full time, month worked in full)", period.minimumWage.source + "; " + WAGE_SOURCE);
  }

  private static @Nullable PayrollWarning hourly(MonthRules period, EmployeeTerms t, MonthInput in) {
    MonthRules.Amount min = period.minimumHourly;
    if (t.hourlyRate().isPresent()) {
      long rate = MoneyCache.minor(t.hourlyRate().get());
      return rate >= min.minor ? null : PayrollWarning.of("hourlyRate", PayslipEngine.fmt(rate),
          "below the minimum hourly rate " + PayslipEngine.fmt(min.minor), min.source + "; " + HOURLY_SOURCE);
    }
    if (!in.hoursWorked().isPresent() || in.hoursWorked().get().signum() <= 0) {
      return null;
    }
    long pay = 0;
    for (PayComponent pc : in.components()) {
      pay += MoneyCache.minor(pc.amount());
    }
    BigDecimal hours = in.hoursWorked().get();
    BigDecimal required = BigDecimal.valueOf(min.minor).multiply(hours);
    if (BigDecimal.valueOf(pay).compareTo(required) >= 0) {
      return null;
    }
    return PayrollWarning.of("hoursWorked", hours.toPlainString(), "pay " + PayslipEngine.fmt(pay) + " is below the minimum hourly rate "
        + PayslipEngine.fmt(min.minor) + " × " + hours.toPlainString() + " h = "
        + PayslipEngine.fmt(required.setScale(0, RoundingMode.HALF_UP).longValueExact()), min.source + "; " + HOURLY_SOURCE);
  }
}
