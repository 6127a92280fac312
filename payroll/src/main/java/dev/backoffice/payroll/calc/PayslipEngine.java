package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The computation of one payslip from resolved month rules. All amounts are handled as {@code long} grosze;
 * every rounding is the one the law prescribes (contributions: grosz half up; tax base and tax: złoty half up).
 */
final class PayslipEngine {
  static final String SUS = "ustawy o systemie ubezpieczeń społecznych";
  static final String PIT = "ustawy o podatku dochodowym od osób fizycznych";
  static final String GROSS_SOURCE = "art. 12 ust. 1 " + PIT + " (przychód); art. 18 ust. 1 " + SUS + " (podstawa składek)";
  static final String ABSENCE_SOURCE = "art. 80 Kodeksu pracy: wynagrodzenie przysługuje za pracę wykonaną";
  static final String BASE_SOURCE = "art. 18 ust. 1 i art. 20 ust. 1 " + SUS
      + "; składniki wyłączone z podstawy: rozporządzenie MPiPS z 18 grudnia 1998 r. (Dz.U. 1998 nr 161 poz. 1106)";
  static final String HEALTH_BASE_SOURCE =
      "art. 81 ust. 1 i 6 ustawy o świadczeniach opieki zdrowotnej: podstawa składek społecznych pomniejszona o składki społeczne pracownika; nie odlicza się od podatku od 2022 r.";
  static final String PPK_REVENUE_SOURCE = "art. 12 ust. 1 " + PIT + ": wpłata podstawowa i dodatkowa pracodawcy do PPK jest przychodem pracownika";
  static final String TAX_BASE_SOURCE = "art. 26 ust. 1 pkt 2 lit. b, art. 22 " + PIT
      + "; zaokrąglenie do pełnych złotych: art. 63 § 1 Ordynacji podatkowej";
  static final String ADVANCE_SOURCE_EMPLOYMENT = "art. 32 ust. 1 i 3 " + PIT + "; zaokrąglenie: art. 63 § 1 Ordynacji podatkowej";
  static final String ADVANCE_SOURCE_OTHER = "art. 41 ust. 1 " + PIT + ": zaliczka 12 % bez względu na próg; zaokrąglenie: art. 63 § 1 Ordynacji podatkowej";
  static final String NET_SOURCE = "brutto − składki społeczne pracownika − składka zdrowotna − zaliczka na podatek − wpłata pracownika do PPK";
  static final String COST_SOURCE = "brutto + składki pracodawcy (emerytalna, rentowa, wypadkowa, FP, FGŚP) + wpłata pracodawcy do PPK";
  static final String STUDENT_SOURCE = "art. 6 ust. 4 " + SUS + ": uczeń lub student do 26 lat na umowie zlecenia nie podlega ubezpieczeniom";

  private PayslipEngine() {}

