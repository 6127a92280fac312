package dev.backoffice.payroll.calc;

import static dev.backoffice.payroll.calc.FullYearTest.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.params.ParameterKey;
import dev.backoffice.payroll.params.PayrollParameters;
import dev.backoffice.payroll.params.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of each rule, with the expected figures computed by hand in the comments. */
class PayrollCalculatorTest {
  private final PayrollCalculator calc = PayrollCalculator.standard();

  private static EmployeeTerms employment() {
    return EmployeeTerms.builder().employeeId("E-1").contract(ContractType.EMPLOYMENT).taxReduction(TaxReduction.ONE_PAYER).build();
  }

  @Test
  void minimumWage2025LineByLine() {
    // 4,666 × 9.76 % = 455.4016 → 455.40; × 1.5 % = 69.99; × 2.45 % = 114.317 → 114.32; social 639.71
    // health 9 % × 4,026.29 = 362.3661 → 362.37; tax base 4,666 − 639.71 − 250 = 3,776.29 → 3,776
    // advance 12 % × 3,776 = 453.12 − 300 = 153.12 → 153; net 3,510.92; employer 455.40 + 303.29 + 77.92 + 114.32 + 4.67
    Payslip p = calc.calculate(employment(), MonthInput.of(2025, 1, pln("4666.00")));
    assertThat(p.employeePension()).isEqualTo(pln("455.40"));
    assertThat(p.employeeDisability()).isEqualTo(pln("69.99"));
    assertThat(p.employeeSickness()).isEqualTo(pln("114.32"));
    assertThat(p.healthInsurance()).isEqualTo(pln("362.37"));
    assertThat(p.costsOfIncome()).isEqualTo(pln("250.00"));
    assertThat(p.taxBase()).isEqualTo(pln("3776.00"));
    assertThat(p.taxAdvance()).isEqualTo(pln("153.00"));
    assertThat(p.net()).isEqualTo(pln("3510.92"));
    assertThat(p.employerDisability()).isEqualTo(pln("303.29"));
    assertThat(p.employerAccident()).isEqualTo(pln("77.92"));
    assertThat(p.laborFund()).isEqualTo(pln("114.32"));
    assertThat(p.guaranteedBenefitsFund()).isEqualTo(pln("4.67"));
    assertThat(p.employerCost()).isEqualTo(pln("5621.60"));
    PayslipLine pension = p.line(LineCode.EMPLOYEE_PENSION).get();
    assertThat(pension.base()).isEqualTo(pln("4666.00"));
    assertThat(pension.rate()).contains(Rate.ofPercent("9.76"));
    assertThat(pension.source()).contains("art. 22 ust. 1");
    assertThat(p.explain()).contains("TAX_ADVANCE").contains("art. 32 ust. 1 i 3");
  }

  @Test
  void laborFundFollowsTheMinimumWageThatRoseInJuly2024() {
    // 4,250.00 ≥ 4,242 (Jan–Jun) → FP 2.45 % = 104.125 → 104.13; from July the minimum is 4,300 → no FP
    Payslip june = calc.calculate(employment(), MonthInput.of(2024, 6, pln("4250.00")));
    Payslip july = calc.calculate(employment(), MonthInput.of(2024, 7, pln("4250.00")));
    assertThat(june.laborFund()).isEqualTo(pln("104.13"));
    assertThat(july.laborFund()).isEqualTo(pln("0.00"));
    assertThat(july.line(LineCode.LABOR_FUND).get().note()).hasValueSatisfying(n -> assertThat(n).contains("4300.00"));
  }

  @Test
  void youthReliefExemptsRevenueButNotContributions() {
    // born 2001: 23 in January 2025. 6,000: social 13.71 % = 822.60; health 9 % × 5,177.40 = 465.966 → 465.97;
    // all revenue exempt → no costs, tax base 0, advance 0; net 6,000 − 822.60 − 465.97 = 4,711.43
    EmployeeTerms young = ImmutableEmployeeTerms.copyOf(employment()).withBirthDate(LocalDate.of(2001, 6, 15));
    Payslip p = calc.calculate(young, MonthInput.of(2025, 1, pln("6000.00")));
    assertThat(p.exemptRevenue()).isEqualTo(pln("6000.00"));
    assertThat(p.costsOfIncome()).isEqualTo(pln("0.00"));
    assertThat(p.taxAdvance()).isEqualTo(pln("0.00"));
    assertThat(p.healthInsurance()).isEqualTo(pln("465.97"));
    assertThat(p.net()).isEqualTo(pln("4711.43"));
  }

