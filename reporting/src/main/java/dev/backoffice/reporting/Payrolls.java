package dev.backoffice.reporting;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.PayslipTotals;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.RunFailure;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.payroll.PayrollAmounts;
import dev.backoffice.reporting.payroll.PayrollRegisterReport;
import dev.backoffice.reporting.payroll.PayrollRow;
import dev.backoffice.reporting.payroll.PayrollSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.Money;

/** Builds payroll registers and monthly summaries from payroll registers and payslips. */
final class Payrolls {
  private Payrolls() {}

  static PayrollRegisterReport register(PayrollRegister r) {
    List<String> failures = new ArrayList<>();
    for (RunFailure f : r.failures()) {
      failures.add(f.employeeId() + ": " + f.message());
    }
    PayrollRegisterReport report = register(r.number(), YearMonth.of(r.year(), r.month()), r.paymentDate(),
        r.payslips(), failures);
    PayslipTotals theirs = r.totals();
    PayrollAmounts ours = report.totals();
    boolean ok = theirs.count() == ours.count() && theirs.gross().isEqual(ours.gross())
        && theirs.net().isEqual(ours.net()) && theirs.employerCost().isEqual(ours.employerCost())
        && theirs.taxAdvance().isEqual(ours.tax()) && theirs.healthInsurance().isEqual(ours.health());
    return PayrollRegisterReport.builder().from(report)
        .addChecks(Check.of("totals-equal-register", ok,
            "totals " + (ok ? "equal" : "do not equal") + " the payroll register's own totals (gross "
                + plain(theirs.gross()) + ", net " + plain(theirs.net()) + ", employer cost " + plain(theirs.employerCost()) + ")",
            "sumy " + (ok ? "zgodne" : "niezgodne") + " z sumami listy płac (brutto " + plain(theirs.gross())
                + ", netto " + plain(theirs.net()) + ", koszt pracodawcy " + plain(theirs.employerCost()) + ")"))
        .build();
  }

  static PayrollRegisterReport register(String number, YearMonth period, LocalDate paymentDate, Iterable<Payslip> payslips,
      List<String> failures) {
    List<PayrollRow> rows = new ArrayList<>();
    for (Payslip p : payslips) {
      Checks.check(p.period().equals(period), "payroll register " + number, "payslip", p.subject(),
          "must be for " + period);
      rows.add(row(p));
    }
    rows.sort(Comparator.comparing(PayrollRow::employeeId));
    PayrollAmounts totals = sum(rows);
    return PayrollRegisterReport.builder()
        .number(number)
        .period(period)
        .paymentDate(paymentDate)
        .addAllRows(rows)
        .totals(totals)
        .addAllFailures(failures)
        .addAllChecks(consistency(rows, totals))
        .build();
  }

  static PayrollSummary summary(List<PayrollRegister> registers) {
    Checks.check(!registers.isEmpty(), "payroll summary", "registers", registers, "must name at least one register");
    YearMonth period = YearMonth.of(registers.get(0).year(), registers.get(0).month());
    Map<String, PayrollRow> byEmployee = new TreeMap<>();
    ImmutableList.Builder<String> numbers = ImmutableList.builder();
    for (PayrollRegister r : registers) {
      Checks.check(YearMonth.of(r.year(), r.month()).equals(period), "payroll summary", "register " + r.number(),
          YearMonth.of(r.year(), r.month()), "must be for " + period + " like the first register");
      numbers.add(r.number());
      for (Payslip p : r.payslips()) {
        PayrollRow row = row(p);
        byEmployee.merge(p.employeeId(), row,
            (a, b) -> PayrollRow.builder().from(a).amounts(a.amounts().plus(b.amounts())).build());
      }
    }
    List<PayrollRow> rows = new ArrayList<>(byEmployee.values());
    PayrollAmounts totals = sum(rows);
    return PayrollSummary.builder()
        .period(period)
        .registers(numbers.build())
        .addAllEmployees(rows)
        .totals(totals)
        .addAllChecks(consistency(rows, totals))
        .build();
  }

  private static PayrollRow row(Payslip p) {
    return PayrollRow.builder()
        .employeeId(p.employeeId())
        .name(p.employeeName())
        .department(p.department())
        .contract(p.contract().polishName())
        .amounts(amounts(p))
        .build();
  }

  static PayrollAmounts amounts(Payslip p) {
    return PayrollAmounts.builder()
        .count(1)
        .gross(p.gross())
        .employeePension(p.employeePension())
        .employeeDisability(p.employeeDisability())
        .employeeSickness(p.employeeSickness())
        .health(p.healthInsurance())
        .costsOfIncome(p.costsOfIncome())
        .taxBase(p.taxBase())
        .tax(p.taxAdvance())
        .employeePpk(p.employeePpk())
        .net(p.net())
        .employerPension(p.employerPension())
        .employerDisability(p.employerDisability())
        .employerAccident(p.employerAccident())
        .laborFund(p.laborFund())
        .guaranteedBenefitsFund(p.guaranteedBenefitsFund())
        .employerPpk(p.employerPpk())
        .employerCost(p.employerCost())
        .build();
  }

  private static PayrollAmounts sum(List<PayrollRow> rows) {
    Money z = Money.zero(dev.backoffice.core.money.Monies.PLN);
    PayrollAmounts t = PayrollAmounts.builder().count(0).gross(z).employeePension(z).employeeDisability(z)
        .employeeSickness(z).health(z).costsOfIncome(z).taxBase(z).tax(z).employeePpk(z).net(z).employerPension(z)
        .employerDisability(z).employerAccident(z).laborFund(z).guaranteedBenefitsFund(z).employerPpk(z)
        .employerCost(z).build();
    for (PayrollRow r : rows) {
      t = t.plus(r.amounts());
    }
    return t;
  }

  private static List<Check> consistency(List<PayrollRow> rows, PayrollAmounts totals) {
    List<String> bad = new ArrayList<>();
    for (PayrollRow r : rows) {
      PayrollAmounts a = r.amounts();
      if (!a.net().isEqual(a.netComputed()) || !a.employerCost().isEqual(a.employerCostComputed())) {
        bad.add(r.employeeId());
      }
    }
    boolean totalsOk = totals.net().isEqual(totals.netComputed()) && totals.employerCost().isEqual(totals.employerCostComputed());
    boolean ok = bad.isEmpty() && totalsOk;
    return List.of(Check.of("net-and-cost-add-up", ok,
        ok ? "every net pay is gross less deductions and every employer cost gross plus charges (net "
            + plain(totals.net()) + ", employer cost " + plain(totals.employerCost()) + ")"
            : "net pay or employer cost does not add up for " + (bad.isEmpty() ? "the totals" : String.join(", ", bad)),
        ok ? "każde netto równe brutto minus potrącenia i każdy koszt pracodawcy równy brutto plus narzuty (netto "
            + plain(totals.net()) + ", koszt pracodawcy " + plain(totals.employerCost()) + ")"
            : "netto lub koszt pracodawcy nie sumuje się dla " + (bad.isEmpty() ? "sum" : String.join(", ", bad))));
  }

  private static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