  /** Checks the inputs against the law of the month, naming the employee and the field. */
  static void validate(MonthRules r, EmployeeTerms t, MonthInput in, YearToDate ytd, LocalDate payDate) {
    ContractType c = t.contract();
    List<PayComponent> comps = in.components();
    long both = 0;
    long gross = 0;
    for (int i = 0; i < comps.size(); i++) {
      PayComponent pc = comps.get(i);
      long a = amount(t, "components", i, pc.amount());
      if (pc.subjectToZus() && pc.taxable()) {
        both += a;
      }
      gross += a;
    }
    long absence = amount(t, "unpaidAbsence", -1, in.unpaidAbsence());
    if (absence > both) {
      throw new ValidationException(t.subject(), "unpaidAbsence", in.unpaidAbsence(),
          "must not exceed the pay it reduces (components subject to ZUS and PIT: " + Money.ofMinor(Monies.PLN, both) + ")");
    }
    gross -= absence;
    if (!in.sickPay().isEmpty() && c != ContractType.EMPLOYMENT) {
      throw new ValidationException(t.subject(), "sickPay", in.sickPay(), "applies only to an employment contract (this is " + c.id() + ")");
    }
    for (int i = 0; i < in.sickPay().size(); i++) {
      gross += amount(t, "sickPay", i, in.sickPay().get(i).amount());
    }
    LocalDate first = LocalDate.of(in.year(), in.month(), 1);
    if (payDate.isBefore(first)) {
      throw new ValidationException(t.subject(), "paymentDate", payDate, "must not be before the month paid (" + first + ")");
    }
    if (t.birthDate().isPresent() && t.birthDate().get().isAfter(payDate)) {
      throw new ValidationException(t.subject(), "birthDate", t.birthDate().get(), "must not be in the future (after the payment date " + payDate + ")");
    }
    if (t.ppk().isPresent()) {
      PpkRates p = t.ppk().get();
      within(t, "ppk.employeeRate", p.employeeRate(), r.ppkEmployeeMin, r.ppkEmployeeMax, r.ppkEmployeeSource);
      within(t, "ppk.employerRate", p.employerRate(), r.ppkEmployerMin, r.ppkEmployerMax, r.ppkEmployerSource);
      if (t.student()) {
        throw new ValidationException(t.subject(), "ppk", p, "does not apply to a student on a mandate (not insured for pension)");
      }
    }
    if (t.accidentRate().isPresent()) {
      within(t, "accidentRate", t.accidentRate().get(), r.accidentMin, r.accidentMax, r.defaultAccident.source);
    }
    if (ytd.year() != in.year()) {
      throw new ValidationException(t.subject(), "yearToDate.year", ytd.year(), "must be the year calculated (" + in.year() + ")");
    }
    if (ytd.throughMonth() >= in.month()) {
      throw new ValidationException(t.subject(), "yearToDate.throughMonth", ytd.throughMonth(),
          "must be before the month calculated (" + in.month() + "): one payslip per month and contract");
    }
    if (t.smallAgreementFlatTax() && gross > r.flatLimit.minor) {
      throw new ValidationException(t.subject(), "smallAgreementFlatTax", Money.ofMinor(Monies.PLN, gross),
          "applies only to agreements of at most " + Money.ofMinor(Monies.PLN, r.flatLimit.minor) + " (" + r.flatLimit.source + ")");
    }
    if (t.student() && !t.birthDate().isPresent() && !t.declaredReliefs().contains(TaxRelief.YOUTH)) {
      throw new ValidationException(t.subject(), "birthDate", null, "must be given for a student on a mandate, to show the person is under 26");
    }
  }

  private static long amount(EmployeeTerms t, String field, int index, Money m) {
    if (!m.getCurrencyUnit().equals(Monies.PLN) || m.getAmount().signum() < 0) {
      throw new ValidationException(t.subject(), index < 0 ? field : field + "[" + index + "].amount", m,
          "must be a non-negative amount in PLN");
    }
    return MoneyCache.minor(m);
  }

  private static void within(EmployeeTerms t, String field, Rate rate, Rate min, Rate max, String source) {
    if (rate.compareTo(min) < 0 || rate.compareTo(max) > 0) {
      throw new ValidationException(t.subject(), field, rate, "must be between " + min + " and " + max + " (" + source + ")");
    }
  }

