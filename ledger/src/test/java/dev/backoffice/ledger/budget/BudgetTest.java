package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.FY2025;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BudgetTest {
  private static BudgetLine line(String id, String annual) {
    return BudgetLine.of(id, AccountSelector.account("402"), MPK01, pln(annual), Phasing.equal(), FY2025);
  }

  @Test
  void aBudgetHasLinesWithOneAmountPerPeriodAndDefaults() {
    Budget b = Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(FY2025)
        .addLines(line("a", "1200.00"), line("b", "600.00")).build();
    assertThat(b.version()).isEqualTo(BudgetVersion.DRAFT);
    assertThat(b.version().controls()).isFalse();
    assertThat(b.scenario()).isEqualTo("BASE");
    assertThat(b.currency()).isEqualTo(Monies.PLN);
    assertThat(b.rules()).isEmpty();
    assertThat(b.carryForward()).isEqualTo(CarryForwardRule.none());
    assertThat(b.total()).isEqualTo(pln("1800.00"));
    assertThat(b.line("b").orElseThrow().annual()).isEqualTo(pln("600.00"));
    assertThat(b.line("c")).isEmpty();
    assertThat(b.periodIndex(AccountingPeriod.ofMonth(YearMonth.of(2025, 3)))).isEqualTo(2);
    assertThat(b.withVersion(BudgetVersion.APPROVED).version().controls()).isTrue();
    assertThat(b).hasToString("budget OPEX-2025 (OPEX 2025 BASE, DRAFT)");
  }

  @Test
  void lineRulesAndCarryForwardOverrideTheBudgets() {
    BudgetLine own = line("a", "1.00").withRules(ControlRule.ignore());
    Budget b = Budget.builder().id("B").name("B").fiscalYear(FY2025).addRules(ControlRule.stop(ControlScope.ANNUAL))
        .carryForward(CarryForwardRule.unused())
        .addLines(own, BudgetLine.builder().from(line("b", "1.00")).carryForward(CarryForwardRule.none()).build())
        .build();
    assertThat(b.rulesOf(b.lines().get(0))).containsExactly(ControlRule.ignore());
    assertThat(b.rulesOf(b.lines().get(1))).containsExactly(ControlRule.stop(ControlScope.ANNUAL));
    assertThat(b.carryForwardOf(b.lines().get(0))).isEqualTo(CarryForwardRule.unused());
    assertThat(b.carryForwardOf(b.lines().get(1))).isEqualTo(CarryForwardRule.none());
  }

  @Test
  void manualAmountsAreTakenAsGivenAndTheAnnualIsTheirSum() {
    ImmutableList<Money> amounts = ImmutableList.copyOf(Collections.nCopies(12, pln("0.00")));
    BudgetLine l = BudgetLine.builder().id("x").accounts(AccountSelector.account("402"))
        .amounts(ImmutableList.<Money>builder().add(pln("5.00")).addAll(amounts.subList(1, 12)).build()).build();
    assertThat(l.annual()).isEqualTo(pln("5.00"));
    assertThat(l.dimensions()).isEqualTo(Dimensions.empty());
  }

  @Test
  void badBudgetsAreRefusedNamingTheFieldAndRule() {
    assertThatThrownBy(() -> Budget.builder().id("B").name("B").fiscalYear(FY2025)
        .addLines(line("a", "1.00"), line("a", "2.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> Budget.builder().id("B").name("B").fiscalYear(FY2025).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("at least one line");
    BudgetLine shortYear = BudgetLine.of("s", AccountSelector.account("402"), MPK01, pln("1.00"), Phasing.equal(),
        dev.backoffice.core.time.FiscalYear.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
    assertThatThrownBy(() -> Budget.builder().id("B").name("B").fiscalYear(FY2025).addLines(shortYear).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("12 periods");
    assertThatThrownBy(() -> Budget.builder().id("B").name("B").fiscalYear(FY2025).currency(Monies.EUR)
        .addLines(line("a", "1.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> Budget.builder().id("B").name("B").fiscalYear(FY2025).addLines(line("a", "1.00"))
        .addRules(ControlRule.stop(ControlScope.ANNUAL).withToleranceAmount(Monies.of("EUR", "1.00"))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("toleranceAmount");
    assertThatThrownBy(() -> Budget.builder().id("B").fiscalYear(FY2025).addLines(line("a", "1.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("name");
  }

  @Test
  void badLinesAreRefused() {
    assertThatThrownBy(() -> BudgetLine.builder().id("x").accounts(AccountSelector.account("402"))
        .addAmounts(pln("1.00"), pln("-0.01")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("amounts[1]").hasMessageContaining("negative");
    assertThatThrownBy(() -> BudgetLine.builder().id("x").accounts(AccountSelector.account("402"))
        .addAmounts(pln("1.00"), Monies.of("EUR", "1.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be in PLN");
    assertThatThrownBy(() -> BudgetLine.of("x", AccountSelector.account("402"),
        Dimensions.of(BudgetControl.COMMITMENT, "ZZ/1"), pln("1.00"), Phasing.equal(), FY2025))
        .isInstanceOf(ValidationException.class).hasMessageContaining("commitment");
    assertThatThrownBy(() -> BudgetLine.builder().id(" x").accounts(AccountSelector.account("402"))
        .addAmounts(pln("1.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("id");
  }

  @Test
  void commitmentsAreValidated() {
    assertThatThrownBy(() -> Commitment.builder().id("ZZ/1").account("402").date(LocalDate.of(2025, 1, 1))
        .amount(pln("0.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Commitment.builder().id("ZZ/1").account("402").date(LocalDate.of(2025, 1, 1))
        .dimensions(Dimensions.of(BudgetControl.COMMITMENT, "ZZ/1")).amount(pln("1.00")).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Commitment.builder().id("a\nb").account("402").date(LocalDate.of(2025, 1, 1))
        .amount(pln("1.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("one line");
  }
}
