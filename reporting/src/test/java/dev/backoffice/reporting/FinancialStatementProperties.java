package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.StatementKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The balance sheet balances, and the income statement agrees with it, on any ledger of the template chart. */
class FinancialStatementProperties {

  @Provide
  Arbitrary<List<GeneratedLedgers.Spec>> ledgers() {
    return GeneratedLedgers.ledgers(false);
  }

  @Property(tries = 60)
  void balanceSheetBalancesAfterEachYearEndClose(@ForAll("ledgers") List<GeneratedLedgers.Spec> specs) {
    Ledger ledger = GeneratedLedgers.build(specs);
    Reports reports = Reports.of(ledger);
    FiscalYear y2024 = FiscalYear.calendar(2024);
    FiscalYear y2025 = FiscalYear.calendar(2025);
    FinancialStatement result2024 = reports.incomeStatement(StatementKind.INCOME_COMPARATIVE, List.of(ReportPeriod.yearOf(y2024)));
    FinancialStatement before = reports.balanceSheet(List.of(y2024.end(), y2025.end()));
    assertThat(before.allChecksPassed()).as(before.checks().toString()).isTrue();

    ledger.closeYear(y2024);
    ledger.closeYear(y2025);
    FinancialStatement after = reports.balanceSheet(List.of(y2024.end(), LocalDate.of(2025, 6, 30), y2025.end(),
        LocalDate.of(2026, 1, 31)));
    assertThat(after.allChecksPassed()).as(after.checks().toString()).isTrue();
    assertThat(after.amount("A.TOTAL", 0)).isEqualTo(before.amount("A.TOTAL", 0));
    assertThat(after.amount("A.TOTAL", 2)).isEqualTo(before.amount("A.TOTAL", 1));
    // the year's net result is the same in the income statement (closing entry left out) and in the balance sheet
    FinancialStatement comparative = reports.incomeStatement(StatementKind.INCOME_COMPARATIVE,
        List.of(ReportPeriod.yearOf(y2024), ReportPeriod.yearOf(y2025)));
    FinancialStatement costOfSales = reports.incomeStatement(StatementKind.INCOME_COST_OF_SALES,
        List.of(ReportPeriod.yearOf(y2024), ReportPeriod.yearOf(y2025)));
    assertThat(comparative.allChecksPassed()).as(comparative.checks().toString()).isTrue();
    assertThat(costOfSales.allChecksPassed()).as(costOfSales.checks().toString()).isTrue();
    assertThat(comparative.amount("L", 0)).isEqualTo(result2024.amount("L", 0));
    assertThat(comparative.amount("L", 0)).isEqualTo(after.amount("P.A.VI", 0));
    assertThat(comparative.amount("L", 1)).isEqualTo(after.amount("P.A.VI", 2));
    assertThat(costOfSales.amount("O", 1)).isEqualTo(comparative.amount("L", 1));
    // in 2026 the 2025 result has become a result of previous years (P.A.V also holds 820, which nothing
    // generated moves after 2025)
    assertThat(after.amount("P.A.V", 3).minus(after.amount("P.A.V", 2))).isEqualTo(comparative.amount("L", 1));
    assertThat(after.amount("P.A.VI", 3)).isEqualTo(after.amount("P.A.VI", 3).withAmount(java.math.BigDecimal.ZERO));
  }
}