  /** Computes the payslip; the inputs must have passed {@link #validate}. */
  static Payslip calculate(MonthRules r, EmployeeTerms t, MonthInput in, YearToDate ytd, LocalDate payDate) {
    ContractType c = t.contract();
    MoneyCache pln = new MoneyCache();
    ImmutablePayslip.Builder out = Payslip.builder();

    // earnings
    long zus = 0;
    long taxable = 0;
    long gross = 0;
    for (PayComponent pc : in.components()) {
      Money m = pc.amount();
      long a = MoneyCache.minor(m);
      gross += a;
      if (pc.subjectToZus()) {
        zus += a;
      }
      if (pc.taxable()) {
        taxable += a;
      }
      out.addLines(PayslipLine.named(LineCode.of(pc.kind()), pc.name(), m, null, m, GROSS_SOURCE,
          flagsNote(pc.subjectToZus(), pc.taxable())));
    }
    long absence = MoneyCache.minor(in.unpaidAbsence());
    if (absence != 0) {
      gross -= absence;
      zus -= absence;
      taxable -= absence;
      out.addLines(PayslipLine.line(LineCode.UNPAID_ABSENCE, in.unpaidAbsence(), null, pln.of(-absence), ABSENCE_SOURCE, null));
    }
    long sick = 0;
    long benefits = 0;
    for (SickPay sp : in.sickPay()) {
      long a = MoneyCache.minor(sp.amount());
      gross += a;
      taxable += a;
      sick += a;
      if (sp.kind().financedByZus()) {
        benefits += a;
      }
      out.addLines(PayslipLine.line(sp.kind() == SickPayKind.SICKNESS_BENEFIT ? LineCode.SICKNESS_BENEFIT : LineCode.EMPLOYER_SICK_PAY,
          sp.amount(), null, sp.amount(), sp.kind().source(), sp.explanation().orElse(null)));
    }
    Money grossMoney = pln.of(gross);
    out.addLines(PayslipLine.line(LineCode.GROSS, grossMoney, null, grossMoney, GROSS_SOURCE, null));

    // which insurance applies
    boolean student = c == ContractType.MANDATE && t.student() && underAge(t, payDate, r.youthAge, false);
    boolean social = c != ContractType.SPECIFIC_TASK && !student;
    boolean sicknessInsured = social && (c == ContractType.EMPLOYMENT || t.voluntarySickness());

    // social contributions
    long base = social ? zus : 0;
    long capLeft = Math.max(0, r.pensionCap.minor - MoneyCache.minor(ytd.pensionDisabilityBase()));
    long pdBase = Math.min(base, capLeft);
    String capNote = null;
    if (social && pdBase < base) {
      capNote = pdBase == 0
          ? "annual 30× cap " + fmt(r.pensionCap.minor) + " reached earlier this year: no pension and disability contributions"
          : "annual 30× cap " + fmt(r.pensionCap.minor) + " crossed: only the remainder " + fmt(pdBase) + " of the base " + fmt(base) + " is charged";
    }
    long sickBase = 0;
    String sickNote = null;
    if (sicknessInsured) {
      sickBase = base;
      if (c == ContractType.MANDATE && base > r.voluntarySicknessCap.minor) {
        sickBase = r.voluntarySicknessCap.minor;
        sickNote = "voluntary sickness base limited to " + fmt(sickBase) + " (" + r.voluntarySicknessCap.source + ")";
      }
    }
    long eePension = r.employeePension.applyGrosz(pdBase);
    long eeDisability = r.employeeDisability.applyGrosz(pdBase);
    long eeSickness = r.employeeSickness.applyGrosz(sickBase);
    long eeSocial = eePension + eeDisability + eeSickness;
    Money zusMoney = pln.of(zus);
    Money baseMoney = pln.of(base);
    Money pdBaseMoney = pln.of(pdBase);
    if (social) {
      out.addLines(PayslipLine.line(LineCode.CONTRIBUTION_BASE, zusMoney, null, baseMoney, BASE_SOURCE, null));
      out.addLines(rated(LineCode.EMPLOYEE_PENSION, pdBaseMoney, r.employeePension, pln.of(eePension), capNote));
      out.addLines(rated(LineCode.EMPLOYEE_DISABILITY, pdBaseMoney, r.employeeDisability, pln.of(eeDisability), capNote));
      if (sicknessInsured) {
        out.addLines(rated(LineCode.EMPLOYEE_SICKNESS, pln.of(sickBase), r.employeeSickness, pln.of(eeSickness), sickNote));
      }
    }

    // health
    long healthBase = social ? base - eeSocial + sick : 0;
    long health = r.health.applyGrosz(healthBase);
    if (social) {
      out.addLines(PayslipLine.rated(LineCode.HEALTH, pln.of(healthBase), r.health.optionalRate, pln.of(health),
          r.healthSource, sick != 0 ? "base includes sick pay " + fmt(sick) : null));
    }

    // PPK (base: the pension base before the 30× cap)
    long eePpk = 0;
    long erPpk = 0;
    PpkRates ppk = t.ppk().orElse(null);
    if (ppk != null) {
      eePpk = ppk.employeeFactor().applyGrosz(zus);
      erPpk = ppk.employerFactor().applyGrosz(zus);
    }

    // employer contributions
    Factor accident = t.accidentRate().isPresent() ? t.accidentFactor() : r.defaultAccident;
    long erPension = r.employerPension.applyGrosz(pdBase);
    long erDisability = r.employerDisability.applyGrosz(pdBase);
    long erAccident = social ? accident.applyGrosz(base) : 0;
    boolean fpDue = social && !t.laborFundExempt() && base >= r.minimumWage.minor;
    long fp = fpDue ? r.laborFund.applyGrosz(base) : 0;
    boolean fgspDue = social && !t.guaranteedBenefitsFundExempt();
    long fgsp = fgspDue ? r.guaranteedFund.applyGrosz(base) : 0;

    // revenue, reliefs, costs
    boolean flat = t.smallAgreementFlatTax();
    long revenue = taxable + erPpk;
    if (erPpk != 0) {
      out.addLines(PayslipLine.line(LineCode.EMPLOYER_PPK_REVENUE, zusMoney, ppk.employerRate(), pln.of(erPpk), PPK_REVENUE_SOURCE, null));
    }
    TaxRelief relief = flat || c == ContractType.SPECIFIC_TASK ? null : relief(t, payDate, r.youthAge);
    long exempt = 0;
    if (relief != null) {
      long left = Math.max(0, r.reliefLimit.minor - MoneyCache.minor(ytd.exemptRevenue()));
      exempt = Math.min(revenue, left);
      String note = exempt < revenue
          ? "annual limit " + fmt(r.reliefLimit.minor) + " reached: " + fmt(revenue - exempt) + " taxable"
          : "limit left after this month: " + fmt(left - exempt);
      out.addLines(PayslipLine.line(LineCode.EXEMPT_REVENUE, pln.of(revenue), null, pln.of(exempt), r.reliefSource.get(relief), note));
    }
    long taxableRevenue = revenue - exempt;
    long deductibleSocial;
    if (exempt == 0) {
      deductibleSocial = eeSocial;
    } else if (taxableRevenue == 0) {
      deductibleSocial = 0;
    } else {
      // only the contributions financed from taxable revenue are deductible: in proportion
      deductibleSocial = Factor.groszHalfUp(BigDecimal.valueOf(eeSocial).multiply(BigDecimal.valueOf(taxableRevenue))
          .divide(BigDecimal.valueOf(revenue), 10, RoundingMode.HALF_UP).movePointLeft(2));
    }
    long costs = 0;
    long authorCosts = 0;
    if (!flat && taxableRevenue > 0) {
      if (c == ContractType.EMPLOYMENT) {
        MonthRules.Amount kup = t.elevatedCosts() ? r.kupElevated : r.kupStandard;
        costs = kup.minor;
        out.addLines(PayslipLine.line(LineCode.COSTS_OF_INCOME, pln.of(taxableRevenue), null, kup.money, kup.source, null));
      } else {
        long costBase = taxableRevenue - deductibleSocial;
        if (t.authorCosts()) {
          long left = Math.max(0, r.authorLimit.minor - MoneyCache.minor(ytd.authorCosts()));
          long full = r.kupAuthorRate.applyGrosz(costBase);
          costs = Math.min(full, left);
          authorCosts = costs;
          String note = costs < full ? "annual limit " + fmt(r.authorLimit.minor) + " of author's costs: only " + fmt(costs) + " deductible" : null;
          out.addLines(PayslipLine.rated(LineCode.COSTS_OF_INCOME, pln.of(costBase), r.kupAuthorRate.optionalRate, pln.of(costs),
              r.authorCostsSource, note));
        } else {
          costs = r.kupRate.applyGrosz(costBase);
          out.addLines(PayslipLine.rated(LineCode.COSTS_OF_INCOME, pln.of(costBase), r.kupRate.optionalRate, pln.of(costs), r.kupRate.source, null));
        }
      }
    }
    long taxBase = Factor.zlotyHalfUp(Math.max(0, taxableRevenue - deductibleSocial - costs));
    Money taxBaseMoney = pln.of(taxBase);
    out.addLines(PayslipLine.line(LineCode.TAX_BASE, pln.of(taxableRevenue), null, taxBaseMoney, TAX_BASE_SOURCE,
        "revenue " + fmt(taxableRevenue) + " − social contributions " + fmt(deductibleSocial) + " − costs " + fmt(costs)));

    // tax
    long tax;
    if (flat) {
      tax = Factor.zlotyHalfUp(r.flatRate.applyExactMinor(taxBase));
      out.addLines(PayslipLine.rated(LineCode.FLAT_TAX, taxBaseMoney, r.flatRate.optionalRate, pln.of(tax), r.flatRate.source, null));
    } else {
      long baseZl = taxBase / 100;
      long lower = baseZl;
      long upper = 0;
      if (c == ContractType.EMPLOYMENT) {
        long room = Math.max(0, r.threshold.minor - MoneyCache.minor(ytd.taxBase())) / 100;
        lower = Math.min(baseZl, room);
        upper = baseZl - lower;
      }
      BigDecimal lowerTax = r.pitLower.applyExact(lower);
      BigDecimal upperTax = upper == 0 ? BigDecimal.ZERO : r.pitUpper.applyExact(upper);
      BigDecimal exact = upper == 0 ? lowerTax : lowerTax.add(upperTax);
      String crossing = upper == 0 ? null
          : lower == 0 ? "cumulative tax base above " + fmt(r.threshold.minor) + " earlier this year"
          : "cumulative tax base crosses " + fmt(r.threshold.minor) + " this month: " + lower + " zł at the lower rate, " + upper + " zł at the upper";
      out.addLines(PayslipLine.rated(LineCode.TAX_LOWER, pln.of(lower * 100), r.pitLower.optionalRate, pln.of(Factor.groszHalfUp(lowerTax)),
          r.pitLower.source, crossing));
      if (upper != 0) {
        out.addLines(PayslipLine.rated(LineCode.TAX_UPPER, pln.of(upper * 100), r.pitUpper.optionalRate, pln.of(Factor.groszHalfUp(upperTax)),
            r.pitUpper.source, crossing));
      }
      MonthRules.@Nullable Amount reduction = reduction(t.taxReduction(), r);
      long reductionMinor = reduction == null ? 0 : reduction.minor;
      if (reduction != null) {
        out.addLines(PayslipLine.line(LineCode.TAX_REDUCTION, reduction.money, null, reduction.money, reduction.source, null));
      }
      tax = Math.max(0, Factor.zlotyHalfUp(exact.subtract(BigDecimal.valueOf(reductionMinor, 2))));
      // the lines above show the tax at each rate and the reduction; the advance is their difference, rounded
      out.addLines(PayslipLine.line(LineCode.TAX_ADVANCE, taxBaseMoney, null, pln.of(tax),
          c == ContractType.EMPLOYMENT ? ADVANCE_SOURCE_EMPLOYMENT : ADVANCE_SOURCE_OTHER, null));
    }

    if (ppk != null) {
      out.addLines(PayslipLine.line(LineCode.EMPLOYEE_PPK, zusMoney, ppk.employeeRate(), pln.of(eePpk), r.ppkEmployeeSource, null));
    }
    long net = gross - eeSocial - health - tax - eePpk;
    out.addLines(PayslipLine.line(LineCode.NET, grossMoney, null, pln.of(net), NET_SOURCE, null));

    if (social) {
      out.addLines(rated(LineCode.EMPLOYER_PENSION, pdBaseMoney, r.employerPension, pln.of(erPension), capNote));
      out.addLines(rated(LineCode.EMPLOYER_DISABILITY, pdBaseMoney, r.employerDisability, pln.of(erDisability), capNote));
      out.addLines(PayslipLine.rated(LineCode.EMPLOYER_ACCIDENT, baseMoney, accident.optionalRate, pln.of(erAccident), r.defaultAccident.source, null));
      out.addLines(PayslipLine.rated(LineCode.LABOR_FUND, baseMoney, r.laborFund.optionalRate, pln.of(fp), r.laborFund.source,
          fpDue ? null : t.laborFundExempt() ? "not due: exempt person" : "not due: base below the minimum wage " + fmt(r.minimumWage.minor)));
      out.addLines(PayslipLine.rated(LineCode.GUARANTEED_BENEFITS_FUND, baseMoney, r.guaranteedFund.optionalRate, pln.of(fgsp),
          r.guaranteedFund.source, fgspDue ? null : "not due: exempt person"));
    } else {
      out.addLines(PayslipLine.line(LineCode.CONTRIBUTION_BASE, zusMoney, null, pln.of(0),
          student ? STUDENT_SOURCE : "umowa o dzieło: art. 6 " + SUS + " nie obejmuje jej ubezpieczeniami",
          "no social or health contributions"));
    }
    if (ppk != null) {
      out.addLines(PayslipLine.line(LineCode.EMPLOYER_PPK, zusMoney, ppk.employerRate(), pln.of(erPpk), r.ppkEmployerSource, null));
    }
    long cost = gross + erPension + erDisability + erAccident + fp + fgsp + erPpk;
    out.addLines(PayslipLine.line(LineCode.EMPLOYER_COST, grossMoney, null, pln.of(cost), COST_SOURCE, null));

    YearToDate after = ImmutableYearToDate.builder()
        .year(in.year())
        .throughMonth(in.month())
        .pensionDisabilityBase(pdBase == 0 ? ytd.pensionDisabilityBase() : pln.of(MoneyCache.minor(ytd.pensionDisabilityBase()) + pdBase))
        .taxBase(flat || taxBase == 0 ? ytd.taxBase() : pln.of(MoneyCache.minor(ytd.taxBase()) + taxBase))
        .exemptRevenue(exempt == 0 ? ytd.exemptRevenue() : pln.of(MoneyCache.minor(ytd.exemptRevenue()) + exempt))
        .authorCosts(authorCosts == 0 ? ytd.authorCosts() : pln.of(MoneyCache.minor(ytd.authorCosts()) + authorCosts))
        .build();

    return out
        .employeeId(t.employeeId())
        .employeeName(t.name())
        .department(t.department())
        .contract(c)
        .year(in.year())
        .month(in.month())
        .paymentDate(payDate)
        .gross(grossMoney)
        .employeePension(pln.of(eePension))
        .employeeDisability(pln.of(eeDisability))
        .employeeSickness(pln.of(eeSickness))
        .healthInsurance(pln.of(health))
        .costsOfIncome(pln.of(costs))
        .taxBase(taxBaseMoney)
        .taxAdvance(pln.of(tax))
        .employeePpk(pln.of(eePpk))
        .employerPension(pln.of(erPension))
        .employerDisability(pln.of(erDisability))
        .employerAccident(pln.of(erAccident))
        .laborFund(pln.of(fp))
        .guaranteedBenefitsFund(pln.of(fgsp))
        .employerPpk(pln.of(erPpk))
        .contributionBase(baseMoney)
        .pensionDisabilityBase(pdBaseMoney)
        .healthBase(pln.of(healthBase))
        .taxableRevenue(pln.of(revenue))
        .exemptRevenue(pln.of(exempt))
        .authorCosts(pln.of(authorCosts))
        .zusFinancedBenefits(pln.of(benefits))
        .flatTax(flat)
        .yearToDate(after)
        .build();
  }

