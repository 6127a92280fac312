package dev.backoffice.payroll.calc;

import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.params.ParameterKey;
import dev.backoffice.payroll.params.ParameterValue;
import dev.backoffice.payroll.params.YearParameters;
import java.time.LocalDate;
import java.util.EnumMap;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/** The legal parameters in force in one month, resolved once and prepared for fast arithmetic. */
final class MonthRules {
  final int year;
  final int month;
  final YearParameters params;
  final Amount minimumWage;
  final Amount pensionCap;
  final Amount voluntarySicknessCap;
  final Factor employeePension;
  final Factor employeeDisability;
  final Factor employeeSickness;
  final Factor employerPension;
  final Factor employerDisability;
  final Factor defaultAccident;
  final Rate accidentMin;
  final Rate accidentMax;
  final Factor laborFund;
  final Factor guaranteedFund;
  final Factor health;
  final Factor pitLower;
  final Factor pitUpper;
  final Amount threshold;
  final Amount reductionOne;
  final Amount reductionTwo;
  final Amount reductionThree;
  final Amount kupStandard;
  final Amount kupElevated;
  final Factor kupRate;
  final Factor kupAuthorRate;
  final Amount authorLimit;
  final Amount reliefLimit;
  final int youthAge;
  final String youthSource;
  final Rate ppkEmployeeMin;
  final Rate ppkEmployeeMax;
  final Rate ppkEmployerMin;
  final Rate ppkEmployerMax;
  final String ppkEmployeeSource;
  final String ppkEmployerSource;
  final Factor flatRate;
  final Amount flatLimit;
  final LocalDate lastDay;
  final String healthSource;
  final String authorCostsSource;
  final EnumMap<TaxRelief, String> reliefSource = new EnumMap<>(TaxRelief.class);
  /** The minimum hourly rate of a mandate, or null where the data omits it. */
  final @Nullable Amount minimumHourly;
  /** The yearly caps of employment costs (one contract, several, elevated one, elevated several), -1 where omitted. */
  private final long[] kupCaps = new long[4];
  final String kupCapSource;

  /** A parameter amount in grosze with its source. */
  static final class Amount {
    final long minor;
    final Money money;
    final String source;

    Amount(ParameterValue v) {
      this.money = v.money();
      this.minor = v.money().getAmountMinorLong();
      this.source = v.source();
    }
  }

