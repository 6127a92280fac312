package dev.backoffice.payroll.params;

import dev.backoffice.core.error.ValidationException;

/**
 * The legal parameters the calculator needs, each with its key in the data files and its unit. Every year's
 * data must give a value of every {@linkplain #required() required} key effective on 1 January of that year; the
 * optional keys (added with payouts) switch their rule off where a year's data omits them.
 */
public enum ParameterKey {
  /** Minimum monthly wage (minimalne wynagrodzenie za pracę), PLN; decides whether the Labour Fund is due. */
  MINIMUM_WAGE("minimumWage", Unit.AMOUNT),
  /** Annual limit of the pension and disability contribution base (30× the forecast average wage), PLN. */
  PENSION_DISABILITY_ANNUAL_CAP("zus.pensionDisabilityAnnualCap", Unit.AMOUNT),
  /** Monthly limit of the voluntary sickness contribution base (250 % of the forecast average wage), PLN. */
  VOLUNTARY_SICKNESS_MONTHLY_CAP("zus.voluntarySicknessMonthlyCap", Unit.AMOUNT),
  /** Pension contribution financed by the insured (emerytalne), percent. */
  EMPLOYEE_PENSION_RATE("zus.employee.pension", Unit.PERCENT),
  /** Disability contribution financed by the insured (rentowe), percent. */
  EMPLOYEE_DISABILITY_RATE("zus.employee.disability", Unit.PERCENT),
  /** Sickness contribution, financed wholly by the insured (chorobowe), percent. */
  EMPLOYEE_SICKNESS_RATE("zus.employee.sickness", Unit.PERCENT),
  /** Pension contribution financed by the payer, percent. */
  EMPLOYER_PENSION_RATE("zus.employer.pension", Unit.PERCENT),
  /** Disability contribution financed by the payer, percent. */
  EMPLOYER_DISABILITY_RATE("zus.employer.disability", Unit.PERCENT),
  /** Accident contribution rate used when the employee's terms give none (wypadkowe), percent. */
  DEFAULT_ACCIDENT_RATE("zus.employer.accident.default", Unit.PERCENT),
  /** Lowest accident rate a payer can have, percent. */
  ACCIDENT_RATE_MIN("zus.employer.accident.min", Unit.PERCENT),
  /** Highest accident rate a payer can have (including a rate raised by ZUS), percent. */
  ACCIDENT_RATE_MAX("zus.employer.accident.max", Unit.PERCENT),
  /** Labour Fund (Fundusz Pracy), percent. */
  LABOR_FUND_RATE("fp.rate", Unit.PERCENT),
  /** Guaranteed Employee Benefits Fund (FGŚP), percent. */
  GUARANTEED_BENEFITS_FUND_RATE("fgsp.rate", Unit.PERCENT),
  /** Health insurance contribution (składka zdrowotna), percent. */
  HEALTH_RATE("health.rate", Unit.PERCENT),
  /** The lower PIT rate of the tax scale, percent. */
  PIT_LOWER_RATE("pit.lowerRate", Unit.PERCENT),
  /** The upper PIT rate of the tax scale, percent. */
  PIT_UPPER_RATE("pit.upperRate", Unit.PERCENT),
  /** Annual income above which the upper rate applies, PLN. */
  PIT_THRESHOLD("pit.threshold", Unit.AMOUNT),
  /** The annual tax-free amount (kwota wolna), PLN; informational, the reductions below derive from it. */
  PIT_TAX_FREE_AMOUNT("pit.taxFreeAmount", Unit.AMOUNT),
  /** Monthly reduction of the advance with PIT-2 filed with one payer (1/12 of the tax on the tax-free amount). */
  PIT_MONTHLY_REDUCTION("pit.monthlyReduction", Unit.AMOUNT),
  /** Monthly reduction with PIT-2 split between two payers (1/24). */
  PIT_MONTHLY_REDUCTION_TWO_PAYERS("pit.monthlyReduction.twoPayers", Unit.AMOUNT),
  /** Monthly reduction with PIT-2 split between three payers (1/36). */
  PIT_MONTHLY_REDUCTION_THREE_PAYERS("pit.monthlyReduction.threePayers", Unit.AMOUNT),
  /** Standard monthly costs of income of an employee (koszty uzyskania przychodu), PLN. */
  KUP_EMPLOYMENT_STANDARD("kup.employment.standard", Unit.AMOUNT),
  /** Elevated monthly costs of an employee commuting from another locality, PLN. */
  KUP_EMPLOYMENT_ELEVATED("kup.employment.elevated", Unit.AMOUNT),
  /** Standard percentage costs of a mandate or specific-task contract, percent. */
  KUP_STANDARD_RATE("kup.standardRate", Unit.PERCENT),
  /** Percentage costs of transferring copyright (koszty autorskie), percent. */
  KUP_AUTHOR_RATE("kup.authorRate", Unit.PERCENT),
  /** Annual limit of the author's percentage costs, PLN. */
  KUP_AUTHOR_ANNUAL_LIMIT("kup.authorAnnualLimit", Unit.AMOUNT),
  /** Annual limit of revenue exempt under the youth, return, family and senior reliefs together, PLN. */
  RELIEF_ANNUAL_LIMIT("relief.annualLimit", Unit.AMOUNT),
  /** Age until which the youth relief (ulga dla młodych) applies, years. */
  YOUTH_RELIEF_AGE("relief.youthAge", Unit.NUMBER),
  /** The employee's basic PPK contribution, percent. */
  PPK_EMPLOYEE_BASIC("ppk.employee.basic", Unit.PERCENT),
  /** The lowest employee PPK contribution (reduced basic rate), percent. */
  PPK_EMPLOYEE_MIN("ppk.employee.min", Unit.PERCENT),
  /** The highest employee PPK contribution (basic plus additional), percent. */
  PPK_EMPLOYEE_MAX("ppk.employee.max", Unit.PERCENT),
  /** The employer's basic PPK contribution (also its lowest), percent. */
  PPK_EMPLOYER_BASIC("ppk.employer.basic", Unit.PERCENT),
  /** The highest employer PPK contribution (basic plus additional), percent. */
  PPK_EMPLOYER_MAX("ppk.employer.max", Unit.PERCENT),
  /** The flat (ryczałt) PIT rate on small mandate and specific-task agreements, percent. */
  FLAT_TAX_RATE("pit.flatRate", Unit.PERCENT),
  /** The largest agreement amount taxed flat with a payer who is not the employer, PLN. */
  FLAT_TAX_AGREEMENT_LIMIT("pit.flatAgreementLimit", Unit.AMOUNT),
  /** Minimum hourly rate of a mandate (minimalna stawka godzinowa), PLN; optional. */
  MINIMUM_HOURLY_RATE("minimumHourlyRate", Unit.AMOUNT, false),
  /** Yearly cap of the standard employment costs with one contract (3,000 zł), PLN; optional. */
  KUP_EMPLOYMENT_ANNUAL_CAP("kup.employment.annualCap", Unit.AMOUNT, false),
  /** Yearly cap of the standard employment costs with several contracts (4,500 zł), PLN; optional. */
  KUP_EMPLOYMENT_ANNUAL_CAP_SEVERAL("kup.employment.annualCap.severalContracts", Unit.AMOUNT, false),
  /** Yearly cap of the elevated employment costs with one contract (3,600 zł), PLN; optional. */
  KUP_EMPLOYMENT_ELEVATED_ANNUAL_CAP("kup.employment.elevated.annualCap", Unit.AMOUNT, false),
  /** Yearly cap of the elevated employment costs with several contracts (5,400 zł), PLN; optional. */
  KUP_EMPLOYMENT_ELEVATED_ANNUAL_CAP_SEVERAL("kup.employment.elevated.annualCap.severalContracts", Unit.AMOUNT, false);

