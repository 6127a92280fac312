package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.budget.AccountSelector;
import dev.backoffice.ledger.budget.Budget;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.budget.BudgetLine;
import dev.backoffice.reporting.budget.BudgetFigures;
import dev.backoffice.reporting.budget.BudgetVarianceRow;
import dev.backoffice.reporting.budget.BudgetVsActual;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Budget versus actual of the fixture company's OPEX budget: 402 with cost centre ADM 3,500.00 a month in the
 * first quarter, 401 1,000.00 in March.
 */
class BudgetVsActualTest {
  private final BudgetControl control = BudgetControl.create();
  private final Ledger ledger = FixtureCompany.ledger(control);
  private final Reports reports = Reports.of(ledger);

  BudgetVsActualTest() {
    FiscalYear fy = FiscalYear.calendar(2025);
    control.addBudget(Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(fy)
        .addLines(line("402/ADM", AccountSelector.account("402"), Dimensions.of(Dimension.COST_CENTRE, "ADM"),
            "Czynsz i usługi obce", "3500.00", "3500.00", "3500.00"))
        .addLines(line("401", AccountSelector.account("401"), Dimensions.empty(), "Materiały", "0.00", "0.00", "1000.00"))
        .build());
  }

  private static BudgetLine line(String id, AccountSelector accounts, Dimensions tags, String description, String... q1) {
    List<Money> amounts = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      amounts.add(pln(m < q1.length ? q1[m] : "0.00"));
    }
    return BudgetLine.builder().id(id).accounts(accounts).dimensions(tags).description(description).amounts(amounts).build();
  }

  private static BudgetVarianceRow row(BudgetVsActual r, String line, String period) {
    return r.rows().stream().filter(x -> x.lineId().equals(line) && x.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void monthlyRowsShowBudgetCommitmentsActualAvailableVarianceAndShareUsed() {
    BudgetVsActual r = reports.budgetVsActual(control, "OPEX-2025");
    assertThat(r.rows()).hasSize(24);
    // January: rent 3,000 of 3,500 → available 500, variance 500, used 3,000 / 3,500 = 85.71 %
    BudgetFigures jan = row(r, "402/ADM", "2025-01").figures();
    assertThat(jan).isEqualTo(BudgetFigures.of(pln("3500.00"), pln("0.00"), pln("3000.00")));
    assertThat(jan.available()).isEqualTo(pln("500.00"));
    assertThat(jan.variance()).isEqualTo(pln("500.00"));
    assertThat(jan.percentUsed()).contains(new BigDecimal("85.71"));
    // February: nothing spent
    assertThat(row(r, "402/ADM", "2025-02").figures().percentUsed()).contains(new BigDecimal("0.00"));
    // March: rent 3,000 and the open order ZAM/7 of 800 → available 3,500 − 3,000 − 800 = −300,
    // variance 500, used (3,000 + 800) / 3,500 = 108.571… → 108.57 %
    BudgetFigures mar = row(r, "402/ADM", "2025-03").figures();
    assertThat(mar).isEqualTo(BudgetFigures.of(pln("3500.00"), pln("800.00"), pln("3000.00")));
    assertThat(mar.available()).isEqualTo(pln("-300.00"));
    assertThat(mar.percentUsed()).contains(new BigDecimal("108.57"));
    // materials: 1,500 against 1,000 → over by 500, 150 %
    BudgetFigures materials = row(r, "401", "2025-03").figures();
    assertThat(materials.variance()).isEqualTo(pln("-500.00"));
    assertThat(materials.percentUsed()).contains(new BigDecimal("150.00"));
    assertThat(row(r, "401", "2025-04").figures().percentUsed()).isEmpty();
    assertThat(row(r, "401", "2025-03").description()).isEqualTo("Materiały");
    // totals: budget 11,500, commitments 800, actual 7,500; used 8,300 / 11,500 = 72.17 %
    assertThat(r.total()).isEqualTo(BudgetFigures.of(pln("11500.00"), pln("800.00"), pln("7500.00")));
    assertThat(r.total().available()).isEqualTo(pln("3200.00"));
    assertThat(r.total().percentUsed()).contains(new BigDecimal("72.17"));
    assertThat(r.allChecksPassed()).isTrue();
    assertThat(r.checks()).hasSize(2);
    assertThat(r.checks().get(0).english())
        .isEqualTo("402/ADM: actual 6000.00 agrees with the ledger's balances of the line's accounts 6000.00");
  }

  @Test
  void yearToDateRowsAccumulateTheQuarter() {
    BudgetVsActual r = reports.budgetVsActualToDate(control, "OPEX-2025", LocalDate.of(2025, 3, 31));
    assertThat(r.rows()).hasSize(2);
    BudgetVarianceRow rent = r.rows().get(0);
    assertThat(rent.period()).isEqualTo("2025-01-01..2025-03-31");
    // 10,500 budget, 6,000 actual, 800 committed
    assertThat(rent.figures()).isEqualTo(BudgetFigures.of(pln("10500.00"), pln("800.00"), pln("6000.00")));
    assertThat(rent.figures().available()).isEqualTo(pln("3700.00"));
    assertThat(r.allChecksPassed()).isTrue();
  }

  @Test
  void anUnknownBudgetIsNotFound() {
    assertThatThrownBy(() -> reports.budgetVsActual(control, "CAPEX"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("CAPEX");
  }
}
