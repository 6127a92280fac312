package dev.backoffice.payroll.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.payroll.calc.ComponentKind;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayComponent;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.SickPay;
import dev.backoffice.payroll.calc.SickPayKind;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.PayrollRun;
import dev.backoffice.payroll.run.RunEntry;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PostingSchemeTest {
  private static PayrollRegister register() {
    EmployeeTerms ppk = EmployeeTerms.builder().employeeId("E-1").name("Anna Nowak").department("IT").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).ppk(PpkRates.basic()).build();
    EmployeeTerms sick = EmployeeTerms.builder().employeeId("E-2").contract(ContractType.EMPLOYMENT).taxReduction(TaxReduction.ONE_PAYER).build();
    MonthInput sickMonth = MonthInput.builder().year(2025).month(1).addComponents(PayComponent.of(ComponentKind.BASE, pln("3000.00")))
        .addSickPay(SickPay.of(SickPayKind.SICKNESS_BENEFIT, pln("1000.00"))).build();
    return PayrollRun.builder().number("LP/1/2025").year(2025).month(1).paymentDate(LocalDate.of(2025, 1, 31))
        .addEntries(RunEntry.of(ppk, MonthInput.of(2025, 1, pln("8000.00"))), RunEntry.of(sick, sickMonth))
        .build().calculate(PayrollCalculator.standard());
  }

  @Test
  void publishedPpkExamplePostsToTheDefaultPolishAccounts() {
    // gross-8000-ppk-2025: employee ZUS 1,096.80 + health 621.29 = 1,718.09; PIT 513; PPK 160.00 / 120.00;
    // net 5,608.91; employer ZUS 780.80 + 520.00 + 133.60 + 196.00 + 8.00 = 1,638.40
    JournalEntry e = PostingScheme.polish().entries(register()).get(0);
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(e.document().get().toString()).isEqualTo("LP LP/1/2025 2025-01-31");
    assertThat(e.description()).contains("E-1 Anna Nowak");
    assertThat(e.idempotencyKey().get().value()).isEqualTo("LP:LP/1/2025:E:E-1");
    assertThat(e.lines()).extracting(l -> l.side() + " " + l.account() + " " + l.amount().getAmount().toPlainString()).containsExactly(
        "DEBIT 404 8000.00", "CREDIT 231 8000.00",
        "DEBIT 231 1718.09", "CREDIT 229 1718.09",
        "DEBIT 231 513.00", "CREDIT 225 513.00",
        "DEBIT 405 1638.40", "CREDIT 229 1638.40",
        "DEBIT 231 160.00", "CREDIT 240 160.00",
        "DEBIT 405 120.00", "CREDIT 240 120.00",
        "DEBIT 231 5608.91", "CREDIT 130 5608.91");
    assertThat(e.lines()).allSatisfy(l -> {
      assertThat(l.dimensions().get(Dimension.EMPLOYEE)).contains("E-1");
      assertThat(l.dimensions().get(Dimension.DEPARTMENT)).contains("IT");
    });
  }

  @Test
  void sicknessBenefitIsSettledWithZusNotExpensed() {
    JournalEntry e = PostingScheme.polish().entries(register()).get(1);
    assertThat(line(e, Side.DEBIT, "404")).isEqualTo(pln("3000.00"));
    assertThat(line(e, Side.DEBIT, "229")).isEqualTo(pln("1000.00"));
    assertThat(line(e, Side.CREDIT, "231")).isEqualTo(pln("4000.00"));
  }

  @Test
  void accountsAndGroupingAreConfigurable() {
    PostingScheme s = PostingScheme.builder().bank("131").ppkPayable("234").grouping(PostingGrouping.PER_DEPARTMENT).build();
    List<JournalEntry> entries = s.entries(register());
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).description()).contains("no department");
    assertThat(entries.get(1).description()).contains("department IT");
    assertThat(entries.get(1).lines()).anySatisfy(l -> assertThat(l.account()).isEqualTo("131"));
    assertThat(entries.get(1).lines()).anySatisfy(l -> assertThat(l.account()).isEqualTo("234"));
    assertThat(entries.get(1).lines()).allSatisfy(l -> assertThat(l.dimensions().has(Dimension.EMPLOYEE)).isFalse());
  }

  @Test
  void idempotencyKeysArePrintableAndDistinct() {
    assertThat(PostingScheme.key("LP/1", "E:Łukasz Ż").value()).isEqualTo("LP:LP/1:E:%C5%81ukasz%20%C5%BB");
    assertThat(PostingScheme.key("LP/1", "E:" + "x".repeat(200)).value()).startsWith("LP#").hasSize(67);
  }

  private static Money line(JournalEntry e, Side side, String account) {
    return e.lines().stream().filter(l -> l.side() == side && l.account().equals(account)).map(JournalLine::amount)
        .reduce(Money::plus).orElseThrow();
  }

  private static Money pln(String a) {
    return Monies.of("PLN", a);
  }
}