  /** How a parameter's number is read. */
  public enum Unit {
    /** A percentage: {@code 9.76} is 9.76 %, between 0 and 100, at most four decimals. */
    PERCENT,
    /** An amount in PLN, not negative, at most two decimals. */
    AMOUNT,
    /** A plain non-negative whole number. */
    NUMBER
  }

  private final String key;
  private final Unit unit;
  private final boolean required;

  ParameterKey(String key, Unit unit) {
    this(key, unit, true);
  }

  ParameterKey(String key, Unit unit, boolean required) {
    this.key = key;
    this.unit = unit;
    this.required = required;
  }

  /** Whether every year's data must give it; an optional key's rule is off where it is missing. */
  public boolean required() {
    return required;
  }

  /** The key as written in the data files, e.g. {@code "zus.employee.pension"}. */
  public String key() {
    return key;
  }

  /** The unit of the value. */
  public Unit unit() {
    return unit;
  }

  /**
   * The parameter with the key used in the data files.
   *
   * @param key e.g. {@code "minimumWage"}
   * @return the parameter
   * @throws ValidationException naming the key when no parameter has it
   */
  public static ParameterKey ofKey(String key) {
    for (ParameterKey k : values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    throw new ValidationException("key", key, "must be one of the known payroll parameter keys, e.g. minimumWage, zus.employee.pension");
  }
}
