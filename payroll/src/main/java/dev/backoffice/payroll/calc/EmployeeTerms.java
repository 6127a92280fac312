package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What the payer knows of a person it pays, for the whole year: the contract, the birth date (youth
 * relief), the statements filed (PIT-2, other reliefs, elevated costs, author's costs), PPK participation,
 * the employer's accident rate and the insurance options.
 *
 * <pre>{@code
 * EmployeeTerms t = EmployeeTerms.builder()
 *     .employeeId("E-17").contract(ContractType.EMPLOYMENT)
 *     .taxReduction(TaxReduction.ONE_PAYER)          // PIT-2
 *     .ppk(PpkRates.basic())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class EmployeeTerms {
  /** The payer's identifier of the person; names the employee in every error. */
  public abstract String employeeId();

  /** The person's name, for the register. */
  public abstract Optional<String> name();

  /** The department (dział), used as a posting dimension. */
  public abstract Optional<String> department();

  /** The contract. */
  public abstract ContractType contract();

  /**
   * Tells the person's contracts at this payer apart (two employment contracts, employment and a mandate);
   * default the contract type's id ({@code "employment"}).
   */
  @Value.Default
  public String contractId() {
    return contract().id();
  }

  /**
   * The working-time fraction (wymiar etatu) of an employment contract, above 0 and at most 1; default 1
   * (full time). The minimum wage is checked pro rata (art. 6 ust. 1–2 ustawy o minimalnym wynagrodzeniu za pracę).
   */
  @Value.Default
  public BigDecimal workingTime() {
    return BigDecimal.ONE;
  }

  /**
   * The contracted monthly rate (stawka miesięczna) of an employment contract, for the working time: the pay of a
   * month worked in full. It converts a month not worked in full to a full month for the Labour Fund threshold
   * and is checked against the minimum wage.
   */
  public abstract Optional<Money> monthlyRate();

  /** The contracted hourly rate of a mandate, checked against the minimum hourly rate. */
  public abstract Optional<Money> hourlyRate();

  /** When the employer's PPK contribution is taxed; default {@link PpkRevenueTiming#WITH_PAY}. */
  @Value.Default
  public PpkRevenueTiming ppkRevenueTiming() {
    return PpkRevenueTiming.WITH_PAY;
  }

  /** The birth date; decides the youth relief (under 26) and, with {@link #student()}, the ZUS exemption. */
  public abstract Optional<LocalDate> birthDate();

  /** The PIT-2 statement: whether and how the monthly tax reduction applies. Default: none filed. */
  @Value.Default
  public TaxReduction taxReduction() {
    return TaxReduction.NONE;
  }

  /** Elevated employment costs of income (300 zł instead of 250 zł: the employee commutes from another locality). */
  @Value.Default
  public boolean elevatedCosts() {
    return false;
  }

  /** Author's costs of 50 % instead of 20 % (mandate or specific-task for a work protected by copyright). */
  @Value.Default
  public boolean authorCosts() {
    return false;
  }

  /** PPK participation and rates; empty when the person does not participate (opted out). */
  public abstract Optional<PpkRates> ppk();

  /** The employer's accident contribution rate; empty means the year's default (1.67 %). */
  public abstract Optional<Rate> accidentRate();

  /** The tax office (urząd skarbowy) the advances are reported to; informational. */
  public abstract Optional<String> taxOffice();

  /** A pupil or student under 26 on a mandate: no ZUS and no health contributions (art. 6 ust. 4 ustawy o sus). */
  @Value.Default
  public boolean student() {
    return false;
  }

  /** Voluntary sickness insurance on a mandate (art. 11 ust. 2 ustawy o sus). */
  @Value.Default
  public boolean voluntarySickness() {
    return false;
  }

  /**
   * Reliefs the person declared (return, family 4+, senior; youth for a person whose birth date the payer
   * does not hold). The youth relief applies from the birth date without a declaration.
   */
  public abstract ImmutableSet<TaxRelief> declaredReliefs();

  /** The person asked the payer not to apply the youth relief. */
  @Value.Default
  public boolean youthReliefWaived() {
    return false;
  }

  /**
   * The Labour Fund is not due for this person (e.g. women over 55 and men over 60, the first 36 months after
   * parental leave, hires aged 50+ after unemployment); the payer decides and sets it.
   */
  @Value.Default
  public boolean laborFundExempt() {
    return false;
  }

  /** FGŚP is not due for this person (e.g. women over 55 and men over 60); the payer decides and sets it. */
  @Value.Default
  public boolean guaranteedBenefitsFundExempt() {
    return false;
  }

  /**
   * A mandate or specific-task agreement of at most 200 zł with a person who is not the payer's employee:
   * taxed with the flat 12 % (ryczałt, art. 30 ust. 1 pkt 5a ustawy o PIT) instead of an advance.
   */
  @Value.Default
  public boolean smallAgreementFlatTax() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableEmployeeTerms.Builder builder() {
    return ImmutableEmployeeTerms.builder();
  }

  /**
   * Terms with defaults: no PIT-2, standard costs, no PPK, default accident rate.
   *
   * @param employeeId the payer's identifier of the person
   * @param contract the contract
   * @return the terms
   */
  public static EmployeeTerms of(String employeeId, ContractType contract) {
    return builder().employeeId(employeeId).contract(contract).build();
  }

  /** The accident rate prepared for arithmetic (only when {@link #accidentRate()} is present), computed once. */
  @Value.Lazy
  Factor accidentFactor() {
    return new Factor(accidentRate().orElse(dev.backoffice.core.money.Rate.ZERO), "");
  }

  /** How errors name this person: {@code "employee E-17"}. */
  public String subject() {
    return "employee " + employeeId();
  }

  @Value.Check
  void check() {
    Checks.check(!employeeId().isBlank() && employeeId().length() <= 100, "employee", "employeeId", employeeId(),
        "must be non-blank and at most 100 characters");
    String s = subject();
    department().ifPresent(d -> Checks.check(!d.isBlank(), s, "department", d, "must not be blank"));
    ContractType c = contract();
    Checks.check(!elevatedCosts() || c == ContractType.EMPLOYMENT, s, "elevatedCosts", true,
        "applies only to an employment contract (this is " + c.id() + ")");
    Checks.check(!authorCosts() || c != ContractType.EMPLOYMENT, s, "authorCosts", true,
        "applies only to mandate and specific-task contracts (author's costs within employment are not modelled)");
    Checks.check(!student() || c == ContractType.MANDATE, s, "student", true, "applies only to a mandate contract");
    Checks.check(!voluntarySickness() || c == ContractType.MANDATE, s, "voluntarySickness", true,
        "applies only to a mandate contract (sickness insurance is compulsory on employment)");
    Checks.check(!ppk().isPresent() || c != ContractType.SPECIFIC_TASK, s, "ppk", ppk().orElse(null),
        "does not apply to a specific-task contract");
    Checks.check(!smallAgreementFlatTax() || c != ContractType.EMPLOYMENT, s, "smallAgreementFlatTax", true,
        "applies only to mandate and specific-task agreements");
    Checks.check(declaredReliefs().isEmpty() || c != ContractType.SPECIFIC_TASK, s, "declaredReliefs", declaredReliefs(),
        "do not apply to a specific-task contract");
    Checks.check(!contractId().isBlank() && contractId().length() <= 100, s, "contractId", contractId(),
        "must be non-blank and at most 100 characters");
    Checks.check(workingTime().signum() > 0 && workingTime().compareTo(BigDecimal.ONE) <= 0, s, "workingTime", workingTime(),
        "must be above 0 and at most 1 (a fraction of full time)");
    Checks.check(workingTime().compareTo(BigDecimal.ONE) == 0 || c == ContractType.EMPLOYMENT, s, "workingTime", workingTime(),
        "applies only to an employment contract (this is " + c.id() + ")");
    monthlyRate().ifPresent(m -> {
      Checks.check(c == ContractType.EMPLOYMENT, s, "monthlyRate", m, "applies only to an employment contract (this is " + c.id() + ")");
      Checks.check(m.getCurrencyUnit().equals(Monies.PLN) && m.isPositive(), s, "monthlyRate", m, "must be a positive amount in PLN");
    });
    hourlyRate().ifPresent(m -> {
      Checks.check(c == ContractType.MANDATE, s, "hourlyRate", m, "applies only to a mandate contract (this is " + c.id() + ")");
      Checks.check(m.getCurrencyUnit().equals(Monies.PLN) && m.isPositive(), s, "hourlyRate", m, "must be a positive amount in PLN");
    });
  }
}