  @Test
  void youthReliefLimitCrossedMidMonthTaxesOnlyTheExcess() {
    // 84,000 already exempt: 1,528 more exempt, 4,472 taxable; deductible social in proportion:
    // 822.60 × 4,472 / 6,000 = 613.1184 → 613.12; base 4,472 − 613.12 − 250 = 3,608.88 → 3,609;
    // 12 % = 433.08 − 300 = 133.08 → 133; net 6,000 − 822.60 − 465.97 − 133 = 4,578.43
    EmployeeTerms young = ImmutableEmployeeTerms.copyOf(employment()).withBirthDate(LocalDate.of(2001, 6, 15));
    YearToDate ytd = YearToDate.builder().year(2025).throughMonth(11).exemptRevenue(pln("84000.00")).build();
    Payslip p = calc.calculate(young, MonthInput.of(2025, 12, pln("6000.00")), ytd);
    assertThat(p.exemptRevenue()).isEqualTo(pln("1528.00"));
    assertThat(p.taxBase()).isEqualTo(pln("3609.00"));
    assertThat(p.taxAdvance()).isEqualTo(pln("133.00"));
    assertThat(p.net()).isEqualTo(pln("4578.43"));
    assertThat(p.yearToDate().exemptRevenue()).isEqualTo(pln("85528.00"));
  }

  @Test
  void youthReliefEndsOnTheTwentySixthBirthday() {
    EmployeeTerms t = ImmutableEmployeeTerms.copyOf(employment()).withBirthDate(LocalDate.of(1999, 3, 10));
    assertThat(calc.calculate(t, MonthInput.of(2025, 2, pln("6000.00"))).exemptRevenue()).isEqualTo(pln("6000.00"));
    Payslip onBirthday = calc.calculate(t, ImmutableMonthInput.copyOf(MonthInput.of(2025, 3, pln("6000.00")))
        .withPaymentDate(LocalDate.of(2025, 3, 10)));
    assertThat(onBirthday.exemptRevenue()).isEqualTo(pln("6000.00"));
    assertThat(calc.calculate(t, MonthInput.of(2025, 3, pln("6000.00"))).exemptRevenue()).isEqualTo(pln("0.00"));
  }

  @Test
  void studentUnder26OnMandatePaysNoContributionsAndNoTax() {
    EmployeeTerms t = EmployeeTerms.builder().employeeId("S-1").contract(ContractType.MANDATE).student(true)
        .birthDate(LocalDate.of(2004, 1, 1)).build();
    Payslip p = calc.calculate(t, MonthInput.of(2025, 5, pln("3000.00")));
    assertThat(p.employeeSocial()).isEqualTo(pln("0.00"));
    assertThat(p.healthInsurance()).isEqualTo(pln("0.00"));
    assertThat(p.taxAdvance()).isEqualTo(pln("0.00"));
    assertThat(p.net()).isEqualTo(pln("3000.00"));
    assertThat(p.employerCost()).isEqualTo(pln("3000.00"));
  }

  @Test
  void sickPayIsOutsideTheZusBaseButInHealthAndTax() {
    // ZUS base 3,000: 292.80 + 45.00 + 73.50 = 411.30; health 9 % × (3,000 − 411.30 + 1,000) = 322.983 → 322.98
    // tax base 4,000 − 411.30 − 250 = 3,338.70 → 3,339; 400.68 − 300 → 101; net 4,000 − 411.30 − 322.98 − 101 = 3,164.72
    // FP not due (3,000 < 4,666); employer 292.80 + 195.00 + 50.10 + 3.00 = 540.90 → cost 4,540.90
    MonthInput in = MonthInput.builder().year(2025).month(3).addComponents(PayComponent.of(ComponentKind.BASE, pln("3000.00")))
        .addSickPay(SickPay.of(SickPayKind.EMPLOYER_SICK_PAY, pln("1000.00"))).build();
    Payslip p = calc.calculate(employment(), in);
    assertThat(p.gross()).isEqualTo(pln("4000.00"));
    assertThat(p.contributionBase()).isEqualTo(pln("3000.00"));
    assertThat(p.healthInsurance()).isEqualTo(pln("322.98"));
    assertThat(p.taxAdvance()).isEqualTo(pln("101.00"));
    assertThat(p.net()).isEqualTo(pln("3164.72"));
    assertThat(p.laborFund()).isEqualTo(pln("0.00"));
    assertThat(p.employerCost()).isEqualTo(pln("4540.90"));
  }

