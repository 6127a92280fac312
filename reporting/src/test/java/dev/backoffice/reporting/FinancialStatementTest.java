package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.statement.BalanceSide;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.MappingRule;
import dev.backoffice.reporting.statement.Measure;
import dev.backoffice.reporting.statement.StatementDefinition;
import dev.backoffice.reporting.statement.StatementKind;
import dev.backoffice.reporting.statement.StatementLayout;
import dev.backoffice.reporting.statement.StatementMapping;
import dev.backoffice.reporting.statement.UnmappedAmount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Balance sheet and both income statements of the fixture company, derived by hand from the entries in
 * {@link FixtureCompany}.
 *
 * <p>Net result of Q1: revenue 700 30,000.00 + 750 25.00 = 30,025.00; costs 400 600.00 + 401 1,500.00 + 402
 * 6,000.00 + 404 12,666.00 + 405 2,594.00 = 23,360.00; result 6,665.00.
 */
class FinancialStatementTest {
  private final Ledger ledger = FixtureCompany.ledger();
  private final Reports reports = Reports.of(ledger);

  @Test
  void balanceSheetAtTheEndOfTheQuarterBalances() {
    FinancialStatement b = reports.balanceSheet(FixtureCompany.Q1_END);
    assertThat(b.columns()).extracting(c -> c.label()).containsExactly("2025-03-31", "2024-12-31");
    // A.A.II.1.e: 010 12,000 less 070 600 = 11,400
    assertThat(b.amount("A.A.II.1.e", 0)).isEqualTo(pln("11400.00"));
    assertThat(b.amount("A.A", 0)).isEqualTo(pln("11400.00"));
    // receivables 201-002 12,300; VAT 222 debit 2,760 + 690 + 345 + 690 − 2,300 = 2,185; bank 44,605
    assertThat(b.amount("A.B.II.3.a.1", 0)).isEqualTo(pln("12300.00"));
    assertThat(b.amount("A.B.II.3.b", 0)).isEqualTo(pln("2185.00"));
    assertThat(b.amount("A.B.III.1.c.1", 0)).isEqualTo(pln("44605.00"));
    assertThat(b.amount("A.B", 0)).isEqualTo(pln("59090.00"));
    assertThat(b.amount("A.TOTAL", 0)).isEqualTo(pln("70490.00"));
    // equity: capital 50,000 + net result 6,665
    assertThat(b.amount("P.A.I", 0)).isEqualTo(pln("50000.00"));
    assertThat(b.amount("P.A.V", 0)).isEqualTo(pln("0.00"));
    assertThat(b.amount("P.A.VI", 0)).isEqualTo(pln("6665.00"));
    // suppliers 7,380 + 1,845 = 9,225 (the 800 reservation is not posted); VAT due 4,600
    assertThat(b.amount("P.B.III.3.d.1", 0)).isEqualTo(pln("9225.00"));
    assertThat(b.amount("P.B.III.3.g", 0)).isEqualTo(pln("4600.00"));
    assertThat(b.amount("P.B", 0)).isEqualTo(pln("13825.00"));
    assertThat(b.amount("P.TOTAL", 0)).isEqualTo(pln("70490.00"));
    assertThat(b.line("P.B.III.3.d.1").accounts()).containsExactly("202-001", "202-002");
    // the comparative column: nothing was booked before 2025
    assertThat(b.amount("A.TOTAL", 1)).isEqualTo(pln("0.00"));
    assertThat(b.unmapped()).isEmpty();
    assertThat(b.allChecksPassed()).isTrue();
    assertThat(b.checks()).extracting(Check::code).contains("A.TOTAL=P.TOTAL:2025-03-31", "all-accounts-mapped:2025-03-31");
  }

  @Test
  void settlementAccountsAreSplitBySideOfEachAnalyticAccount() {
    // 201-001 paid 100.00 too much: a credit balance (advance received) next to 201-002's debit balance
    FixtureCompany.post(ledger, "2025-03-31", "WB", "WB/9", "Nadpłata Klient A", FixtureCompany.dr("130", "100.00"),
        FixtureCompany.cr("201-001", "100.00"));
    FinancialStatement b = reports.balanceSheet(List.of(FixtureCompany.Q1_END));
    assertThat(b.amount("A.B.II.3.a.1", 0)).isEqualTo(pln("12300.00"));
    assertThat(b.amount("P.B.III.3.e", 0)).isEqualTo(pln("100.00"));
    assertThat(b.amount("A.TOTAL", 0)).isEqualTo(pln("70590.00"));
    assertThat(b.allChecksPassed()).isTrue();
  }

