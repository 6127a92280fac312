package dev.backoffice.payroll.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.ImmutableEmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.PayslipTotals;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.PayrollRun;
import dev.backoffice.payroll.run.RunEntry;
import dev.backoffice.payroll.testkit.PayrollArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.joda.money.Money;

/** A run of 1,000 generated employees posts as balanced entries whose per-account totals equal the register. */
class PostingSchemeProperties {
  @Property(tries = 3, shrinking = ShrinkingMode.OFF)
  void postingARunOfAThousandEmployeesBalancesAndMatchesTheRegister(@ForAll("thousand") List<RunEntry> entries) {
    PayrollRun run = PayrollRun.builder().number("LP/2025/03").year(2025).month(3).paymentDate(LocalDate.of(2025, 3, 31))
        .addAllEntries(entries).build();
    PayrollRegister register = run.calculate(PayrollCalculator.standard());
    assertThat(register.failures()).isEmpty();
    assertThat(register.payslips()).hasSize(1000);

    for (PostingGrouping grouping : PostingGrouping.values()) {
      List<JournalEntry> posted = PostingScheme.builder().grouping(grouping).build().entries(register);
      Map<String, Money> debit = new HashMap<>();
      Map<String, Money> credit = new HashMap<>();
      for (JournalEntry e : posted) {
        assertThat(e.imbalance().values()).allSatisfy(m -> assertThat(m.isZero()).isTrue());
        assertThat(e.document().get().type()).isEqualTo("LP");
        assertThat(e.document().get().number()).isEqualTo("LP/2025/03");
        for (JournalLine l : e.lines()) {
          (l.side() == Side.DEBIT ? debit : credit).merge(l.account(), l.amount(), Money::plus);
          if (grouping == PostingGrouping.PER_EMPLOYEE) {
            assertThat(l.dimensions().has(Dimension.EMPLOYEE)).isTrue();
            assertThat(l.dimensions().has(Dimension.DEPARTMENT)).isTrue();
          }
        }
      }
      PayslipTotals t = register.totals();
      assertThat(get(credit, "231")).isEqualTo(t.gross());
      assertThat(get(debit, "404").plus(get(debit, "229"))).isEqualTo(t.gross());
      assertThat(get(debit, "229")).isEqualTo(t.zusFinancedBenefits());
      assertThat(get(credit, "225")).isEqualTo(t.taxAdvance());
      assertThat(get(credit, "130")).isEqualTo(t.net());
      assertThat(get(credit, "229")).isEqualTo(t.employeePension().plus(t.employeeDisability()).plus(t.employeeSickness())
          .plus(t.healthInsurance()).plus(t.employerPension()).plus(t.employerDisability()).plus(t.employerAccident())
          .plus(t.laborFund()).plus(t.guaranteedBenefitsFund()));
      assertThat(get(credit, "240")).isEqualTo(t.employeePpk().plus(t.employerPpk()));
      assertThat(get(debit, "405")).isEqualTo(t.employerCost().minus(t.gross()));
      assertThat(get(debit, "231")).isEqualTo(get(credit, "231"));
      assertThat(get(debit, "404").plus(get(debit, "405")).plus(get(debit, "229"))).isEqualTo(t.employerCost());
    }
  }

  @Provide
  Arbitrary<List<RunEntry>> thousand() {
    Arbitrary<RunEntry> one = net.jqwik.api.Combinators.combine(PayrollArbitraries.employeeTerms(), PayrollArbitraries.monthInputs(2025, 3))
        .as(RunEntry::of);
    return one.list().ofSize(1000).map(list -> {
      List<RunEntry> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        EmployeeTerms t = ImmutableEmployeeTerms.copyOf(list.get(i).terms()).withEmployeeId(String.format("E-%04d", i))
            .withDepartment("D" + (i % 7));
        MonthInput in = list.get(i).input();
        out.add(RunEntry.of(t, in));
      }
      return out;
    });
  }

  private static Money get(Map<String, Money> m, String account) {
    return m.getOrDefault(account, Money.zero(Monies.PLN));
  }
}
