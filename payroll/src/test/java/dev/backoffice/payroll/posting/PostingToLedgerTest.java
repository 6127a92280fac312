package dev.backoffice.payroll.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.PayrollCalculator;
import dev.backoffice.payroll.calc.PpkRates;
import dev.backoffice.payroll.calc.TaxReduction;
import dev.backoffice.payroll.run.PayrollRegister;
import dev.backoffice.payroll.run.PayrollRun;
import dev.backoffice.payroll.run.RunEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The entries of a payroll register are accepted by a ledger with the Polish chart, and settle account 231. */
class PostingToLedgerTest {
  @Test
  void aPostedRunSettlesPayrollAccountAndRepostingChangesNothing() {
    EmployeeTerms a = EmployeeTerms.builder().employeeId("E-1").department("IT").contract(ContractType.EMPLOYMENT)
        .taxReduction(TaxReduction.ONE_PAYER).ppk(PpkRates.basic()).build();
    EmployeeTerms b = EmployeeTerms.builder().employeeId("Z-1").contract(ContractType.MANDATE).build();
    PayrollRegister register = PayrollRun.builder().number("LP/1/2025").year(2025).month(1).paymentDate(LocalDate.of(2025, 1, 31))
        .addEntries(RunEntry.of(a, MonthInput.of(2025, 1, pln("8000.00"))), RunEntry.of(b, MonthInput.of(2025, 1, pln("8000.00"))))
        .build().calculate(PayrollCalculator.standard());
    Ledger ledger = Ledger.builder().clock(Clock.fixed(Instant.parse("2025-02-01T08:00:00Z"), ZoneOffset.UTC))
        .chart(PolishChartOfAccounts.template()).build();
    List<JournalEntry> entries = PostingScheme.polish().entries(register);
    entries.forEach(ledger::post);
    entries.forEach(ledger::post); // same idempotency keys, same content: nothing booked twice

    // published nets 5,608.91 (with PPK) and 5,779.27 (mandate): bank paid 11,388.18; gross 16,000 expensed
    assertThat(balance(ledger, "231").net().isZero()).isTrue();
    assertThat(balance(ledger, "130").credit()).isEqualTo(pln("11388.18"));
    assertThat(balance(ledger, "404").debit()).isEqualTo(pln("16000.00"));
    assertThat(balance(ledger, "404").debit().plus(balance(ledger, "405").debit())).isEqualTo(register.totals().employerCost());
  }

  private static Balance balance(Ledger ledger, String account) {
    return ledger.balances(BalanceQuery.of(account)).get(Monies.PLN);
  }

  private static Money pln(String a) {
    return Monies.of("PLN", a);
  }
}
