package dev.backoffice.payroll.declaration;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.LineCode;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipLine;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Contribution bases and contributions by fund and by who finances them, as the ZUS forms report them: pension
 * (emerytalne) and disability (rentowe) split insured/payer on the capped base; sickness (chorobowe, insured);
 * accident (wypadkowe, payer); health (zdrowotne); Labour Fund (FP) and FGŚP (payer).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class ZusContributions {
  private static final ZusContributions NONE = ImmutableZusContributions.builder().pensionDisabilityBase(zero()).sicknessBase(zero())
      .accidentBase(zero()).healthBase(zero()).pensionInsured(zero()).pensionPayer(zero()).disabilityInsured(zero())
      .disabilityPayer(zero()).sicknessInsured(zero()).accidentPayer(zero()).health(zero()).laborFund(zero()).guaranteedFund(zero()).build();

  /** Base of pension and disability contributions (after the annual 30× cap). */
  public abstract Money pensionDisabilityBase();

  /** Base of the sickness contribution (zero on a mandate without voluntary sickness insurance). */
  public abstract Money sicknessBase();

  /** Base of the accident contribution. */
  public abstract Money accidentBase();

  /** Base of the health contribution. */
  public abstract Money healthBase();

  /** Pension, insured's part (9.76 %). */
  public abstract Money pensionInsured();

  /** Pension, payer's part (9.76 %). */
  public abstract Money pensionPayer();

  /** Disability, insured's part (1.5 %). */
  public abstract Money disabilityInsured();

  /** Disability, payer's part (6.5 %). */
  public abstract Money disabilityPayer();

  /** Sickness, insured (2.45 %). */
  public abstract Money sicknessInsured();

  /** Accident, payer. */
  public abstract Money accidentPayer();

  /** Health (9 %). */
  public abstract Money health();

  /** Labour Fund (FP). */
  public abstract Money laborFund();

  /** Guaranteed Employee Benefits Fund (FGŚP). */
  public abstract Money guaranteedFund();

  /** Social insurance contributions: pension, disability, sickness and accident, both parts. */
  @Value.Derived
  public Money social() {
    return pensionInsured().plus(pensionPayer()).plus(disabilityInsured()).plus(disabilityPayer()).plus(sicknessInsured())
        .plus(accidentPayer());
  }

  /** Everything due to ZUS: social, health, FP and FGŚP. */
  @Value.Derived
  public Money total() {
    return social().plus(health()).plus(laborFund()).plus(guaranteedFund());
  }

  /** Nothing. */
  public static ZusContributions none() {
    return NONE;
  }

  /**
   * The figures of one payout.
   *
   * @param p the payslip
   * @return its bases and contributions
   */
  public static ZusContributions of(Payslip p) {
    Money sickBase = p.line(LineCode.EMPLOYEE_SICKNESS).map(PayslipLine::base).orElse(zero());
    Money accidentBase = p.line(LineCode.EMPLOYER_ACCIDENT).map(PayslipLine::base).orElse(zero());
    return ImmutableZusContributions.builder().pensionDisabilityBase(p.pensionDisabilityBase()).sicknessBase(sickBase)
        .accidentBase(accidentBase).healthBase(p.healthBase()).pensionInsured(p.employeePension()).pensionPayer(p.employerPension())
        .disabilityInsured(p.employeeDisability()).disabilityPayer(p.employerDisability()).sicknessInsured(p.employeeSickness())
        .accidentPayer(p.employerAccident()).health(p.healthInsurance()).laborFund(p.laborFund()).guaranteedFund(p.guaranteedBenefitsFund())
        .build();
  }

  /**
   * The sum of two.
   *
   * @param o the other
   * @return the sum
   */
  public ZusContributions plus(ZusContributions o) {
    return ImmutableZusContributions.builder()
        .pensionDisabilityBase(pensionDisabilityBase().plus(o.pensionDisabilityBase())).sicknessBase(sicknessBase().plus(o.sicknessBase()))
        .accidentBase(accidentBase().plus(o.accidentBase())).healthBase(healthBase().plus(o.healthBase()))
        .pensionInsured(pensionInsured().plus(o.pensionInsured())).pensionPayer(pensionPayer().plus(o.pensionPayer()))
        .disabilityInsured(disabilityInsured().plus(o.disabilityInsured())).disabilityPayer(disabilityPayer().plus(o.disabilityPayer()))
        .sicknessInsured(sicknessInsured().plus(o.sicknessInsured())).accidentPayer(accidentPayer().plus(o.accidentPayer()))
        .health(health().plus(o.health())).laborFund(laborFund().plus(o.laborFund())).guaranteedFund(guaranteedFund().plus(o.guaranteedFund()))
        .build();
  }

  private static Money zero() {
    return Money.zero(Monies.PLN);
  }
}
