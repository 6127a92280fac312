package dev.backoffice.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AccountingPeriodTest {

  @Test
  void aMonthRunsFromItsFirstToItsLastDay() {
    AccountingPeriod feb = AccountingPeriod.ofMonth(YearMonth.of(2024, 2));

    assertThat(feb.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(feb.end()).isEqualTo(LocalDate.of(2024, 2, 29)); // 2024 is a leap year
    assertThat(feb.lengthInDays()).isEqualTo(29);
    assertThat(feb.isMonth()).isTrue();
    assertThat(feb.id()).isEqualTo("2024-02");
    assertThat(feb).hasToString("2024-02");
    assertThat(AccountingPeriod.monthOf(LocalDate.of(2024, 2, 17))).isEqualTo(feb);
  }

  @Test
  void anArbitraryPeriodIsIdentifiedByItsBounds() {
    AccountingPeriod q1 = AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    assertThat(q1.isMonth()).isFalse();
    assertThat(q1.id()).isEqualTo("2025-01-01..2025-03-31");
    assertThat(q1.lengthInDays()).isEqualTo(90); // 31 + 28 + 31
    AccountingPeriod clipped = AccountingPeriod.of(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 31));
    assertThat(clipped.isMonth()).isFalse();
    assertThat(clipped.lengthInDays()).isEqualTo(17);
    assertThat(AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)).isMonth()).isTrue();
    assertThat(AccountingPeriod.of(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 5)).lengthInDays()).isEqualTo(1);
  }

  @Test
  void containsBothEnds() {
    AccountingPeriod jan = AccountingPeriod.ofMonth(YearMonth.of(2025, 1));

    assertThat(jan.contains(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(jan.contains(LocalDate.of(2025, 1, 31))).isTrue();
    assertThat(jan.contains(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(jan.contains(LocalDate.of(2025, 2, 1))).isFalse();
  }

  @Test
  void theNextPeriodFollowsWithoutAGap() {
    assertThat(AccountingPeriod.ofMonth(YearMonth.of(2024, 12)).next()).isEqualTo(AccountingPeriod.ofMonth(YearMonth.of(2025, 1)));
    assertThat(AccountingPeriod.ofMonth(YearMonth.of(2025, 1)).next().id()).isEqualTo("2025-02");
    // a 90-day quarter is followed by the next 90 days: 2025-04-01..2025-06-29
    AccountingPeriod q1 = AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    assertThat(q1.next().id()).isEqualTo("2025-04-01..2025-06-29");
  }

  @Test
  void parsesItsIdentifier() {
    assertThat(AccountingPeriod.parse("2025-01")).isEqualTo(AccountingPeriod.ofMonth(YearMonth.of(2025, 1)));
    assertThat(AccountingPeriod.parse("2025-01-01..2025-03-31"))
        .isEqualTo(AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    assertThat(AccountingPeriod.parse("2025-02-01..2025-02-28")).isEqualTo(AccountingPeriod.parse("2025-02"));
  }

  @Test
  void rejectsMalformedIdentifiersNamingTheFormat() {
    for (String bad : new String[] {"2025-13", "2025/01", "..2025-01-01", "2025-01-01..", "2025-02-30..2025-03-01"}) {
      assertThatThrownBy(() -> AccountingPeriod.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("period");
            assertThat(e.value()).hasValue(bad);
            assertThat(e.rule()).isEqualTo("must be YYYY-MM or YYYY-MM-DD..YYYY-MM-DD");
          });
    }
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> AccountingPeriod.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("end");
          assertThat(e.value()).hasValue("2025-01-01");
        })
        .hasMessage("end = '2025-01-01' is invalid: must not be before start 2025-03-31");
    assertThatThrownBy(() -> AccountingPeriod.parse("2025-03-31..2025-01-01")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> AccountingPeriod.of(null, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("start must not be null");
    assertThatThrownBy(() -> AccountingPeriod.ofMonth(null))
        .isInstanceOf(NullPointerException.class).hasMessage("month must not be null");
  }

  @Test
  void periodsAreOrderedByStartThenEnd() {
    AccountingPeriod jan = AccountingPeriod.ofMonth(YearMonth.of(2025, 1));
    AccountingPeriod q1 = AccountingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    AccountingPeriod feb = AccountingPeriod.ofMonth(YearMonth.of(2025, 2));

    assertThat(jan).isLessThan(q1).isLessThan(feb);
    assertThat(q1).isLessThan(feb);
    assertThat(jan).isNotEqualTo(q1);
    assertThat(AccountingPeriod.parse("2025-01")).hasSameHashCodeAs(jan);
  }
}
