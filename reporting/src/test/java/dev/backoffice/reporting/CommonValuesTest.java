package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.common.ReportPeriod;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The shared report values: debit/credit pairs, report periods, checks. */
class CommonValuesTest {

  @Test
  void aBalanceIsSplitBySide() {
    assertThat(DebitCredit.ofBalance(pln("-12.50"))).isEqualTo(DebitCredit.of(pln("0.00"), pln("12.50")));
    assertThat(DebitCredit.ofBalance(pln("7.00"))).isEqualTo(DebitCredit.of(pln("7.00"), pln("0.00")));
    DebitCredit t = DebitCredit.of(pln("100.00"), pln("40.00"));
    assertThat(t.net()).isEqualTo(pln("60.00"));
    assertThat(t.plus(t)).isEqualTo(DebitCredit.of(pln("200.00"), pln("80.00")));
    assertThat(t.minus(t).isZero()).isTrue();
    assertThat(t.isBalanced()).isFalse();
    assertThat(DebitCredit.zero(Monies.EUR).currency()).isEqualTo(Monies.EUR);
    assertThatThrownBy(() -> DebitCredit.of(pln("1.00"), Monies.of("EUR", "1.00")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be in the debit's currency PLN");
  }

  @Test
  void periodsOfAFiscalYear() {
    FiscalYear july = FiscalYear.ofTwelveMonths(YearMonth.of(2024, Month.JULY));
    assertThat(ReportPeriod.monthsOf(july)).hasSize(12).first().extracting(ReportPeriod::label).isEqualTo("2024-07");
    assertThat(ReportPeriod.quartersOf(july)).extracting(ReportPeriod::label)
        .containsExactly("2024-07-01..2025-06-30-Q1", "2024-07-01..2025-06-30-Q2", "2024-07-01..2025-06-30-Q3",
            "2024-07-01..2025-06-30-Q4");
    assertThat(ReportPeriod.quartersOf(july).get(1).from()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(ReportPeriod.quartersOf(july).get(1).to()).isEqualTo(LocalDate.of(2024, 12, 31));
    // a shortened first year of four months has a short last quarter
    FiscalYear short4 = FiscalYear.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31));
    assertThat(ReportPeriod.quartersOf(short4)).extracting(ReportPeriod::to)
        .containsExactly(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 31));
    assertThat(ReportPeriod.yearOf(FiscalYear.calendar(2025)).label()).isEqualTo("2025");
  }

  @Test
  void labelsAndThePriorYear() {
    assertThat(ReportPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)).label()).isEqualTo("2025-02");
    assertThat(ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).label()).isEqualTo("2025");
    assertThat(ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)).label()).isEqualTo("2025-01-01..2025-03-31");
    // the month end maps onto the month end: February 2025 → February 2024 (29 days)
    ReportPeriod feb = ReportPeriod.month(YearMonth.of(2025, 2)).previousYear();
    assertThat(feb.to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(feb.label()).isEqualTo("2024-02");
    assertThat(ReportPeriod.month(YearMonth.of(2025, 2)).contains(LocalDate.of(2025, 2, 28))).isTrue();
    assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must not be before from 2025-02-01");
    assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 3), " "))
        .isInstanceOf(ValidationException.class).hasMessageContaining("label");
  }

  @Test
  void checksSayWhatTheyFound() {
    Check c = Check.of("x:PLN", false, "found", "znaleziono");
    assertThat(c.toString()).isEqualTo("FAILED x:PLN: found");
    assertThatThrownBy(() -> Check.of(" ", true, "a", "b")).isInstanceOf(ValidationException.class);
  }
}