  /** An amount in grosze as a plain decimal ({@code 123456 → "1234.56"}), cheaper than formatting {@code Money}. */
  static String fmt(long minor) {
    long abs = Math.abs(minor);
    long frac = abs % 100;
    return (minor < 0 ? "-" : "") + abs / 100 + (frac < 10 ? ".0" : ".") + frac;
  }

  private static @Nullable String flagsNote(boolean zus, boolean taxable) {
    if (zus && taxable) {
      return null;
    }
    if (!zus && !taxable) {
      return "outside the ZUS base, not taxable";
    }
    return zus ? "not taxable" : "outside the ZUS base";
  }

  private static PayslipLine rated(LineCode code, Money base, Factor f, Money amount, @Nullable String note) {
    return PayslipLine.rated(code, base, f.optionalRate, amount, f.source, note);
  }

  private static MonthRules.@Nullable Amount reduction(TaxReduction tr, MonthRules r) {
    switch (tr) {
      case ONE_PAYER:
        return r.reductionOne;
      case TWO_PAYERS:
        return r.reductionTwo;
      case THREE_PAYERS:
        return r.reductionThree;
      default:
        return null;
    }
  }

  /** The zero-PIT relief that applies to revenue paid on the day, if any. */
  private static @Nullable TaxRelief relief(EmployeeTerms t, LocalDate payDate, int youthAge) {
    if (!t.youthReliefWaived() && underAge(t, payDate, youthAge, true)) {
      return TaxRelief.YOUTH;
    }
    for (TaxRelief r : t.declaredReliefs()) {
      if (r != TaxRelief.YOUTH) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether the person is under the age on the day: with a birth date, PIT counts revenue received up to and
   * including the birthday ({@code inclusive}), ZUS only before it; without one, the declared youth relief.
   */
  private static boolean underAge(EmployeeTerms t, LocalDate day, int age, boolean inclusive) {
    if (t.birthDate().isPresent()) {
      LocalDate birthday = t.birthDate().get().plusYears(age);
      return inclusive ? !day.isAfter(birthday) : day.isBefore(birthday);
    }
    return t.declaredReliefs().contains(TaxRelief.YOUTH);
  }

}
