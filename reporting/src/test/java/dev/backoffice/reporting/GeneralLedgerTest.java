package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.generalledger.AccountStatement;
import dev.backoffice.reporting.generalledger.AccountStatementLine;
import dev.backoffice.reporting.generalledger.GeneralLedger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account statements and the general ledger of the fixture company, balances derived by hand. */
class GeneralLedgerTest {
  private final Reports reports = Reports.of(FixtureCompany.ledger());

  @Test
  void bankStatementRunsInDateOrderWithARunningBalance() {
    AccountStatement bank = reports.accountStatement("130", Monies.PLN, FixtureCompany.Q1_START, FixtureCompany.Q1_END);
    // WB/8 (03-20) was booked before WB/7 (03-15) but the statement is in date order
    assertThat(bank.lines()).extracting(AccountStatementLine::entryId)
        .containsExactly("WB/1", "WB/2", "WB/3", "WB/4", "WB/5", "WB/6", "WB/7", "WB/8");
    // 50,000 → 35,240 → 47,540 → 38,245.17 → 32,931.00 → 32,280.00 → 32,305.00 → 44,605.00
    assertThat(bank.lines()).extracting(AccountStatementLine::balance).containsExactly(
        pln("50000.00"), pln("35240.00"), pln("47540.00"), pln("38245.17"), pln("32931.00"), pln("32280.00"),
        pln("32305.00"), pln("44605.00"));
    assertThat(bank.opening()).isEqualTo(pln("0.00"));
    assertThat(bank.closing()).isEqualTo(pln("44605.00"));
    assertThat(bank.turnover()).isEqualTo(DebitCredit.of(pln("74625.00"), pln("30020.00")));
    assertThat(bank.lines().get(1).counterAccounts()).containsExactly("202-001");
    assertThat(bank.lines().get(1).document()).contains("WB/2");
    assertThat(bank.lines().get(1).credit()).isEqualTo(pln("14760.00"));
    assertThat(bank.allChecksPassed()).isTrue();
  }

  @Test
  void aStatementFromMidPeriodOpensWithTheBalanceBefore() {
    AccountStatement bank = reports.accountStatement("130", Monies.PLN, LocalDate.of(2025, 2, 11), FixtureCompany.Q1_END);
    // before 2025-02-11: 50,000 − 14,760 + 12,300 − 9,294.83 = 38,245.17
    assertThat(bank.opening()).isEqualTo(pln("38245.17"));
    assertThat(bank.lines()).hasSize(4);
    assertThat(bank.closing()).isEqualTo(pln("44605.00"));
  }

  @Test
  void aSyntheticAccountWithItsAnalyticAccounts() {
    List<AccountStatement> customers = reports.accountStatements("201", true, null, null);
    assertThat(customers).hasSize(1);
    AccountStatement s = customers.get(0);
    assertThat(s.lines()).extracting(AccountStatementLine::account).containsExactly("201-001", "201-001", "201-002", "201-002");
    // 12,300 − 12,300 + 24,600 − 12,300
    assertThat(s.closing()).isEqualTo(pln("12300.00"));
    assertThat(s.allChecksPassed()).isTrue();
  }

  @Test
  void generalLedgerHasAStatementPerPostedAccount() {
    GeneralLedger gl = reports.generalLedger(FixtureCompany.Q1_START, FixtureCompany.Q1_END);
    assertThat(gl.statements()).hasSize(20);
    assertThat(gl.statements().get(0).account()).isEqualTo("010");
    AccountStatement payroll = gl.statements().stream().filter(s -> s.account().equals("231")).findFirst().orElseThrow();
    // LP/1/2025 posts 231 four times (one credit of 12,666, three debits), WB/4 once
    assertThat(payroll.lines()).hasSize(5);
    assertThat(payroll.closing()).isEqualTo(pln("0.00"));
    assertThat(gl.allChecksPassed()).isTrue();
    assertThat(gl.checks()).hasSize(20);
  }

  @Test
  void anUnknownAccountIsNotFound() {
    assertThatThrownBy(() -> reports.accountStatement("999", Monies.PLN, null, null))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("999");
  }

  @Test
  void aCurrencyAccountHasOneStatementInPlnWithTheEurosAsMemo() {
    // EuroAccountFixture, January 2025: opening 4,300.00 PLN (1,000 EUR); Cr 1,720.00 (400 EUR) leaves 2,580.00;
    // the valuation Cr 30.00 (0.00 EUR) leaves 2,550.00
    Reports euro = Reports.of(EuroAccountFixture.ledger());
    List<AccountStatement> statements = euro.accountStatements("131", false, LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 1, 31));

    assertThat(statements).hasSize(1);
    AccountStatement s = statements.get(0);
    assertThat(s.currency()).isEqualTo(Monies.PLN);
    assertThat(s.opening()).isEqualTo(Monies.of("PLN", "4300.00"));
    assertThat(s.lines()).extracting(l -> l.credit().getAmount().toPlainString()).containsExactly("1720.00", "30.00");
    assertThat(s.lines()).extracting(l -> l.currencyAmount().orElseThrow())
        .containsExactly(Monies.of("EUR", "400.00"), Monies.of("EUR", "0.00"));
    assertThat(s.lines()).extracting(l -> String.join(" ", l.counterAccounts())).containsExactly("130", "751");
    assertThat(s.closing()).isEqualTo(Monies.of("PLN", "2550.00"));
    assertThat(s.allChecksPassed()).isTrue();
    // per currency: the euros alone, and the general ledger has one PLN statement per account
    assertThat(euro.accountStatementsByCurrency("131", false, null, LocalDate.of(2025, 1, 31)))
        .extracting(AccountStatement::currency, AccountStatement::closing)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Monies.EUR, Monies.of("EUR", "600.00")));
    GeneralLedger gl = euro.generalLedger(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertThat(gl.statements()).extracting(AccountStatement::account)
        .containsExactly("130", "131", "750", "751", "800");
    assertThat(gl.statements()).allMatch(x -> x.currency().equals(Monies.PLN));
    assertThat(gl.allChecksPassed()).isTrue();
    assertThat(euro.generalLedgerByCurrency(null, null).statements()).extracting(AccountStatement::currency)
        .contains(Monies.EUR);
  }
}