  @Test
  void sickPayFromItsBasis() {
    // 5,000 × 80 % / 30 = 133.333… → 133.33 a day × 10 days = 1,333.30
    SickPay s = SickPay.computed(SickPayKind.EMPLOYER_SICK_PAY, pln("5000.00"), Rate.ofPercent("80"), 10);
    assertThat(s.amount()).isEqualTo(pln("1333.30"));
    assertThat(s.explanation()).hasValueSatisfying(e -> assertThat(e).contains("133.33"));
  }

  @Test
  void unpaidAbsenceAndNonZusAllowance() {
    // base 6,000 − absence 1,000 = 5,000 ZUS base; allowance 200 taxable outside ZUS
    // social 5,000 × 13.71 % = 685.50; health 9 % × 4,314.50 = 388.305 → 388.31
    // tax base 5,200 − 685.50 − 250 = 4,264.50 → 4,265; 511.80 − 300 = 211.80 → 212; net 5,200 − 685.50 − 388.31 − 212 = 3,914.19
    MonthInput in = MonthInput.builder().year(2025).month(4).addComponents(PayComponent.of(ComponentKind.BASE, pln("6000.00")))
        .addComponents(PayComponent.builder().kind(ComponentKind.ALLOWANCE).amount(pln("200.00")).subjectToZus(false).build())
        .unpaidAbsence(pln("1000.00")).build();
    Payslip p = calc.calculate(employment(), in);
    assertThat(p.gross()).isEqualTo(pln("5200.00"));
    assertThat(p.contributionBase()).isEqualTo(pln("5000.00"));
    assertThat(p.taxBase()).isEqualTo(pln("4265.00"));
    assertThat(p.net()).isEqualTo(pln("3914.19"));
  }

  @Test
  void elevatedCostsAndSplitPit2() {
    // 8,000: social 1,096.80; base 8,000 − 1,096.80 − 300 = 6,603.20 → 6,603; 792.36 − 150 = 642.36 → 642
    EmployeeTerms t = ImmutableEmployeeTerms.copyOf(employment()).withElevatedCosts(true).withTaxReduction(TaxReduction.TWO_PAYERS);
    Payslip p = calc.calculate(t, MonthInput.of(2025, 1, pln("8000.00")));
    assertThat(p.costsOfIncome()).isEqualTo(pln("300.00"));
    assertThat(p.taxBase()).isEqualTo(pln("6603.00"));
    assertThat(p.taxAdvance()).isEqualTo(pln("642.00"));
  }