  @Test
  void comparativeIncomeStatementOfTheQuarter() {
    FinancialStatement r = reports.incomeStatement(StatementKind.INCOME_COMPARATIVE,
        ReportPeriod.of(FixtureCompany.Q1_START, FixtureCompany.Q1_END));
    assertThat(r.columns()).extracting(c -> c.label()).containsExactly("2025-01-01..2025-03-31", "2024-01-01..2024-03-31");
    assertThat(r.amount("A.I", 0)).isEqualTo(pln("30000.00"));
    assertThat(r.amount("A.II", 0)).isEqualTo(pln("0.00"));
    assertThat(r.amount("A", 0)).isEqualTo(pln("30000.00"));
    assertThat(r.amount("B.I", 0)).isEqualTo(pln("600.00"));
    assertThat(r.amount("B.II", 0)).isEqualTo(pln("1500.00"));
    assertThat(r.amount("B.III", 0)).isEqualTo(pln("6000.00"));
    assertThat(r.amount("B.V", 0)).isEqualTo(pln("12666.00"));
    assertThat(r.amount("B.VI", 0)).isEqualTo(pln("2594.00"));
    assertThat(r.amount("B", 0)).isEqualTo(pln("23360.00"));
    assertThat(r.amount("C", 0)).isEqualTo(pln("6640.00"));
    assertThat(r.amount("F", 0)).isEqualTo(pln("6640.00"));
    assertThat(r.amount("G.V", 0)).isEqualTo(pln("25.00"));
    assertThat(r.amount("I", 0)).isEqualTo(pln("6665.00"));
    assertThat(r.amount("L", 0)).isEqualTo(pln("6665.00"));
    assertThat(r.amount("L", 1)).isEqualTo(pln("0.00"));
    assertThat(r.allChecksPassed()).isTrue();
  }

  @Test
  void costOfSalesIncomeStatementPutsUnmirroredCostsByNatureIntoCostOfProductsSold() {
    FinancialStatement r = reports.incomeStatement(StatementKind.INCOME_COST_OF_SALES,
        List.of(ReportPeriod.of(FixtureCompany.Q1_START, FixtureCompany.Q1_END)));
    assertThat(r.amount("A", 0)).isEqualTo(pln("30000.00"));
    assertThat(r.amount("B.I", 0)).isEqualTo(pln("23360.00"));
    assertThat(r.amount("C", 0)).isEqualTo(pln("6640.00"));
    assertThat(r.amount("F", 0)).isEqualTo(pln("6640.00"));
    assertThat(r.amount("I", 0)).isEqualTo(pln("6640.00"));
    assertThat(r.amount("J", 0)).isEqualTo(pln("25.00"));
    assertThat(r.amount("L", 0)).isEqualTo(pln("6665.00"));
    assertThat(r.amount("O", 0)).isEqualTo(pln("6665.00"));
    assertThat(r.allChecksPassed()).isTrue();
  }

  @Test
  void monthlyColumnsAddUpToTheQuarter() {
    FinancialStatement r = reports.monthlyIncomeStatement(StatementKind.INCOME_COMPARATIVE, FiscalYear.calendar(2025));
    assertThat(r.columns()).hasSize(12);
    // January: 10,000 − (200 + 3,000 + 12,666 + 2,594) = −8,460; February: 20,000 − 200 = 19,800;
    // March: 25 − (1,500 + 3,000 + 200) = −4,675
    assertThat(r.amount("L", 0)).isEqualTo(pln("-8460.00"));
    assertThat(r.amount("L", 1)).isEqualTo(pln("19800.00"));
    assertThat(r.amount("L", 2)).isEqualTo(pln("-4675.00"));
    assertThat(r.amount("L", 3)).isEqualTo(pln("0.00"));
    FinancialStatement q = reports.incomeStatement(StatementKind.INCOME_COMPARATIVE, ReportPeriod.quartersOf(FiscalYear.calendar(2025)));
    assertThat(q.columns()).extracting(c -> c.label()).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
    assertThat(q.amount("L", 0)).isEqualTo(pln("6665.00"));
  }

