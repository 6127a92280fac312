package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.PayrollRun;
import dev.backoffice.payroll.run.RunEntry;
import dev.backoffice.reporting.payroll.PayrollAmounts;
import dev.backoffice.reporting.payroll.PayrollRegisterReport;
import dev.backoffice.reporting.payroll.PayrollRow;
import dev.backoffice.reporting.payroll.PayrollSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture company's January 2025 payroll: the published examples of {@code ../shared/data/payroll}
 * ({@code gross-8000-2025}: net 5,783.91, employer cost 9,638.40; {@code min-wage-2025}: 4,666.00, net
 * 3,510.92, employer cost 5,621.60), both with PIT-2, 250 zł costs and a 1.67 % accident rate.
 */
class PayrollReportsTest {
  private static final PayrollCalculator CALCULATOR = PayrollCalculator.standard();
  private final Reports reports = Reports.of(FixtureCompany.ledger());

  static EmployeeTerms terms(String id, String name) {
    return EmployeeTerms.builder().employeeId(id).name(name).department("ADM").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).accidentRate(Rate.ofPercent("1.67")).build();
  }

  static PayrollRegister january() {
    return PayrollRun.builder().number("LP/1/2025").year(2025).month(1).paymentDate(LocalDate.of(2025, 2, 10))
        .addEntries(RunEntry.of(terms("E2", "Ewa Nowak"), MonthInput.of(2025, 1, pln("4666.00"))))
        .addEntries(RunEntry.of(terms("E1", "Jan Kowalski"), MonthInput.of(2025, 1, pln("8000.00"))))
        .build()
        .calculate(CALCULATOR);
  }

  @Test
  void registerRowsCarryThePublishedFigures() {
    PayrollRegisterReport r = reports.payrollRegister(january());
    assertThat(r.period()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(r.rows()).extracting(PayrollRow::employeeId).containsExactly("E1", "E2");
    PayrollAmounts e1 = r.rows().get(0).amounts();
    // published: pension 780.80, disability 120.00, sickness 196.00, health 621.29, tax 498, net 5,783.91
    assertThat(e1.employeePension()).isEqualTo(pln("780.80"));
    assertThat(e1.employeeDisability()).isEqualTo(pln("120.00"));
    assertThat(e1.employeeSickness()).isEqualTo(pln("196.00"));
    assertThat(e1.health()).isEqualTo(pln("621.29"));
    assertThat(e1.tax()).isEqualTo(pln("498.00"));
    assertThat(e1.net()).isEqualTo(pln("5783.91"));
    assertThat(e1.employerCost()).isEqualTo(pln("9638.40"));
    assertThat(r.rows().get(1).amounts().net()).isEqualTo(pln("3510.92"));
    assertThat(r.rows().get(1).amounts().employerCost()).isEqualTo(pln("5621.60"));
    assertThat(r.rows().get(1).contract()).isEqualTo("umowa o pracę");
    // totals: gross 12,666.00, net 5,783.91 + 3,510.92 = 9,294.83, employer cost 9,638.40 + 5,621.60 = 15,260.00
    assertThat(r.totals().count()).isEqualTo(2);
    assertThat(r.totals().gross()).isEqualTo(pln("12666.00"));
    assertThat(r.totals().net()).isEqualTo(pln("9294.83"));
    assertThat(r.totals().employerCost()).isEqualTo(pln("15260.00"));
    assertThat(r.allChecksPassed()).isTrue();
    assertThat(r.checks()).extracting(c -> c.code()).containsExactly("net-and-cost-add-up", "totals-equal-register");
  }

  @Test
  void summaryGroupsWhatGoesToZusTheTaxOfficeAndPpk() {
    PayrollSummary s = reports.payrollSummary(List.of(january()));
    PayrollAmounts t = s.totals();
    // employee social 1,096.80 + 639.71 = 1,736.51; employer social (pension, disability, accident)
    // 780.80 + 520.00 + 133.60 + 455.40 + 303.29 + 77.92 = 2,271.01; health 983.66; FP 196.00 + 114.32 = 310.32;
    // FGŚP 8.00 + 4.67 = 12.67 → ZUS 1,736.51 + 2,271.01 + 983.66 + 310.32 + 12.67 = 5,314.17
    assertThat(t.employeeSocial()).isEqualTo(pln("1736.51"));
    assertThat(t.employerSocial()).isEqualTo(pln("2271.01"));
    assertThat(t.zus()).isEqualTo(pln("5314.17"));
    // PIT 498 + 153 = 651; no PPK
    assertThat(t.tax()).isEqualTo(pln("651.00"));
    assertThat(t.ppk()).isEqualTo(pln("0.00"));
    assertThat(s.employees()).hasSize(2);
    // E1: employee social 1,096.80 + employer social 1,434.40 + health 621.29 + FP 196.00 + FGŚP 8.00 = 3,356.49
    // E2: 639.71 + 836.61 + 362.37 + 114.32 + 4.67 = 1,957.68; together 5,314.17
    assertThat(s.employees().get(0).amounts().zus()).isEqualTo(pln("3356.49"));
    assertThat(s.employees().get(1).amounts().zus()).isEqualTo(pln("1957.68"));
    assertThat(s.registers()).containsExactly("LP/1/2025");
    assertThat(s.allChecksPassed()).isTrue();
  }

  @Test
  void registersOfDifferentMonthsDoNotMix() {
    PayrollRegister feb = PayrollRun.builder().number("LP/2/2025").year(2025).month(2).paymentDate(LocalDate.of(2025, 3, 10))
        .addEntries(RunEntry.of(terms("E1", "Jan Kowalski"), MonthInput.of(2025, 2, pln("8000.00"))))
        .build().calculate(CALCULATOR);
    assertThatThrownBy(() -> reports.payrollSummary(List.of(january(), feb)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("register LP/2/2025")
        .hasMessageContaining("must be for 2025-01");
    Payslip janE1 = january().payslips().get(0);
    Payslip febE1 = feb.payslips().get(0);
    assertThatThrownBy(() -> reports.payrollRegister("LP/X", LocalDate.of(2025, 2, 10), List.of(janE1, febE1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be for 2025-01");
  }
}