  @Test
  void smallAgreementFlatTax() {
    // mandate 200: pension 19.52 + disability 3.00; base 200 − 22.52 = 177.48 → 177; 12 % = 21.24 → 21
    // health 9 % × 177.48 = 15.9732 → 15.97; net 200 − 22.52 − 15.97 − 21 = 140.51
    EmployeeTerms t = EmployeeTerms.builder().employeeId("Z-9").contract(ContractType.MANDATE).smallAgreementFlatTax(true).build();
    Payslip p = calc.calculate(t, MonthInput.of(2025, 2, pln("200.00")));
    assertThat(p.flatTax()).isTrue();
    assertThat(p.taxAdvance()).isEqualTo(pln("21.00"));
    assertThat(p.net()).isEqualTo(pln("140.51"));
    assertThat(p.line(LineCode.FLAT_TAX)).isPresent();
    assertThatThrownBy(() -> calc.calculate(t, MonthInput.of(2025, 2, pln("250.00"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("smallAgreementFlatTax"));
  }

  @Test
  void samePayBeforeEqualsTheYearsMonth() {
    MonthInput in = MonthInput.of(2025, 6, pln("25000.00"));
    assertThat(calc.calculateAssumingSamePay(employment(), in))
        .isEqualTo(calc.year(employment(), in, 2025).months().get(5));
    assertThat(calc.calculateAssumingSamePay(employment(), in).taxAdvance()).isEqualTo(pln("3846.00"));
  }

  @Test
  void yearToDateFromEarlierPayslipsEqualsChaining() {
    PayrollYear y = calc.year(employment(), MonthInput.of(2025, 1, pln("25000.00")), 2025);
    YearToDate fromList = YearToDate.of(2025, y.months().subList(0, 10));
    assertThat(fromList).isEqualTo(y.months().get(9).yearToDate());
    assertThat(calc.calculate(employment(), MonthInput.of(2025, 11, pln("25000.00")), y.months().subList(0, 10)))
        .isEqualTo(y.months().get(10));
  }

  @Test
  void badInputNamesTheEmployeeAndTheField() {
    assertField(() -> calc.calculate(employment(), MonthInput.of(2025, 1, pln("-1.00"))), "components[0].amount");
    assertField(() -> calc.calculate(employment(), MonthInput.of(2030, 1, pln("5000.00"))), "year");
    assertField(() -> calc.calculate(employment(), MonthInput.of(2025, 13, pln("5000.00"))), "month");
    assertField(() -> calc.calculate(ImmutableEmployeeTerms.copyOf(employment()).withBirthDate(LocalDate.of(2026, 1, 1)),
        MonthInput.of(2025, 1, pln("5000.00"))), "birthDate");
    assertField(() -> calc.calculate(ImmutableEmployeeTerms.copyOf(employment()).withPpk(PpkRates.of(Rate.ofPercent("5"), Rate.ofPercent("1.5"))),
        MonthInput.of(2025, 1, pln("5000.00"))), "ppk.employeeRate");
    assertField(() -> calc.calculate(ImmutableEmployeeTerms.copyOf(employment()).withPpk(PpkRates.of(Rate.ofPercent("2"), Rate.ofPercent("1"))),
        MonthInput.of(2025, 1, pln("5000.00"))), "ppk.employerRate");
    assertField(() -> calc.calculate(ImmutableEmployeeTerms.copyOf(employment()).withAccidentRate(Rate.ofPercent("12")),
        MonthInput.of(2025, 1, pln("5000.00"))), "accidentRate");
    assertField(() -> calc.calculate(employment(), MonthInput.of(2025, 3, pln("5000.00")),
        YearToDate.builder().year(2025).throughMonth(3).build()), "yearToDate.throughMonth");
    assertField(() -> calc.calculate(employment(), MonthInput.builder().year(2025).month(1)
        .addComponents(PayComponent.of(ComponentKind.BASE, pln("100.00"))).unpaidAbsence(pln("200.00")).build()), "unpaidAbsence");
    assertField(() -> calc.calculate(employment(), MonthInput.of(2025, 1, dev.backoffice.core.money.Monies.of("EUR", "100.00"))),
        "components[0].amount");
  }

  @Test
  void termsThatContradictTheContractAreRejectedWhenBuilt() {
    assertThatThrownBy(() -> EmployeeTerms.builder().employeeId("E-2").contract(ContractType.SPECIFIC_TASK).ppk(PpkRates.basic()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("ppk");
          assertThat(e.getMessage()).contains("employee E-2");
        });
    assertThatThrownBy(() -> EmployeeTerms.builder().employeeId("E-3").contract(ContractType.EMPLOYMENT).voluntarySickness(true).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("voluntarySickness");
  }

  @Test
  void whatIfParametersChangeTheResultWithoutCodeChanges() {
    // PIT lower rate 10 % instead of 12 %: 6,653 × 10 % = 665.30 − 300 = 365.30 → 365 (8,000 gross, see the published 498)
    YearParameters y = PayrollParameters.standard().year(2025)
        .with(ParameterKey.PIT_LOWER_RATE, BigDecimal.TEN, LocalDate.of(2025, 1, 1), "what-if: 10 %");
    PayrollCalculator whatIf = PayrollCalculator.of(PayrollParameters.standard().with(y));
    Payslip p = whatIf.calculate(employment(), MonthInput.of(2025, 1, pln("8000.00")));
    assertThat(p.taxAdvance()).isEqualTo(pln("365.00"));
    assertThat(p.line(LineCode.TAX_LOWER).get().source()).isEqualTo("what-if: 10 %");
  }

  @Test
  void aFutureYearCarriedOverFromTheLastBundledOne() {
    PayrollCalculator future = PayrollCalculator.of(PayrollParameters.standard().with(PayrollParameters.standard().year(2026).carriedInto(2027)));
    Payslip p2027 = future.calculate(employment(), MonthInput.of(2027, 1, pln("8000.00")));
    Payslip p2026 = calc.calculate(employment(), MonthInput.of(2026, 1, pln("8000.00")));
    assertThat(p2027.net()).isEqualTo(p2026.net());
    assertThat(p2027.line(LineCode.EMPLOYEE_PENSION).get().source()).contains("carried over from 2026");
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains("employee E-1");
    });
  }
}
