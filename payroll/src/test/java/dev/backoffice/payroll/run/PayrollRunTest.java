package dev.backoffice.payroll.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipTotals;
import dev.backoffice.payroll.calc.TaxReduction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PayrollRunTest {
  private final PayrollCalculator calc = PayrollCalculator.standard();

  private static RunEntry entry(String id, String dept, String gross, int month) {
    EmployeeTerms t = EmployeeTerms.builder().employeeId(id).department(dept).contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).build();
    return RunEntry.of(t, MonthInput.of(2025, month, Monies.of("PLN", gross)));
  }

  private static PayrollRun run(List<RunEntry> entries, FailurePolicy policy) {
    return PayrollRun.builder().number("LP/2025/01").year(2025).month(1).paymentDate(LocalDate.of(2025, 1, 31))
        .addAllEntries(entries).failurePolicy(policy).build();
  }

  @Test
  void registerIsSortedTotalledAndIndependentOfInputOrder() {
    List<RunEntry> entries = new ArrayList<>(List.of(entry("E-3", "IT", "8000.00", 1), entry("E-1", "HR", "4666.00", 1),
        entry("E-2", "IT", "6000.00", 1)));
    PayrollRegister a = run(entries, FailurePolicy.CONTINUE).calculate(calc);
    Collections.reverse(entries);
    PayrollRegister b = run(entries, FailurePolicy.CONTINUE).calculate(calc);
    assertThat(a.payslips()).extracting(Payslip::employeeId).containsExactly("E-1", "E-2", "E-3");
    assertThat(a.payslips()).isEqualTo(b.payslips());
    assertThat(a.isComplete()).isTrue();
    // published nets: 3,510.92 + 4,420.43 + 5,783.91 = 13,715.26; employer cost 5,621.60 + 7,228.80 + 9,638.40 = 22,488.80
    assertThat(a.totals().net()).isEqualTo(Monies.of("PLN", "13715.26"));
    assertThat(a.totals().employerCost()).isEqualTo(Monies.of("PLN", "22488.80"));
    assertThat(a.totals().count()).isEqualTo(3);
    assertThat(a.totalsByDepartment().keySet()).containsExactly("HR", "IT");
    assertThat(a.totalsByDepartment().get("IT").net()).isEqualTo(Monies.of("PLN", "10204.34"));
    assertThat(a.payslip("E-2").get().paymentDate()).isEqualTo(LocalDate.of(2025, 1, 31));
  }

  @Test
  void oneBadEmployeeFailsAloneAndIsReported() {
    PayrollRegister r = run(List.of(entry("E-1", "HR", "4666.00", 1), entry("E-2", "IT", "-5.00", 1),
        entry("E-3", "IT", "6000.00", 2), entry("E-1", "HR", "1.00", 1)), FailurePolicy.CONTINUE).calculate(calc);
    assertThat(r.payslips()).extracting(Payslip::employeeId).containsExactly("E-1");
    assertThat(r.failures()).extracting(RunFailure::employeeId).containsExactly("E-1", "E-2", "E-3");
    assertThat(r.failures().get(0).field()).contains("employeeId");
    assertThat(r.failures().get(1).field()).contains("components[0].amount");
    assertThat(r.failures().get(1).message()).contains("employee E-2");
    assertThat(r.failures().get(2).field()).contains("input.period");
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void failAllPolicyFailsTheRunListingEveryFailure() {
    PayrollRun run = run(List.of(entry("E-1", "HR", "4666.00", 1), entry("E-2", "IT", "-5.00", 1), entry("E-3", "IT", "5.00", 13)),
        FailurePolicy.FAIL_ALL);
    assertThatThrownBy(() -> run.calculate(calc)).isInstanceOfSatisfying(PayrollRunException.class, e -> {
      assertThat(e.failures()).extracting(RunFailure::employeeId).containsExactly("E-2", "E-3");
      assertThat(e.runNumber()).isEqualTo("LP/2025/01");
      assertThat(e.getMessage()).contains("E-2").contains("E-3");
    });
  }

  @Test
  void totalsEqualTheSumOfPayslips() {
    List<RunEntry> entries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      entries.add(entry(String.format("E-%03d", i), i % 3 == 0 ? "A" : "B", (3000 + i * 731) + ".17", 1));
    }
    PayrollRegister r = run(entries, FailurePolicy.CONTINUE).calculate(calc);
    Money net = Money.zero(Monies.PLN);
    for (Payslip p : r.payslips()) {
      net = net.plus(p.net());
    }
    assertThat(r.totals().net()).isEqualTo(net);
    PayslipTotals byDept = r.totalsByDepartment().get("A").plus(r.totalsByDepartment().get("B"));
    assertThat(byDept).isEqualTo(r.totals());
  }
}