  MonthRules(YearParameters p, int month) {
    this.year = p.year();
    this.month = month;
    this.params = p;
    LocalDate day = LocalDate.of(p.year(), month, 1);
    lastDay = day.plusMonths(1).minusDays(1);
    minimumWage = new Amount(p.value(ParameterKey.MINIMUM_WAGE, day));
    pensionCap = new Amount(p.value(ParameterKey.PENSION_DISABILITY_ANNUAL_CAP, day));
    voluntarySicknessCap = new Amount(p.value(ParameterKey.VOLUNTARY_SICKNESS_MONTHLY_CAP, day));
    employeePension = factor(p, ParameterKey.EMPLOYEE_PENSION_RATE, day);
    employeeDisability = factor(p, ParameterKey.EMPLOYEE_DISABILITY_RATE, day);
    employeeSickness = factor(p, ParameterKey.EMPLOYEE_SICKNESS_RATE, day);
    employerPension = factor(p, ParameterKey.EMPLOYER_PENSION_RATE, day);
    employerDisability = factor(p, ParameterKey.EMPLOYER_DISABILITY_RATE, day);
    defaultAccident = factor(p, ParameterKey.DEFAULT_ACCIDENT_RATE, day);
    accidentMin = p.value(ParameterKey.ACCIDENT_RATE_MIN, day).rate();
    accidentMax = p.value(ParameterKey.ACCIDENT_RATE_MAX, day).rate();
    laborFund = factor(p, ParameterKey.LABOR_FUND_RATE, day);
    guaranteedFund = factor(p, ParameterKey.GUARANTEED_BENEFITS_FUND_RATE, day);
    health = factor(p, ParameterKey.HEALTH_RATE, day);
    pitLower = factor(p, ParameterKey.PIT_LOWER_RATE, day);
    pitUpper = factor(p, ParameterKey.PIT_UPPER_RATE, day);
    threshold = new Amount(p.value(ParameterKey.PIT_THRESHOLD, day));
    reductionOne = new Amount(p.value(ParameterKey.PIT_MONTHLY_REDUCTION, day));
    reductionTwo = new Amount(p.value(ParameterKey.PIT_MONTHLY_REDUCTION_TWO_PAYERS, day));
    reductionThree = new Amount(p.value(ParameterKey.PIT_MONTHLY_REDUCTION_THREE_PAYERS, day));
    kupStandard = new Amount(p.value(ParameterKey.KUP_EMPLOYMENT_STANDARD, day));
    kupElevated = new Amount(p.value(ParameterKey.KUP_EMPLOYMENT_ELEVATED, day));
    kupRate = factor(p, ParameterKey.KUP_STANDARD_RATE, day);
    kupAuthorRate = factor(p, ParameterKey.KUP_AUTHOR_RATE, day);
    authorLimit = new Amount(p.value(ParameterKey.KUP_AUTHOR_ANNUAL_LIMIT, day));
    reliefLimit = new Amount(p.value(ParameterKey.RELIEF_ANNUAL_LIMIT, day));
    ParameterValue age = p.value(ParameterKey.YOUTH_RELIEF_AGE, day);
    youthAge = age.value().intValueExact();
    youthSource = age.source();
    ppkEmployeeMin = p.value(ParameterKey.PPK_EMPLOYEE_MIN, day).rate();
    ppkEmployeeMax = p.value(ParameterKey.PPK_EMPLOYEE_MAX, day).rate();
    ppkEmployerMin = p.value(ParameterKey.PPK_EMPLOYER_BASIC, day).rate();
    ppkEmployerMax = p.value(ParameterKey.PPK_EMPLOYER_MAX, day).rate();
    ppkEmployeeSource = p.value(ParameterKey.PPK_EMPLOYEE_MAX, day).source();
    ppkEmployerSource = p.value(ParameterKey.PPK_EMPLOYER_MAX, day).source();
    flatRate = factor(p, ParameterKey.FLAT_TAX_RATE, day);
    flatLimit = new Amount(p.value(ParameterKey.FLAT_TAX_AGREEMENT_LIMIT, day));
    healthSource = health.source + "; " + PayslipEngine.HEALTH_BASE_SOURCE;
    authorCostsSource = kupAuthorRate.source + "; " + authorLimit.source;
    minimumHourly = p.find(ParameterKey.MINIMUM_HOURLY_RATE, day).map(Amount::new).orElse(null);
    ParameterKey[] caps = {ParameterKey.KUP_EMPLOYMENT_ANNUAL_CAP, ParameterKey.KUP_EMPLOYMENT_ANNUAL_CAP_SEVERAL,
        ParameterKey.KUP_EMPLOYMENT_ELEVATED_ANNUAL_CAP, ParameterKey.KUP_EMPLOYMENT_ELEVATED_ANNUAL_CAP_SEVERAL};
    String capSource = "";
    for (int i = 0; i < caps.length; i++) {
      java.util.Optional<ParameterValue> v = p.find(caps[i], day);
      kupCaps[i] = v.map(x -> x.money().getAmountMinorLong()).orElse(-1L);
      if (v.isPresent() && capSource.isEmpty()) {
        capSource = v.get().source();
      }
    }
    kupCapSource = capSource.isEmpty() ? "yearly caps not in the parameters" : capSource;
    for (TaxRelief relief : TaxRelief.values()) {
      reliefSource.put(relief, relief.source() + "; " + reliefLimit.source);
    }
  }

  /** The yearly cap of employment costs in grosze (art. 22 ust. 2 pkt 1–4 ustawy o PIT), -1 where the data omits it. */
  long kupAnnualCap(boolean elevated, boolean severalContracts) {
    return kupCaps[(elevated ? 2 : 0) + (severalContracts ? 1 : 0)];
  }

  private static Factor factor(YearParameters p, ParameterKey key, LocalDate day) {
    ParameterValue v = p.value(key, day);
    return new Factor(v.rate(), v.source());
  }
}
