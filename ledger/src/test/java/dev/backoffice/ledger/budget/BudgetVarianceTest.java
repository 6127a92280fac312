package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.day;
import static dev.backoffice.ledger.budget.BudgetFixture.expense;
import static dev.backoffice.ledger.budget.BudgetFixture.month;
import static dev.backoffice.ledger.budget.BudgetFixture.opex;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.time.AccountingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudgetVarianceTest {
  private final BudgetFixture f = new BudgetFixture();

  private void scenario() {
    // budget 1,000.00 a month; February: 600.00 actual; March: 1,500.00 actual + order 250.00 dated in March
    f.budgets.addBudget(opex(BudgetVersion.APPROVED, ControlRule.warn(ControlScope.ANNUAL)));
    f.ledger.post(expense(day(2, 10), pln("600.00")));
    f.ledger.post(expense(day(3, 10), pln("1500.00")));
    f.budgets.commit(Commitment.builder().id("ZZ/1").account("402").dimensions(BudgetFixture.MPK01)
        .date(day(3, 31)).amount(pln("250.00")).build());
  }

  @Test
  void periodRowsGiveBudgetActualCommitmentsAvailableAndShareUsed() {
    scenario();
    var rows = f.budgets.variance("OPEX-2025");
    assertThat(rows).hasSize(12);
    BudgetVariance jan = rows.get(0);
    BudgetVariance feb = rows.get(1);
    BudgetVariance mar = rows.get(2);
    assertThat(jan.period()).isEqualTo(month(1));
    assertThat(jan.budget()).isEqualTo(pln("1000.00"));
    assertThat(jan.actual()).isEqualTo(pln("0.00"));
    assertThat(jan.percentUsed()).contains(Rate.ZERO);
    assertThat(feb.actual()).isEqualTo(pln("600.00"));
    assertThat(feb.available()).isEqualTo(pln("400.00"));
    assertThat(feb.percentUsed()).contains(Rate.ofPercent("60"));
    // March: 1,000 − 1,500 − 250 = −750; (1,500 + 250) / 1,000 = 175 %
    assertThat(mar.actual()).isEqualTo(pln("1500.00"));
    assertThat(mar.commitments()).isEqualTo(pln("250.00"));
    assertThat(mar.available()).isEqualTo(pln("-750.00"));
    assertThat(mar.percentUsed()).contains(Rate.ofPercent("175"));
    assertThat(mar.lineId()).isEqualTo("402/MPK-01");
    assertThat(mar.accounts()).isEqualTo(AccountSelector.account("402"));
    assertThat(mar.dimensions()).isEqualTo(BudgetFixture.MPK01);
    assertThat(mar.version()).isEqualTo(BudgetVersion.APPROVED);
  }

  @Test
  void yearToDateAndAnnualRowsAccumulate() {
    scenario();
    // through March: budget 3,000; actual 2,100; commitments 250; available 650; used 2,350/3,000 = 78.33 %
    BudgetVariance ytd = f.budgets.varianceToDate("OPEX-2025", LocalDate.of(2025, 3, 15)).get(0);
    assertThat(ytd.period()).isEqualTo(AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    assertThat(ytd.budget()).isEqualTo(pln("3000.00"));
    assertThat(ytd.actual()).isEqualTo(pln("2100.00"));
    assertThat(ytd.commitments()).isEqualTo(pln("250.00"));
    assertThat(ytd.available()).isEqualTo(pln("650.00"));
    assertThat(ytd.percentUsed()).contains(Rate.ofPercent("78.33"));
    // whole year: 12,000 − 2,350 = 9,650; 2,350 / 12,000 = 19.583… → 19.58 %
    BudgetVariance year = f.budgets.annualVariance("OPEX-2025").get(0);
    assertThat(year.available()).isEqualTo(pln("9650.00"));
    assertThat(year.percentUsed()).contains(Rate.ofPercent("19.58"));
  }

  @Test
  void aZeroBudgetHasNoShareUsed() {
    f.budgets.addBudget(opex(BudgetVersion.APPROVED));
    f.budgets.reduce("OPEX-2025", "402/MPK-01", month(1), pln("1000.00"), "bez budżetu w styczniu");
    assertThat(f.budgets.variance("OPEX-2025").get(0).percentUsed()).isEmpty();
  }

  @Test
  void unknownBudgetsAndDatesOutsideTheYearAreNamed() {
    f.budgets.addBudget(opex(BudgetVersion.DRAFT));
    assertThatThrownBy(() -> f.budgets.variance("nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.budgets.annualVariance("nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.budgets.varianceToDate("OPEX-2025", LocalDate.of(2026, 1, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("asOf");
  }
}