  @Test
  void monthEndBalanceSheets() {
    FinancialStatement b = reports.balanceSheet(List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)));
    // January: bank 35,240; 010 12,000 − 200; receivable 12,300; VAT 222 3,450; assets 35,240 + 11,800 + 12,300 + 3,450
    assertThat(b.amount("A.TOTAL", 0)).isEqualTo(pln("62790.00"));
    assertThat(b.amount("P.A.VI", 0)).isEqualTo(pln("-8460.00"));
    assertThat(b.amount("P.A.VI", 1)).isEqualTo(pln("11340.00"));
    assertThat(b.allChecksPassed()).isTrue();
  }

  @Test
  void afterTheYearEndCloseTheResultMovesToPriorYearsAndTheIncomeStatementIgnoresTheClosingEntry() {
    ledger.voidReservation(EntryId.of("ZAM/7")); // a year with an open reservation cannot be closed
    ledger.closeYear(FiscalYear.calendar(2025));
    FinancialStatement end = reports.balanceSheet(LocalDate.of(2025, 12, 31));
    assertThat(end.amount("P.A.VI", 0)).isEqualTo(pln("6665.00"));
    assertThat(end.amount("A.TOTAL", 0)).isEqualTo(pln("70490.00"));
    assertThat(end.allChecksPassed()).isTrue();
    FinancialStatement next = reports.balanceSheet(LocalDate.of(2026, 1, 31));
    assertThat(next.amount("P.A.V", 0)).isEqualTo(pln("6665.00"));
    assertThat(next.amount("P.A.VI", 0)).isEqualTo(pln("0.00"));
    assertThat(next.amount("P.TOTAL", 0)).isEqualTo(pln("70490.00"));
    assertThat(next.amount("P.A.V", 1)).isEqualTo(pln("0.00"));
    assertThat(next.amount("P.A.VI", 1)).isEqualTo(pln("6665.00"));
    assertThat(next.allChecksPassed()).isTrue();
    FinancialStatement year = reports.incomeStatement(StatementKind.INCOME_COMPARATIVE, ReportPeriod.yearOf(FiscalYear.calendar(2025)));
    assertThat(year.amount("L", 0)).isEqualTo(pln("6665.00"));
    assertThat(year.amount("B.V", 0)).isEqualTo(pln("12666.00"));
    assertThat(year.allChecksPassed()).isTrue();
  }

  @Test
  void anUnmappedAccountIsReportedAndFailsTheCheck() {
    ledger.openAccount(Account.of("245", "Rozrachunki różne", AccountType.ASSET));
    FixtureCompany.post(ledger, "2025-03-31", "PK", "PK/9", "Przeksięgowanie", FixtureCompany.dr("245", "10.00"),
        FixtureCompany.cr("130", "10.00"));
    FinancialStatement b = reports.balanceSheet(List.of(FixtureCompany.Q1_END));
    assertThat(b.unmapped()).containsExactly(UnmappedAmount.of("2025-03-31", "245", Measure.BALANCE, pln("10.00")));
    assertThat(b.amount("A.TOTAL", 0)).isEqualTo(pln("70480.00"));
    assertThat(b.allChecksPassed()).isFalse();
    assertThat(b.checks()).filteredOn(c -> !c.passed()).extracting(Check::english).containsExactly(
        "2025-03-31: TOTAL ASSETS 70480.00 ≠ TOTAL EQUITY AND LIABILITIES 70490.00",
        "2025-03-31: accounts without a mapping rule: 245 balance 10.00");
    // a rule for it mends the statement
    StatementDefinition fixed = StatementDefinition.of(StatementLayout.polishBalanceSheet(),
        StatementMapping.polishBalanceSheet().with(MappingRule.of("245", BalanceSide.ANY, "A.B.II.3.c")));
    FinancialStatement mended = Reports.builder(ledger).balanceSheet(fixed).build().balanceSheet(List.of(FixtureCompany.Q1_END));
    assertThat(mended.amount("A.B.II.3.c", 0)).isEqualTo(pln("10.00"));
    assertThat(mended.allChecksPassed()).isTrue();
  }

  @Test
  void aMappingOntoAMissingOrSumLineIsRefused() {
    assertThatThrownBy(() -> StatementDefinition.of(StatementLayout.polishBalanceSheet(),
        StatementMapping.parse("130 any A.B.III.9")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("line = 'A.B.III.9'");
    assertThatThrownBy(() -> StatementDefinition.of(StatementLayout.polishBalanceSheet(),
        StatementMapping.parse("130 any A.B.III")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be a leaf or 'of which' line, not a SUM line");
    assertThatThrownBy(() -> StatementDefinition.of(StatementLayout.polishBalanceSheet(),
        StatementMapping.parse("130 any A.B.III.1.c.1\n130 debit A.B.III.1.c.2")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not overlap rule '130 any A.B.III.1.c.1'");
    assertThatThrownBy(() -> StatementMapping.parse("130 sideways A.B.III.1.c.1"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("mapping line 1: side = 'sideways' is invalid: must be any, debit or credit");
    assertThatThrownBy(() -> StatementDefinition.of(StatementLayout.polishIncomeComparative(),
        StatementMapping.parse("700 any A.I opening")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be balance in an income statement");
  }

  @Test
  void annexOneLayoutsHaveTheActsSections() {
    assertThat(StatementLayout.polishBalanceSheet().lines()).filteredOn(l -> l.depth() == 0)
        .extracting(l -> l.marker() + " " + l.polish()).containsExactly(
            "A. Aktywa trwałe", "B. Aktywa obrotowe", "C. Należne wpłaty na kapitał (fundusz) podstawowy",
            "D. Udziały (akcje) własne", " AKTYWA RAZEM", "A. Kapitał (fundusz) własny",
            "B. Zobowiązania i rezerwy na zobowiązania", " PASYWA RAZEM");
    assertThat(StatementLayout.polishIncomeComparative().lines()).filteredOn(l -> l.depth() == 0)
        .extracting(l -> l.marker()).containsExactly("A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.", "K.", "L.");
    assertThat(StatementLayout.polishIncomeCostOfSales().lines()).filteredOn(l -> l.depth() == 0)
        .extracting(l -> l.marker()).containsExactly("A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.", "K.",
            "L.", "M.", "N.", "O.");
    assertThatThrownBy(() -> StatementLayout.parse(StatementKind.INCOME_COMPARATIVE, "A | A. | =B | C | x | y\nB | B. | =A | C | x | y\n@result A"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not refer to itself");
  }
}
