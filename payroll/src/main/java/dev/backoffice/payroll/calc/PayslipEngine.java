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
    validateInput(r, t, in, payDate);
    if (t.ppkRevenueTiming() == PpkRevenueTiming.WHEN_PAID_TO_FUND) {
      throw new ValidationException(t.subject(), "ppkRevenueTiming", t.ppkRevenueTiming(),
          "needs the payouts of the previous month: calculate with PayrollCalculator.pay(Payout, PayoutHistory)");
    }
    if (ytd.year() != in.year()) {
      throw new ValidationException(t.subject(), "yearToDate.year", ytd.year(), "must be the year calculated (" + in.year() + ")");
    }
    if (ytd.throughMonth() >= in.month()) {
      throw new ValidationException(t.subject(), "yearToDate.throughMonth", ytd.throughMonth(),
          "must be before the month calculated (" + in.month() + "): one payslip per month and contract; "
          + "pay several payouts in a month with PayrollCalculator.pay(Payout, PayoutHistory)");
    }
  }

  /** Checks a month's input against the law in force on the payment date, naming the employee and the field. */
  static void validateInput(MonthRules r, EmployeeTerms t, MonthInput in, LocalDate payDate) {
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

  /**
   * Computes the payslip's figures; the inputs must have passed {@link #validate}. The explaining lines are
   * built from the same figures by {@link #lines(Computation)} when the payslip is first asked for them.
   */
  static Payslip calculate(MonthRules r, EmployeeTerms t, MonthInput in, YearToDate ytd, LocalDate payDate) {
    return calculate(r, t, in, ytd, payDate, MonthSoFar.NONE, PayoutKind.PAY, ImmutableList.of());
  }

  /**
   * Computes one payout's figures given what the payouts paid earlier in the same payment month charged
   * ({@code so}): each contribution is charged on the month's summed base less what was charged before, the
   * monthly employment costs and the PIT-2 reduction only as far as they are left in the month.
   */
  static Payslip calculate(MonthRules r, EmployeeTerms t, MonthInput in, YearToDate ytd, LocalDate payDate, MonthSoFar so,
      PayoutKind kind, ImmutableList<PayrollWarning> warnings) {
    Earnings e = Earnings.of(t, in, kind);
    SocialInsurance ins = SocialInsurance.of(r, t, e, ytd, so, payDate, kind);
    HealthContribution health = HealthContribution.of(r, e, ins, so);
    PpkContributions ppk = PpkContributions.of(t, e, so);
    EmployerContributions er = EmployerContributions.of(r, t, ins, so);
    TaxableRevenue rev = TaxableRevenue.of(r, t, e, ins, ppk, ytd, so, payDate);
    CostsOfIncome costs = CostsOfIncome.of(r, t, rev, ytd, so);
    TaxAdvance tax = TaxAdvance.of(r, t, rev, costs, ytd, so);
    Computation k = new Computation(r, t, in, so, e, ins, health, ppk, er, rev, costs, tax);
    ContractType c = t.contract();
    long pdBase = ins.pdBase;
    long base = ins.base;
    long authorCosts = costs.author;
    long gross = e.gross;
    long benefits = e.benefits;

    MoneyCache pln = new MoneyCache();
    YearToDate after = ImmutableYearToDate.builder()
        .year(in.year())
        .throughMonth(in.month())
        .pensionDisabilityBase(pdBase == 0 ? ytd.pensionDisabilityBase() : pln.of(MoneyCache.minor(ytd.pensionDisabilityBase()) + pdBase))
        .taxBase(k.revenue.flat || k.tax.base == 0 ? ytd.taxBase() : pln.of(MoneyCache.minor(ytd.taxBase()) + k.tax.base))
        .exemptRevenue(k.revenue.exempt == 0 ? ytd.exemptRevenue() : pln.of(MoneyCache.minor(ytd.exemptRevenue()) + k.revenue.exempt))
        .authorCosts(authorCosts == 0 ? ytd.authorCosts() : pln.of(MoneyCache.minor(ytd.authorCosts()) + authorCosts))
        .employmentCosts(c != ContractType.EMPLOYMENT || k.costs.amount == 0 ? ytd.employmentCosts()
            : pln.of(MoneyCache.minor(ytd.employmentCosts()) + k.costs.amount))
        .build();

    return Payslip.builder()
        .employeeId(t.employeeId())
        .employeeName(t.name())
        .department(t.department())
        .contract(c)
        .year(in.year())
        .month(in.month())
        .paymentDate(payDate)
        .gross(pln.of(gross))
        .employeePension(pln.of(k.ins.eePension))
        .employeeDisability(pln.of(k.ins.eeDisability))
        .employeeSickness(pln.of(k.ins.eeSickness))
        .healthInsurance(pln.of(k.health.amount))
        .costsOfIncome(pln.of(k.costs.amount))
        .taxBase(pln.of(k.tax.base))
        .taxAdvance(pln.of(k.tax.amount))
        .employeePpk(pln.of(k.ppk.employee))
        .employerPension(pln.of(k.employer.pension))
        .employerDisability(pln.of(k.employer.disability))
        .employerAccident(pln.of(k.employer.accidentAmount))
        .laborFund(pln.of(k.employer.fp))
        .guaranteedBenefitsFund(pln.of(k.employer.fgsp))
        .employerPpk(pln.of(k.ppk.employer))
        .contributionBase(pln.of(base))
        .pensionDisabilityBase(pln.of(pdBase))
        .healthBase(pln.of(k.health.base))
        .taxableRevenue(pln.of(k.revenue.total))
        .exemptRevenue(pln.of(k.revenue.exempt))
        .authorCosts(pln.of(authorCosts))
        .zusFinancedBenefits(pln.of(benefits))
        .flatTax(k.revenue.flat)
        .deductibleSocial(pln.of(k.revenue.deductibleSocial))
        .taxReductionApplied(pln.of(k.tax.reductionApplied))
        .employerPpkRevenue(pln.of(k.revenue.ppk))
        .fullMonthBase(pln.of(k.ins.fullMonthBase))
        .warnings(warnings)
        .yearToDate(after)
        .computation(k)
        .build();
  }

  /** The lines explaining a computed payslip, in payslip order. */
  static ImmutableList<PayslipLine> lines(Computation k) {
    MonthRules r = k.rules;
    EmployeeTerms t = k.terms;
    MonthInput in = k.input;
    ContractType c = t.contract();
    MoneyCache pln = new MoneyCache();
    ImmutableList.Builder<PayslipLine> out = ImmutableList.builderWithExpectedSize(28);
    for (PayComponent pc : in.components()) {
      Money m = pc.amount();
      out.add(PayslipLine.named(LineCode.of(pc.kind()), pc.name(), m, null, m, GROSS_SOURCE, flagsNote(pc.subjectToZus(), pc.taxable())));
    }
    long absence = MoneyCache.minor(in.unpaidAbsence());
    if (absence != 0) {
      out.add(PayslipLine.line(LineCode.UNPAID_ABSENCE, in.unpaidAbsence(), null, pln.of(-absence), ABSENCE_SOURCE, null));
    }
    for (SickPay sp : in.sickPay()) {
      out.add(PayslipLine.line(sp.kind() == SickPayKind.SICKNESS_BENEFIT ? LineCode.SICKNESS_BENEFIT : LineCode.EMPLOYER_SICK_PAY,
          sp.amount(), null, sp.amount(), sp.kind().source(), sp.explanation().orElse(null)));
    }
    Money grossMoney = pln.of(k.earn.gross);
    out.add(PayslipLine.line(LineCode.GROSS, grossMoney, null, grossMoney, GROSS_SOURCE, null));

    Money zusMoney = pln.of(k.earn.zus);
    Money baseMoney = pln.of(k.ins.base);
    Money pdBaseMoney = pln.of(k.ins.pdBase);
    String capNote = null;
    if (k.ins.social && k.ins.pdBase < k.ins.base) {
      capNote = k.ins.pdBase == 0
          ? "annual 30× cap " + fmt(r.pensionCap.minor) + " reached earlier this year: no pension and disability contributions"
          : "annual 30× cap " + fmt(r.pensionCap.minor) + " crossed: only the remainder " + fmt(k.ins.pdBase) + " of the base "
              + fmt(k.ins.base) + " is charged";
    }
    if (k.ins.social) {
      out.add(PayslipLine.line(LineCode.CONTRIBUTION_BASE, zusMoney, null, baseMoney, BASE_SOURCE, k.so.payouts == 0 ? null
          : "payout " + (k.so.payouts + 1) + " paid this month: each contribution below is its rate of the month's summed base "
              + fmt(k.so.base + k.ins.base) + " less what the earlier payouts of the month charged"));
      out.add(rated(LineCode.EMPLOYEE_PENSION, pdBaseMoney, r.employeePension, pln.of(k.ins.eePension), capNote));
      out.add(rated(LineCode.EMPLOYEE_DISABILITY, pdBaseMoney, r.employeeDisability, pln.of(k.ins.eeDisability), capNote));
      if (k.ins.sicknessInsured) {
        String sickNote = k.ins.sickBase < k.ins.base
            ? "voluntary sickness base limited to " + fmt(k.ins.sickBase) + " (" + r.voluntarySicknessCap.source + ")" : null;
        out.add(rated(LineCode.EMPLOYEE_SICKNESS, pln.of(k.ins.sickBase), r.employeeSickness, pln.of(k.ins.eeSickness), sickNote));
      }
      out.add(PayslipLine.rated(LineCode.HEALTH, pln.of(k.health.base), r.health.optionalRate, pln.of(k.health.amount), r.healthSource,
          k.earn.sick != 0 ? "base includes sick pay " + fmt(k.earn.sick) : null));
    }
    if (k.revenue.ppk != 0 && t.ppkRevenueTiming() == PpkRevenueTiming.WHEN_PAID_TO_FUND) {
      out.add(PayslipLine.line(LineCode.EMPLOYER_PPK_REVENUE, pln.of(k.revenue.ppk), null, pln.of(k.revenue.ppk), PPK_REVENUE_SOURCE,
          "the employer's contributions of the previous payment month, paid to the fund since (art. 11 ust. 1 " + PIT + ")"));
    } else if (k.ppk.employer != 0 && k.ppk.rates != null) {
      out.add(PayslipLine.line(LineCode.EMPLOYER_PPK_REVENUE, zusMoney, k.ppk.rates.employerRate(), pln.of(k.ppk.employer), PPK_REVENUE_SOURCE, null));
    }
    if (k.revenue.relief != null) {
      String note = k.revenue.exempt < k.revenue.total
          ? "annual limit " + fmt(r.reliefLimit.minor) + " reached: " + fmt(k.revenue.total - k.revenue.exempt) + " taxable"
          : "limit left after this month: " + fmt(k.revenue.reliefLeft - k.revenue.exempt);
      out.add(PayslipLine.line(LineCode.EXEMPT_REVENUE, pln.of(k.revenue.total), null, pln.of(k.revenue.exempt), r.reliefSource.get(k.revenue.relief), note));
    }
    if (!k.revenue.flat && k.revenue.taxable > 0) {
      if (c == ContractType.EMPLOYMENT) {
        MonthRules.Amount kup = t.elevatedCosts() ? r.kupElevated : r.kupStandard;
        String note = k.costs.amount == k.costs.monthly ? null
            : k.so.costsUsed > 0 ? "monthly costs deducted once a month: " + fmt(Math.min(k.so.costsUsed, k.costs.monthly))
                + " already deducted from an earlier payout this month"
            : "yearly cap " + fmt(k.costs.cap) + " of employment costs: only " + fmt(k.costs.amount) + " deductible";
        out.add(PayslipLine.line(LineCode.COSTS_OF_INCOME, pln.of(k.revenue.taxable), null, note == null ? kup.money : pln.of(k.costs.amount),
            note == null ? kup.source : kup.source + "; " + r.kupCapSource, note));
      } else if (t.authorCosts()) {
        String note = k.costs.amount < k.costs.fullAuthor
            ? "annual limit " + fmt(r.authorLimit.minor) + " of author's costs: only " + fmt(k.costs.amount) + " deductible" : null;
        out.add(PayslipLine.rated(LineCode.COSTS_OF_INCOME, pln.of(k.costs.base), r.kupAuthorRate.optionalRate, pln.of(k.costs.amount),
            r.authorCostsSource, note));
      } else {
        out.add(PayslipLine.rated(LineCode.COSTS_OF_INCOME, pln.of(k.costs.base), r.kupRate.optionalRate, pln.of(k.costs.amount),
            r.kupRate.source, null));
      }
    }
    Money taxBaseMoney = pln.of(k.tax.base);
    out.add(PayslipLine.line(LineCode.TAX_BASE, pln.of(k.revenue.taxable), null, taxBaseMoney, TAX_BASE_SOURCE,
        "revenue " + fmt(k.revenue.taxable) + " − social contributions " + fmt(k.revenue.deductibleSocial) + " − costs " + fmt(k.costs.amount)));
    if (k.revenue.flat) {
      out.add(PayslipLine.rated(LineCode.FLAT_TAX, taxBaseMoney, r.flatRate.optionalRate, pln.of(k.tax.amount), r.flatRate.source, null));
    } else {
      String crossing = k.tax.upper == 0 ? null
          : k.tax.lower == 0 ? "cumulative tax base above " + fmt(r.threshold.minor) + " earlier this year"
          : "cumulative tax base crosses " + fmt(r.threshold.minor) + " this month: " + k.tax.lower + " zł at the lower rate, "
              + k.tax.upper + " zł at the upper";
      out.add(PayslipLine.rated(LineCode.TAX_LOWER, pln.of(k.tax.lower * 100), r.pitLower.optionalRate,
          pln.of(Factor.groszHalfUp(k.tax.lowerTax)), r.pitLower.source, crossing));
      if (k.tax.upper != 0) {
        out.add(PayslipLine.rated(LineCode.TAX_UPPER, pln.of(k.tax.upper * 100), r.pitUpper.optionalRate,
            pln.of(Factor.groszHalfUp(k.tax.upperTax)), r.pitUpper.source, crossing));
      }
      if (k.tax.reduction != null) {
        Money left = k.tax.reductionLeft == k.tax.reduction.minor ? k.tax.reduction.money : pln.of(k.tax.reductionLeft);
        out.add(PayslipLine.line(LineCode.TAX_REDUCTION, k.tax.reduction.money, null, left, k.tax.reduction.source,
            k.so.reductionUsed == 0 ? null : "once a month: " + fmt(Math.min(k.so.reductionUsed, k.tax.reduction.minor))
                + " already used by an earlier payout this month"));
      }
      out.add(PayslipLine.line(LineCode.TAX_ADVANCE, taxBaseMoney, null, pln.of(k.tax.amount),
          c == ContractType.EMPLOYMENT ? ADVANCE_SOURCE_EMPLOYMENT : ADVANCE_SOURCE_OTHER,
          "tax at the rates above less the reduction, rounded to the złoty"));
    }
    if (k.ppk.rates != null) {
      out.add(PayslipLine.line(LineCode.EMPLOYEE_PPK, zusMoney, k.ppk.rates.employeeRate(), pln.of(k.ppk.employee), r.ppkEmployeeSource, null));
    }
    out.add(PayslipLine.line(LineCode.NET, grossMoney, null, pln.of(k.net), NET_SOURCE, null));
    if (k.ins.social) {
      out.add(rated(LineCode.EMPLOYER_PENSION, pdBaseMoney, r.employerPension, pln.of(k.employer.pension), capNote));
      out.add(rated(LineCode.EMPLOYER_DISABILITY, pdBaseMoney, r.employerDisability, pln.of(k.employer.disability), capNote));
      out.add(PayslipLine.rated(LineCode.EMPLOYER_ACCIDENT, baseMoney, k.employer.accident.optionalRate, pln.of(k.employer.accidentAmount),
          r.defaultAccident.source, null));
      out.add(PayslipLine.rated(LineCode.LABOR_FUND, baseMoney, r.laborFund.optionalRate, pln.of(k.employer.fp), r.laborFund.source,
          k.employer.fpDue ? (k.ins.fullMonthBase != k.ins.base && k.ins.base < r.minimumWage.minor ? "due: the base converted to a full month "
              + fmt(k.ins.fullMonthBase) + " reaches the minimum wage " + fmt(r.minimumWage.minor) : null)
              : t.laborFundExempt() ? "not due: exempt person"
              : "not due: base" + (k.ins.fullMonthBase != k.ins.base ? " converted to a full month " + fmt(k.ins.fullMonthBase) : "")
                  + " below the minimum wage " + fmt(r.minimumWage.minor)));
      out.add(PayslipLine.rated(LineCode.GUARANTEED_BENEFITS_FUND, baseMoney, r.guaranteedFund.optionalRate, pln.of(k.employer.fgsp),
          r.guaranteedFund.source, k.employer.fgspDue ? null : "not due: exempt person"));
    } else {
      out.add(PayslipLine.line(LineCode.CONTRIBUTION_BASE, zusMoney, null, pln.of(0),
          k.ins.student ? STUDENT_SOURCE : "umowa o dzieło: art. 6 " + SUS + " nie obejmuje jej ubezpieczeniami",
          "no social or health contributions"));
    }
    if (k.ppk.rates != null) {
      out.add(PayslipLine.line(LineCode.EMPLOYER_PPK, zusMoney, k.ppk.rates.employerRate(), pln.of(k.ppk.employer), r.ppkEmployerSource, null));
    }
    out.add(PayslipLine.line(LineCode.EMPLOYER_COST, grossMoney, null, pln.of(k.cost), COST_SOURCE, null));
    return out.build();
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

  static MonthRules.@Nullable Amount reduction(TaxReduction tr, MonthRules r) {
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
  static @Nullable TaxRelief relief(EmployeeTerms t, LocalDate payDate, int youthAge) {
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
  static boolean underAge(EmployeeTerms t, LocalDate day, int age, boolean inclusive) {
    if (t.birthDate().isPresent()) {
      LocalDate birthday = t.birthDate().get().plusYears(age);
      return inclusive ? !day.isAfter(birthday) : day.isBefore(birthday);
    }
    return t.declaredReliefs().contains(TaxRelief.YOUTH);
  }

}
