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
    ContractType c = t.contract();
    Computation k = new Computation(r, t, in, t.accidentRate().isPresent() ? t.accidentFactor() : r.defaultAccident);
    k.so = so;

    // earnings
    long zus = 0;
    long taxable = 0;
    long gross = 0;
    for (PayComponent pc : in.components()) {
      long a = MoneyCache.minor(pc.amount());
      gross += a;
      if (pc.subjectToZus()) {
        zus += a;
      }
      if (pc.taxable()) {
        taxable += a;
      }
    }
    long absence = MoneyCache.minor(in.unpaidAbsence());
    gross -= absence;
    zus -= absence;
    taxable -= absence;
    long timePay = -absence;
    if (kind == PayoutKind.PAY && t.monthlyRate().isPresent()) {
      for (PayComponent pc : in.components()) {
        if (pc.kind() == ComponentKind.BASE && pc.subjectToZus()) {
          timePay += MoneyCache.minor(pc.amount());
        }
      }
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
    }
    k.gross = gross;
    k.zus = zus;
    k.sick = sick;

    // which insurance applies
    k.student = c == ContractType.MANDATE && t.student() && underAge(t, payDate, r.youthAge, false);
    k.social = c != ContractType.SPECIFIC_TASK && !k.student;
    k.sicknessInsured = k.social && (c == ContractType.EMPLOYMENT || t.voluntarySickness());
    // the Labour Fund threshold reads the base converted to a full month: the time pay replaced by the monthly rate
    long rate = t.monthlyRate().isPresent() ? MoneyCache.minor(t.monthlyRate().get()) : 0;
    k.fullMonthBase = k.social ? (kind == PayoutKind.PAY && rate > 0 && rate > timePay ? zus - timePay + rate : zus) : 0;

    // social contributions; the 30× cap limits pension and disability only, the crossing month charges the remainder
    long base = k.social ? zus : 0;
    long capLeft = Math.max(0, r.pensionCap.minor - MoneyCache.minor(ytd.pensionDisabilityBase()));
    long pdBase = Math.min(base, capLeft);
    k.base = base;
    k.pdBase = pdBase;
    // several payouts in a payment month: every contribution is charged on the month's summed base, less what
    // the earlier payouts of the month charged (art. 18 ust. 1 ustawy o sus: the base is the revenue paid in the month)
    long monthBase = so.base + base;
    long monthPd = so.pdBase + pdBase;
    long monthSick = 0;
    if (k.sicknessInsured) {
      // voluntary sickness on a mandate: base at most 250 % of the forecast average wage (art. 20 ust. 3)
      monthSick = c == ContractType.MANDATE ? Math.min(monthBase, r.voluntarySicknessCap.minor) : monthBase;
      k.sickBase = monthSick - (c == ContractType.MANDATE ? Math.min(so.base, r.voluntarySicknessCap.minor) : so.base);
    }
    k.eePension = r.employeePension.applyGrosz(monthPd) - so.eePension;
    k.eeDisability = r.employeeDisability.applyGrosz(monthPd) - so.eeDisability;
    k.eeSickness = r.employeeSickness.applyGrosz(monthSick) - so.eeSickness;
    k.eeSocial = k.eePension + k.eeDisability + k.eeSickness;

    // health: 9 % of the social base less the employee's social contributions, plus sick pay; not deductible
    k.healthBase = k.social ? base - k.eeSocial + sick : 0;
    k.health = r.health.applyGrosz(so.healthBase + k.healthBase) - so.health;

    // PPK on the pension base before the 30× cap
    k.ppk = t.ppk().orElse(null);
    if (k.ppk != null) {
      k.eePpk = k.ppk.employeeFactor().applyGrosz(so.base + zus) - so.eePpk;
      k.erPpk = k.ppk.employerFactor().applyGrosz(so.base + zus) - so.erPpk;
    }

    // employer contributions
    k.erPension = r.employerPension.applyGrosz(monthPd) - so.erPension;
    k.erDisability = r.employerDisability.applyGrosz(monthPd) - so.erDisability;
    k.erAccident = k.social ? k.accident.applyGrosz(monthBase) - so.erAccident : 0;
    // Labour Fund: due when the month's base, converted to a full month, reaches the minimum wage (art. 104 ust. 1)
    k.fpDue = k.social && !t.laborFundExempt() && so.fullMonthBase + so.otherBase + k.fullMonthBase >= r.minimumWage.minor;
    k.fp = k.fpDue ? r.laborFund.applyGrosz(monthBase) - so.fp : 0;
    k.fgspDue = k.social && !t.guaranteedBenefitsFundExempt();
    k.fgsp = k.fgspDue ? r.guaranteedFund.applyGrosz(monthBase) - so.fgsp : 0;

    // revenue (employer PPK is the employee's revenue: with this pay, or when paid to the fund), reliefs, costs
    k.flat = t.smallAgreementFlatTax();
    k.ppkRevenue = t.ppkRevenueTiming() == PpkRevenueTiming.WITH_PAY ? k.erPpk : so.ppkToFund;
    k.revenue = taxable + k.ppkRevenue;
    k.relief = k.flat || c == ContractType.SPECIFIC_TASK ? null : relief(t, payDate, r.youthAge);
    if (k.relief != null) {
      k.reliefLeft = Math.max(0, r.reliefLimit.minor - MoneyCache.minor(ytd.exemptRevenue()));
      k.exempt = Math.min(k.revenue, k.reliefLeft);
    }
    k.taxableRevenue = k.revenue - k.exempt;
    if (k.exempt == 0) {
      k.deductibleSocial = k.eeSocial;
    } else if (k.taxableRevenue != 0) {
      // only the contributions financed from taxable revenue are deductible: in proportion
      k.deductibleSocial = Factor.groszHalfUp(BigDecimal.valueOf(k.eeSocial).multiply(BigDecimal.valueOf(k.taxableRevenue))
          .divide(BigDecimal.valueOf(k.revenue), 10, RoundingMode.HALF_UP).movePointLeft(2));
    }
    long authorCosts = 0;
    if (!k.flat && k.taxableRevenue > 0) {
      if (c == ContractType.EMPLOYMENT) {
        // 250/300 zł once a month per contract, within the yearly cap (art. 22 ust. 2 pkt 1–4)
        k.monthlyCosts = (t.elevatedCosts() ? r.kupElevated : r.kupStandard).minor;
        k.costsCap = r.kupAnnualCap(t.elevatedCosts(), so.severalEmploymentContracts);
        long yearLeft = k.costsCap < 0 ? Long.MAX_VALUE : Math.max(0, k.costsCap - MoneyCache.minor(ytd.employmentCosts()));
        k.costs = Math.min(Math.max(0, k.monthlyCosts - so.costsUsed), yearLeft);
      } else {
        k.costBase = k.taxableRevenue - k.deductibleSocial;
        if (t.authorCosts()) {
          long left = Math.max(0, r.authorLimit.minor - MoneyCache.minor(ytd.authorCosts()));
          k.fullAuthorCosts = r.kupAuthorRate.applyGrosz(k.costBase);
          k.costs = Math.min(k.fullAuthorCosts, left);
          authorCosts = k.costs;
        } else {
          k.costs = r.kupRate.applyGrosz(k.costBase);
        }
      }
    }
    k.taxBase = Factor.zlotyHalfUp(Math.max(0, k.taxableRevenue - k.deductibleSocial - k.costs));

    // tax
    if (k.flat) {
      k.tax = Factor.zlotyHalfUp(r.flatRate.applyExactMinor(k.taxBase));
    } else {
      long baseZl = k.taxBase / 100;
      k.lower = baseZl;
      if (c == ContractType.EMPLOYMENT) {
        // the month that crosses the threshold splits 12 %/32 % (art. 27 ust. 1, art. 32 ust. 1)
        long room = Math.max(0, r.threshold.minor - MoneyCache.minor(ytd.taxBase())) / 100;
        k.lower = Math.min(baseZl, room);
        k.upper = baseZl - k.lower;
      }
      k.lowerTax = r.pitLower.applyExact(k.lower);
      k.upperTax = k.upper == 0 ? BigDecimal.ZERO : r.pitUpper.applyExact(k.upper);
      k.reduction = reduction(t.taxReduction(), r);
      // the PIT-2 reduction applies every month, also at 32 %, once a month: what earlier payouts of the month
      // used is gone; the advance is never negative
      k.reductionLeft = k.reduction == null ? 0 : Math.max(0, k.reduction.minor - so.reductionUsed);
      BigDecimal scale = k.lowerTax.add(k.upperTax);
      k.reductionApplied = Math.min(k.reductionLeft, scale.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact());
      k.tax = Math.max(0, Factor.zlotyHalfUp(scale.subtract(BigDecimal.valueOf(k.reductionApplied, 2))));
    }
    k.net = gross - k.eeSocial - k.health - k.tax - k.eePpk;
    k.cost = gross + k.erPension + k.erDisability + k.erAccident + k.fp + k.fgsp + k.erPpk;

    MoneyCache pln = new MoneyCache();
    YearToDate after = ImmutableYearToDate.builder()
        .year(in.year())
        .throughMonth(in.month())
        .pensionDisabilityBase(pdBase == 0 ? ytd.pensionDisabilityBase() : pln.of(MoneyCache.minor(ytd.pensionDisabilityBase()) + pdBase))
        .taxBase(k.flat || k.taxBase == 0 ? ytd.taxBase() : pln.of(MoneyCache.minor(ytd.taxBase()) + k.taxBase))
        .exemptRevenue(k.exempt == 0 ? ytd.exemptRevenue() : pln.of(MoneyCache.minor(ytd.exemptRevenue()) + k.exempt))
        .authorCosts(authorCosts == 0 ? ytd.authorCosts() : pln.of(MoneyCache.minor(ytd.authorCosts()) + authorCosts))
        .employmentCosts(c != ContractType.EMPLOYMENT || k.costs == 0 ? ytd.employmentCosts()
            : pln.of(MoneyCache.minor(ytd.employmentCosts()) + k.costs))
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
        .employeePension(pln.of(k.eePension))
        .employeeDisability(pln.of(k.eeDisability))
        .employeeSickness(pln.of(k.eeSickness))
        .healthInsurance(pln.of(k.health))
        .costsOfIncome(pln.of(k.costs))
        .taxBase(pln.of(k.taxBase))
        .taxAdvance(pln.of(k.tax))
        .employeePpk(pln.of(k.eePpk))
        .employerPension(pln.of(k.erPension))
        .employerDisability(pln.of(k.erDisability))
        .employerAccident(pln.of(k.erAccident))
        .laborFund(pln.of(k.fp))
        .guaranteedBenefitsFund(pln.of(k.fgsp))
        .employerPpk(pln.of(k.erPpk))
        .contributionBase(pln.of(base))
        .pensionDisabilityBase(pln.of(pdBase))
        .healthBase(pln.of(k.healthBase))
        .taxableRevenue(pln.of(k.revenue))
        .exemptRevenue(pln.of(k.exempt))
        .authorCosts(pln.of(authorCosts))
        .zusFinancedBenefits(pln.of(benefits))
        .flatTax(k.flat)
        .deductibleSocial(pln.of(k.deductibleSocial))
        .taxReductionApplied(pln.of(k.reductionApplied))
        .employerPpkRevenue(pln.of(k.ppkRevenue))
        .fullMonthBase(pln.of(k.fullMonthBase))
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
    Money grossMoney = pln.of(k.gross);
    out.add(PayslipLine.line(LineCode.GROSS, grossMoney, null, grossMoney, GROSS_SOURCE, null));

    Money zusMoney = pln.of(k.zus);
    Money baseMoney = pln.of(k.base);
    Money pdBaseMoney = pln.of(k.pdBase);
    String capNote = null;
    if (k.social && k.pdBase < k.base) {
      capNote = k.pdBase == 0
          ? "annual 30× cap " + fmt(r.pensionCap.minor) + " reached earlier this year: no pension and disability contributions"
          : "annual 30× cap " + fmt(r.pensionCap.minor) + " crossed: only the remainder " + fmt(k.pdBase) + " of the base "
              + fmt(k.base) + " is charged";
    }
    if (k.social) {
      out.add(PayslipLine.line(LineCode.CONTRIBUTION_BASE, zusMoney, null, baseMoney, BASE_SOURCE, null));
      out.add(rated(LineCode.EMPLOYEE_PENSION, pdBaseMoney, r.employeePension, pln.of(k.eePension), capNote));
      out.add(rated(LineCode.EMPLOYEE_DISABILITY, pdBaseMoney, r.employeeDisability, pln.of(k.eeDisability), capNote));
      if (k.sicknessInsured) {
        String sickNote = k.sickBase < k.base
            ? "voluntary sickness base limited to " + fmt(k.sickBase) + " (" + r.voluntarySicknessCap.source + ")" : null;
        out.add(rated(LineCode.EMPLOYEE_SICKNESS, pln.of(k.sickBase), r.employeeSickness, pln.of(k.eeSickness), sickNote));
      }
      out.add(PayslipLine.rated(LineCode.HEALTH, pln.of(k.healthBase), r.health.optionalRate, pln.of(k.health), r.healthSource,
          k.sick != 0 ? "base includes sick pay " + fmt(k.sick) : null));
    }
    if (k.ppkRevenue != 0 && t.ppkRevenueTiming() == PpkRevenueTiming.WHEN_PAID_TO_FUND) {
      out.add(PayslipLine.line(LineCode.EMPLOYER_PPK_REVENUE, pln.of(k.ppkRevenue), null, pln.of(k.ppkRevenue), PPK_REVENUE_SOURCE,
          "the employer's contributions of the previous payment month, paid to the fund since (art. 11 ust. 1 " + PIT + ")"));
    } else if (k.erPpk != 0 && k.ppk != null) {
      out.add(PayslipLine.line(LineCode.EMPLOYER_PPK_REVENUE, zusMoney, k.ppk.employerRate(), pln.of(k.erPpk), PPK_REVENUE_SOURCE, null));
    }
    if (k.relief != null) {
      String note = k.exempt < k.revenue
          ? "annual limit " + fmt(r.reliefLimit.minor) + " reached: " + fmt(k.revenue - k.exempt) + " taxable"
          : "limit left after this month: " + fmt(k.reliefLeft - k.exempt);
      out.add(PayslipLine.line(LineCode.EXEMPT_REVENUE, pln.of(k.revenue), null, pln.of(k.exempt), r.reliefSource.get(k.relief), note));
    }
    if (!k.flat && k.taxableRevenue > 0) {
      if (c == ContractType.EMPLOYMENT) {
        MonthRules.Amount kup = t.elevatedCosts() ? r.kupElevated : r.kupStandard;
        String note = k.costs == k.monthlyCosts ? null
            : k.so.costsUsed > 0 ? "monthly costs deducted once a month: " + fmt(Math.min(k.so.costsUsed, k.monthlyCosts))
                + " already deducted from an earlier payout this month"
            : "yearly cap " + fmt(k.costsCap) + " of employment costs: only " + fmt(k.costs) + " deductible";
        out.add(PayslipLine.line(LineCode.COSTS_OF_INCOME, pln.of(k.taxableRevenue), null, note == null ? kup.money : pln.of(k.costs),
            note == null ? kup.source : kup.source + "; " + r.kupCapSource, note));
      } else if (t.authorCosts()) {
        String note = k.costs < k.fullAuthorCosts
            ? "annual limit " + fmt(r.authorLimit.minor) + " of author's costs: only " + fmt(k.costs) + " deductible" : null;
        out.add(PayslipLine.rated(LineCode.COSTS_OF_INCOME, pln.of(k.costBase), r.kupAuthorRate.optionalRate, pln.of(k.costs),
            r.authorCostsSource, note));
      } else {
        out.add(PayslipLine.rated(LineCode.COSTS_OF_INCOME, pln.of(k.costBase), r.kupRate.optionalRate, pln.of(k.costs),
            r.kupRate.source, null));
      }
    }
    Money taxBaseMoney = pln.of(k.taxBase);
    out.add(PayslipLine.line(LineCode.TAX_BASE, pln.of(k.taxableRevenue), null, taxBaseMoney, TAX_BASE_SOURCE,
        "revenue " + fmt(k.taxableRevenue) + " − social contributions " + fmt(k.deductibleSocial) + " − costs " + fmt(k.costs)));
    if (k.flat) {
      out.add(PayslipLine.rated(LineCode.FLAT_TAX, taxBaseMoney, r.flatRate.optionalRate, pln.of(k.tax), r.flatRate.source, null));
    } else {
      String crossing = k.upper == 0 ? null
          : k.lower == 0 ? "cumulative tax base above " + fmt(r.threshold.minor) + " earlier this year"
          : "cumulative tax base crosses " + fmt(r.threshold.minor) + " this month: " + k.lower + " zł at the lower rate, "
              + k.upper + " zł at the upper";
      out.add(PayslipLine.rated(LineCode.TAX_LOWER, pln.of(k.lower * 100), r.pitLower.optionalRate,
          pln.of(Factor.groszHalfUp(k.lowerTax)), r.pitLower.source, crossing));
      if (k.upper != 0) {
        out.add(PayslipLine.rated(LineCode.TAX_UPPER, pln.of(k.upper * 100), r.pitUpper.optionalRate,
            pln.of(Factor.groszHalfUp(k.upperTax)), r.pitUpper.source, crossing));
      }
      if (k.reduction != null) {
        Money left = k.reductionLeft == k.reduction.minor ? k.reduction.money : pln.of(k.reductionLeft);
        out.add(PayslipLine.line(LineCode.TAX_REDUCTION, k.reduction.money, null, left, k.reduction.source,
            k.so.reductionUsed == 0 ? null : "once a month: " + fmt(Math.min(k.so.reductionUsed, k.reduction.minor))
                + " already used by an earlier payout this month"));
      }
      out.add(PayslipLine.line(LineCode.TAX_ADVANCE, taxBaseMoney, null, pln.of(k.tax),
          c == ContractType.EMPLOYMENT ? ADVANCE_SOURCE_EMPLOYMENT : ADVANCE_SOURCE_OTHER,
          "tax at the rates above less the reduction, rounded to the złoty"));
    }
    if (k.ppk != null) {
      out.add(PayslipLine.line(LineCode.EMPLOYEE_PPK, zusMoney, k.ppk.employeeRate(), pln.of(k.eePpk), r.ppkEmployeeSource, null));
    }
    out.add(PayslipLine.line(LineCode.NET, grossMoney, null, pln.of(k.net), NET_SOURCE, null));
    if (k.social) {
      out.add(rated(LineCode.EMPLOYER_PENSION, pdBaseMoney, r.employerPension, pln.of(k.erPension), capNote));
      out.add(rated(LineCode.EMPLOYER_DISABILITY, pdBaseMoney, r.employerDisability, pln.of(k.erDisability), capNote));
      out.add(PayslipLine.rated(LineCode.EMPLOYER_ACCIDENT, baseMoney, k.accident.optionalRate, pln.of(k.erAccident),
          r.defaultAccident.source, null));
      out.add(PayslipLine.rated(LineCode.LABOR_FUND, baseMoney, r.laborFund.optionalRate, pln.of(k.fp), r.laborFund.source,
          k.fpDue ? (k.fullMonthBase != k.base && k.base < r.minimumWage.minor ? "due: the base converted to a full month "
              + fmt(k.fullMonthBase) + " reaches the minimum wage " + fmt(r.minimumWage.minor) : null)
              : t.laborFundExempt() ? "not due: exempt person"
              : "not due: base" + (k.fullMonthBase != k.base ? " converted to a full month " + fmt(k.fullMonthBase) : "")
                  + " below the minimum wage " + fmt(r.minimumWage.minor)));
      out.add(PayslipLine.rated(LineCode.GUARANTEED_BENEFITS_FUND, baseMoney, r.guaranteedFund.optionalRate, pln.of(k.fgsp),
          r.guaranteedFund.source, k.fgspDue ? null : "not due: exempt person"));
    } else {
      out.add(PayslipLine.line(LineCode.CONTRIBUTION_BASE, zusMoney, null, pln.of(0),
          k.student ? STUDENT_SOURCE : "umowa o dzieło: art. 6 " + SUS + " nie obejmuje jej ubezpieczeniami",
          "no social or health contributions"));
    }
    if (k.ppk != null) {
      out.add(PayslipLine.line(LineCode.EMPLOYER_PPK, zusMoney, k.ppk.employerRate(), pln.of(k.erPpk), r.ppkEmployerSource, null));
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
