package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.budget.AccountSelector;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.reporting.common.Report;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.render.Format;
import dev.backoffice.reporting.render.RenderOptions;
import dev.backoffice.reporting.render.ReportRenderer;
import dev.backoffice.reporting.statement.StatementKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every report of the fixture company in every format, compared byte for byte with
 * {@code src/test/resources/render/}. After an intended change, regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class RenderGoldenTest {
  static final Path GOLDEN = Paths.get("src/test/resources/render");

  /** The reports of the fixture company, by name. */
  static Map<String, Report> reports() {
    BudgetControl control = BudgetControl.create();
    Ledger ledger = FixtureCompany.ledger(control);
    List<Money> rent = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      rent.add(FixtureCompany.pln(m < 3 ? "3500.00" : "0.00"));
    }
    control.addBudget(Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(FiscalYear.calendar(2025))
        .addLines(BudgetLine.builder().id("402").accounts(AccountSelector.account("402"))
            .description("Usługi obce").amounts(rent).build())
        .build());
    Reports reports = Reports.of(ledger);
    Map<String, Report> out = new TreeMap<>();
    out.put("trial-balance", reports.trialBalance(FixtureCompany.Q1_START, FixtureCompany.Q1_END));
    out.put("account-statement-130", reports.accountStatement("130", Monies.PLN, FixtureCompany.Q1_START, FixtureCompany.Q1_END));
    out.put("balance-sheet", reports.balanceSheet(FixtureCompany.Q1_END));
    out.put("income-statement-monthly", reports.incomeStatement(StatementKind.INCOME_COMPARATIVE,
        ReportPeriod.monthsOf(FiscalYear.calendar(2025)).subList(0, 3)));
    out.put("income-statement-cost-of-sales", reports.incomeStatement(StatementKind.INCOME_COST_OF_SALES,
        ReportPeriod.of(FixtureCompany.Q1_START, FixtureCompany.Q1_END)));
    out.put("budget-vs-actual", reports.budgetVsActualToDate(control, "OPEX-2025", FixtureCompany.Q1_END));
    out.put("payroll-register", reports.payrollRegister(PayrollReportsTest.january()));
    out.put("payroll-summary", reports.payrollSummary(List.of(PayrollReportsTest.january())));
    return out;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    reports().forEach((name, report) -> {
      cases.add(Arguments.of(name + ".pl.txt", report, ReportRenderer.text(RenderOptions.polish())));
      cases.add(Arguments.of(name + ".en.txt", report, ReportRenderer.text(RenderOptions.english())));
      cases.add(Arguments.of(name + ".csv", report, ReportRenderer.csv()));
      cases.add(Arguments.of(name + ".json", report, ReportRenderer.json()));
      cases.add(Arguments.of(name + ".html", report, ReportRenderer.of(Format.HTML, RenderOptions.polish())));
    });
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsTheGoldenFile(String file, Report report, ReportRenderer renderer) throws IOException {
    String actual = renderer.render(report);
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
