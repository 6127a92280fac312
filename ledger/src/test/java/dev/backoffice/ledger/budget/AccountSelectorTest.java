package dev.backoffice.ledger.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSelectorTest {
  private final ChartOfAccounts chart = PolishChartOfAccounts.template().withAll(List.of(
      Account.builder().code("402-01").name("IT").type(AccountType.EXPENSE).parent("402").build(),
      Account.builder().code("IT-HOSTING").name("Hosting").type(AccountType.EXPENSE).parent("402-01").build()));

  @Test
  void anAccountSelectsItselfAndItsAnalyticChildrenAtAnyDepth() {
    AccountSelector s = AccountSelector.account("402");
    assertThat(s.matches("402", chart)).isTrue();
    assertThat(s.matches("402-01", chart)).isTrue();
    assertThat(s.matches("IT-HOSTING", chart)).isTrue(); // a child whose code does not start with 402
    assertThat(s.matches("403", chart)).isFalse();
    assertThat(s.matches("4020", chart)).isFalse();
  }

  @Test
  void aRangeComparesCodesAsTextAndIncludesChildren() {
    AccountSelector s = AccountSelector.range("400", "409");
    assertThat(s.matches("400", chart)).isTrue();
    assertThat(s.matches("409", chart)).isTrue();
    assertThat(s.matches("IT-HOSTING", chart)).isTrue();
    assertThat(s.matches("490", chart)).isFalse();
    assertThat(s.matches("399", chart)).isFalse();
  }

  @Test
  void aPrefixSelectsCodesStartingWithIt() {
    AccountSelector s = AccountSelector.prefix("5");
    assertThat(s.matches("500", chart)).isTrue();
    assertThat(s.matches("550", chart)).isTrue();
    assertThat(s.matches("402", chart)).isFalse();
    assertThat(s.matches("5-unknown", chart)).isTrue(); // a code missing from the chart is judged by itself
  }

  @Test
  void badSelectorsAreNamed() {
    assertThatThrownBy(() -> AccountSelector.range("409", "400")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("lastCode");
    assertThatThrownBy(() -> AccountSelector.account(" ")).isInstanceOf(ValidationException.class);
    assertThat(AccountSelector.range("400", "409")).hasToString("400..409");
    assertThat(AccountSelector.prefix("40")).hasToString("40*");
    assertThat(AccountSelector.account("402")).hasToString("402");
  }
}
