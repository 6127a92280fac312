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
    String s = t.subject();
    ContractType c = t.contract();
    List<PayComponent> comps = in.components();
    long both = 0;
    long gross = 0;
    for (int i = 0; i < comps.size(); i++) {
      PayComponent pc = comps.get(i);
      long a = amount(s, "components[" + i + "].amount", pc.amount());
      if (pc.subjectToZus() && pc.taxable()) {
        both += a;
      }
      gross += a;
    }
    long absence = amount(s, "unpaidAbsence", in.unpaidAbsence());
    if (absence > both) {
      throw new ValidationException(s, "unpaidAbsence", in.unpaidAbsence(),
          "must not exceed the pay it reduces (components subject to ZUS and PIT: " + Money.ofMinor(Monies.PLN, both) + ")");
    }
    gross -= absence;
    if (!in.sickPay().isEmpty() && c != ContractType.EMPLOYMENT) {
      throw new ValidationException(s, "sickPay", in.sickPay(), "applies only to an employment contract (this is " + c.id() + ")");
    }
    for (int i = 0; i < in.sickPay().size(); i++) {
      gross += amount(s, "sickPay[" + i + "].amount", in.sickPay().get(i).amount());
    }
    LocalDate first = LocalDate.of(in.year(), in.month(), 1);
    if (payDate.isBefore(first)) {
      throw new ValidationException(s, "paymentDate", payDate, "must not be before the month paid (" + first + ")");
    }
    if (t.birthDate().isPresent() && t.birthDate().get().isAfter(payDate)) {
      throw new ValidationException(s, "birthDate", t.birthDate().get(), "must not be in the future (after the payment date " + payDate + ")");
    }
    if (t.ppk().isPresent()) {
      PpkRates p = t.ppk().get();
      within(s, "ppk.employeeRate", p.employeeRate(), r.ppkEmployeeMin, r.ppkEmployeeMax, r.ppkEmployeeSource);
      within(s, "ppk.employerRate", p.employerRate(), r.ppkEmployerMin, r.ppkEmployerMax, r.ppkEmployerSource);
      if (t.student()) {
        throw new ValidationException(s, "ppk", p, "does not apply to a student on a mandate (not insured for pension)");
      }
    }
    if (t.accidentRate().isPresent()) {
      within(s, "accidentRate", t.accidentRate().get(), r.accidentMin, r.accidentMax, r.defaultAccident.source);
    }
    if (ytd.year() != in.year()) {
      throw new ValidationException(s, "yearToDate.year", ytd.year(), "must be the year calculated (" + in.year() + ")");
    }
    if (ytd.throughMonth() >= in.month()) {
      throw new ValidationException(s, "yearToDate.throughMonth", ytd.throughMonth(),
          "must be before the month calculated (" + in.month() + "): one payslip per month and contract");
    }
    if (t.smallAgreementFlatTax() && gross > r.flatLimit.minor) {
      throw new ValidationException(s, "smallAgreementFlatTax", Money.ofMinor(Monies.PLN, gross),
          "applies only to agreements of at most " + Money.ofMinor(Monies.PLN, r.flatLimit.minor) + " (" + r.flatLimit.source + ")");
    }
    if (t.student() && !t.birthDate().isPresent() && !t.declaredReliefs().contains(TaxRelief.YOUTH)) {
      throw new ValidationException(s, "birthDate", null, "must be given for a student on a mandate, to show the person is under 26");
    }
  }

  private static long amount(String subject, String field, Money m) {
    if (!m.getCurrencyUnit().equals(Monies.PLN) || m.getAmount().signum() < 0) {
      throw new ValidationException(subject, field, m, "must be a non-negative amount in PLN");
    }
    return m.getAmountMinorLong();
  }

  private static void within(String subject, String field, Rate rate, Rate min, Rate max, String source) {
    if (rate.compareTo(min) < 0 || rate.compareTo(max) > 0) {
      throw new ValidationException(subject, field, rate, "must be between " + min + " and " + max + " (" + source + ")");
    }
  }

  /** Computes the payslip; the inputs must have passed {@link #validate}. */
  static Payslip calculate(MonthRules r, EmployeeTerms t, MonthInput in, YearToDate ytd, LocalDate payDate) {
    ContractType c = t.contract();
    ImmutableList.Builder<PayslipLine> lines = ImmutableList.builderWithExpectedSize(28);

    // earnings
    long zus = 0;
    long taxable = 0;
    long gross = 0;
    for (PayComponent pc : in.components()) {
      long a = pc.amount().getAmountMinorLong();
      gross += a;
      if (pc.subjectToZus()) {
        zus += a;
      }
      if (pc.taxable()) {
        taxable += a;
      }
      Money m = pc.amount();
      lines.add(PayslipLine.named(LineCode.of(pc.kind()), pc.name(), m, null, m, GROSS_SOURCE,
          flagsNote(pc.subjectToZus(), pc.taxable())));
    }
    long absence = in.unpaidAbsence().getAmountMinorLong();
    if (absence != 0) {
      gross -= absence;
      zus -= absence;
      taxable -= absence;
      lines.add(PayslipLine.line(LineCode.UNPAID_ABSENCE, pln(absence), null, pln(-absence), ABSENCE_SOURCE, null));
    }
    long sick = 0;
    long benefits = 0;
    for (SickPay sp : in.sickPay()) {
      long a = sp.amount().getAmountMinorLong();
      gross += a;
      taxable += a;
      sick += a;
      if (sp.kind().financedByZus()) {
        benefits += a;
      }
      lines.add(PayslipLine.line(sp.kind() == SickPayKind.SICKNESS_BENEFIT ? LineCode.SICKNESS_BENEFIT : LineCode.EMPLOYER_SICK_PAY,
          sp.amount(), null, sp.amount(), sp.kind().source(), sp.explanation().orElse(null)));
    }
    Money grossMoney = pln(gross);
    lines.add(PayslipLine.line(LineCode.GROSS, grossMoney, null, grossMoney, GROSS_SOURCE, null));

    // which insurance applies
    boolean student = c == ContractType.MANDATE && t.student() && underAge(t, payDate, r.youthAge, false);
    boolean social = c != ContractType.SPECIFIC_TASK && !student;
    boolean sicknessInsured = social && (c == ContractType.EMPLOYMENT || t.voluntarySickness());

    // social contributions
    long base = social ? zus : 0;
    long capLeft = Math.max(0, r.pensionCap.minor - ytd.pensionDisabilityBase().getAmountMinorLong());
    long pdBase = Math.min(base, capLeft);
    String capNote = null;
    if (social && pdBase < base) {
      capNote = pdBase == 0
          ? "annual 30× cap " + pln(r.pensionCap.minor) + " reached earlier this year: no pension and disability contributions"
          : "annual 30× cap " + pln(r.pensionCap.minor) + " crossed: only the remainder " + pln(pdBase) + " of the base " + pln(base) + " is charged";
    }
    long sickBase = 0;
    String sickNote = null;
    if (sicknessInsured) {
      sickBase = base;
      if (c == ContractType.MANDATE && base > r.voluntarySicknessCap.minor) {
        sickBase = r.voluntarySicknessCap.minor;
        sickNote = "voluntary sickness base limited to " + pln(sickBase) + " (" + r.voluntarySicknessCap.source + ")";
      }
    }
    long eePension = r.employeePension.applyGrosz(pdBase);
    long eeDisability = r.employeeDisability.applyGrosz(pdBase);
    long eeSickness = r.employeeSickness.applyGrosz(sickBase);
    long eeSocial = eePension + eeDisability + eeSickness;
    if (social) {
      lines.add(PayslipLine.line(LineCode.CONTRIBUTION_BASE, pln(zus), null, pln(base), BASE_SOURCE, null));
      lines.add(rated(LineCode.EMPLOYEE_PENSION, pdBase, r.employeePension, eePension, capNote));
      lines.add(rated(LineCode.EMPLOYEE_DISABILITY, pdBase, r.employeeDisability, eeDisability, capNote));
      if (sicknessInsured) {
        lines.add(rated(LineCode.EMPLOYEE_SICKNESS, sickBase, r.employeeSickness, eeSickness, sickNote));
      }
    }

    // health
    long healthBase = social ? base - eeSocial + sick : 0;
    long health = r.health.applyGrosz(healthBase);
    if (social) {
      lines.add(PayslipLine.line(LineCode.HEALTH, pln(healthBase), r.health.rate, pln(health),
          r.health.source + "; " + HEALTH_BASE_SOURCE, sick != 0 ? "base includes sick pay " + pln(sick) : null));
    }

    // PPK (base: the pension base before the 30× cap)
    long eePpk = 0;
    long erPpk = 0;
    Factor eePpkF = null;
    Factor erPpkF = null;
    if (t.ppk().isPresent()) {
      eePpkF = new Factor(t.ppk().get().employeeRate(), r.ppkEmployeeSource);
      erPpkF = new Factor(t.ppk().get().employerRate(), r.ppkEmployerSource);
      eePpk = eePpkF.applyGrosz(zus);
      erPpk = erPpkF.applyGrosz(zus);
    }

    // employer contributions
    Factor accident = t.accidentRate().isPresent() ? new Factor(t.accidentRate().get(), r.defaultAccident.source) : r.defaultAccident;
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
      lines.add(PayslipLine.line(LineCode.EMPLOYER_PPK_REVENUE, pln(zus), erPpkF.rate, pln(erPpk), PPK_REVENUE_SOURCE, null));
    }
    TaxRelief relief = flat || c == ContractType.SPECIFIC_TASK ? null : relief(t, payDate, r.youthAge);
    long exempt = 0;
    if (relief != null) {
      long left = Math.max(0, r.reliefLimit.minor - ytd.exemptRevenue().getAmountMinorLong());
      exempt = Math.min(revenue, left);
      String note = exempt < revenue
          ? "annual limit " + pln(r.reliefLimit.minor) + " reached: " + pln(revenue - exempt) + " taxable"
          : "limit left after this month: " + pln(left - exempt);
      lines.add(PayslipLine.line(LineCode.EXEMPT_REVENUE, pln(revenue), null, pln(exempt), relief.source() + "; " + r.reliefLimit.source, note));
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
        lines.add(PayslipLine.line(LineCode.COSTS_OF_INCOME, pln(taxableRevenue), null, pln(costs), kup.source, null));
      } else {
        long costBase = taxableRevenue - deductibleSocial;
        if (t.authorCosts()) {
          long left = Math.max(0, r.authorLimit.minor - ytd.authorCosts().getAmountMinorLong());
          long full = r.kupAuthorRate.applyGrosz(costBase);
          costs = Math.min(full, left);
          authorCosts = costs;
          String note = costs < full ? "annual limit " + pln(r.authorLimit.minor) + " of author's costs: only " + pln(costs) + " deductible" : null;
          lines.add(PayslipLine.line(LineCode.COSTS_OF_INCOME, pln(costBase), r.kupAuthorRate.rate, pln(costs),
              r.kupAuthorRate.source + "; " + r.authorLimit.source, note));
        } else {
          costs = r.kupRate.applyGrosz(costBase);
          lines.add(PayslipLine.line(LineCode.COSTS_OF_INCOME, pln(costBase), r.kupRate.rate, pln(costs), r.kupRate.source, null));
        }
      }
    }
    long taxBase = Factor.zlotyHalfUp(Math.max(0, taxableRevenue - deductibleSocial - costs));
    lines.add(PayslipLine.line(LineCode.TAX_BASE, pln(taxableRevenue), null, pln(taxBase), TAX_BASE_SOURCE,
        "revenue " + pln(taxableRevenue) + " − social contributions " + pln(deductibleSocial) + " − costs " + pln(costs)));

    // tax
    long tax;
    if (flat) {
      tax = Factor.zlotyHalfUp(r.flatRate.applyExactMinor(taxBase));
      lines.add(PayslipLine.line(LineCode.FLAT_TAX, pln(taxBase), r.flatRate.rate, pln(tax), r.flatRate.source, null));
    } else {
      long baseZl = taxBase / 100;
      long lower = baseZl;
      long upper = 0;
      if (c == ContractType.EMPLOYMENT) {
        long room = Math.max(0, r.threshold.minor - ytd.taxBase().getAmountMinorLong()) / 100;
        lower = Math.min(baseZl, room);
        upper = baseZl - lower;
      }
      BigDecimal lowerTax = r.pitLower.applyExact(lower);
      BigDecimal exact = upper == 0 ? lowerTax : lowerTax.add(r.pitUpper.applyExact(upper));
      String crossing = upper == 0 ? null
          : lower == 0 ? "cumulative tax base above " + pln(r.threshold.minor) + " earlier this year"
          : "cumulative tax base crosses " + pln(r.threshold.minor) + " this month: " + lower + " zł at the lower rate, " + upper + " zł at the upper";
      lines.add(PayslipLine.line(LineCode.TAX_LOWER, pln(lower * 100), r.pitLower.rate, pln(Factor.groszHalfUp(lowerTax)),
          r.pitLower.source, crossing));
      if (upper != 0) {
        lines.add(PayslipLine.line(LineCode.TAX_UPPER, pln(upper * 100), r.pitUpper.rate,
            pln(Factor.groszHalfUp(r.pitUpper.applyExact(upper))), r.pitUpper.source, crossing));
      }
      MonthRules.@Nullable Amount reduction = reduction(t.taxReduction(), r);
      long reductionMinor = reduction == null ? 0 : reduction.minor;
      if (reduction != null) {
        lines.add(PayslipLine.line(LineCode.TAX_REDUCTION, pln(reductionMinor), null, pln(reductionMinor), reduction.source,
            "PIT-2 " + t.taxReduction().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
      }
      tax = Math.max(0, Factor.zlotyHalfUp(exact.subtract(BigDecimal.valueOf(reductionMinor, 2))));
      lines.add(PayslipLine.line(LineCode.TAX_ADVANCE, pln(taxBase), null, pln(tax),
          c == ContractType.EMPLOYMENT ? ADVANCE_SOURCE_EMPLOYMENT : ADVANCE_SOURCE_OTHER,
          "tax " + exact.setScale(2, RoundingMode.HALF_UP).toPlainString() + " − reduction " + pln(reductionMinor) + ", rounded to the złoty"));
    }
    if (t.ppk().isPresent()) {
      lines.add(rated(LineCode.EMPLOYEE_PPK, zus, eePpkF, eePpk, null));
    }
    long net = gross - eeSocial - health - tax - eePpk;
    lines.add(PayslipLine.line(LineCode.NET, grossMoney, null, pln(net), NET_SOURCE, null));

    if (social) {
      lines.add(rated(LineCode.EMPLOYER_PENSION, pdBase, r.employerPension, erPension, capNote));
      lines.add(rated(LineCode.EMPLOYER_DISABILITY, pdBase, r.employerDisability, erDisability, capNote));
      lines.add(rated(LineCode.EMPLOYER_ACCIDENT, base, accident, erAccident, null));
      lines.add(PayslipLine.line(LineCode.LABOR_FUND, pln(base), r.laborFund.rate, pln(fp), r.laborFund.source,
          fpDue ? null : t.laborFundExempt() ? "not due: exempt person" : "not due: base below the minimum wage " + pln(r.minimumWage.minor)));
      lines.add(PayslipLine.line(LineCode.GUARANTEED_BENEFITS_FUND, pln(base), r.guaranteedFund.rate, pln(fgsp),
          r.guaranteedFund.source, fgspDue ? null : "not due: exempt person"));
    } else {
      lines.add(PayslipLine.line(LineCode.CONTRIBUTION_BASE, pln(zus), null, pln(0),
          student ? STUDENT_SOURCE : "umowa o dzieło: art. 6 " + SUS + " nie obejmuje jej ubezpieczeniami",
          "no social or health contributions"));
    }
    if (t.ppk().isPresent()) {
      lines.add(rated(LineCode.EMPLOYER_PPK, zus, erPpkF, erPpk, null));
    }
    long cost = gross + erPension + erDisability + erAccident + fp + fgsp + erPpk;
    lines.add(PayslipLine.line(LineCode.EMPLOYER_COST, grossMoney, null, pln(cost), COST_SOURCE, null));

    YearToDate after = ImmutableYearToDate.builder()
        .year(in.year())
        .throughMonth(in.month())
        .pensionDisabilityBase(pln(ytd.pensionDisabilityBase().getAmountMinorLong() + pdBase))
        .taxBase(flat ? ytd.taxBase() : pln(ytd.taxBase().getAmountMinorLong() + taxBase))
        .exemptRevenue(pln(ytd.exemptRevenue().getAmountMinorLong() + exempt))
        .authorCosts(pln(ytd.authorCosts().getAmountMinorLong() + authorCosts))
        .build();

    Payslip p = Payslip.builder()
        .employeeId(t.employeeId())
        .employeeName(t.name())
        .department(t.department())
        .contract(c)
        .year(in.year())
        .month(in.month())
        .paymentDate(payDate)
        .gross(grossMoney)
        .employeePension(pln(eePension))
        .employeeDisability(pln(eeDisability))
        .employeeSickness(pln(eeSickness))
        .healthInsurance(pln(health))
        .costsOfIncome(pln(costs))
        .taxBase(pln(taxBase))
        .taxAdvance(pln(tax))
        .employeePpk(pln(eePpk))
        .employerPension(pln(erPension))
        .employerDisability(pln(erDisability))
        .employerAccident(pln(erAccident))
        .laborFund(pln(fp))
        .guaranteedBenefitsFund(pln(fgsp))
        .employerPpk(pln(erPpk))
        .contributionBase(pln(base))
        .pensionDisabilityBase(pln(pdBase))
        .healthBase(pln(healthBase))
        .taxableRevenue(pln(revenue))
        .exemptRevenue(pln(exempt))
        .authorCosts(pln(authorCosts))
        .zusFinancedBenefits(pln(benefits))
        .flatTax(flat)
        .addAllLines(lines.build())
        .yearToDate(after)
        .build();
    // the derived totals and the long arithmetic above must agree to the grosz
    if (p.net().getAmountMinorLong() != net || p.employerCost().getAmountMinorLong() != cost) {
      throw new IllegalStateException("payslip totals disagree for " + p.subject());
    }
    return p;
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

  private static PayslipLine rated(LineCode code, long base, Factor f, long amount, @Nullable String note) {
    return PayslipLine.line(code, pln(base), f.rate, pln(amount), f.source, note);
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

  private static Money pln(long minor) {
    return Money.ofMinor(Monies.PLN, minor);
  }
}
