package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.StatementDefinition;
import dev.backoffice.reporting.statement.StatementKind;
import dev.backoffice.reporting.statement.StatementLayout;
import dev.backoffice.reporting.statement.StatementMapping;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cash-flow statement of {@link VatFixture} (February 2026) by hand, both methods, and its checks.
 */
class CashFlowTest {
  private static final ReportPeriod FEBRUARY = ReportPeriod.of(VatFixture.FROM, VatFixture.TO);

  private static String amount(FinancialStatement s, String line) {
    return s.line(line).amount(0).getAmount().toPlainString();
  }

  @Test
  void directMethodByHand() {
    // The only entry of February that moves cash is WB/1/2026: 202 Dr 2,000 / 130 Cr 2,000 → A.II.1 supplies 2,000
    FinancialStatement s = Reports.of(VatFixture.ledger()).cashFlowStatement(StatementKind.CASH_FLOW_DIRECT,
        List.of(FEBRUARY));

    assertThat(amount(s, "A.II.1")).isEqualTo("2000.00");
    assertThat(amount(s, "A.III")).isEqualTo("-2000.00");
    assertThat(amount(s, "D")).isEqualTo("-2000.00");
    assertThat(amount(s, "E")).isEqualTo("-2000.00");
    assertThat(amount(s, "F")).isEqualTo("0.00");
    assertThat(amount(s, "G")).isEqualTo("-2000.00");
    assertThat(s.checks()).allMatch(Check::passed);
    assertThat(s.kind()).isEqualTo(StatementKind.CASH_FLOW_DIRECT);
  }

  @Test
  void indirectMethodByHand() {
    // February: revenue 700 = 10,000 + 1,000 + 500 + 200 + 4,000 + 3,000 + 1,500 + 600 − 1,000 = 19,800; costs 401
    // 800 + 300.40, 402 2,000 → net result 19,800 − 3,100.40 = 16,699.60.
    // Receivables: 201 +12,300 + 1,805 + 4,000 + 3,000 + 1,500 + 600 − 1,230 = +21,975; 222 +1,818.03 → −23,793.03.
    // Liabilities: 202 984 + 6,150 + 2,000 + 324.43 − 2,000 paid = +7,458.43; 221 +2,635 → +10,093.43.
    // Investing: 010 +5,000 (the computer) → B.II.1 5,000.
    // A.III = 16,699.60 − 23,793.03 + 10,093.43 = 3,000.00; B.III = −5,000; D = −2,000 = E (WB/1 paid 2,000).
    FinancialStatement s = Reports.of(VatFixture.ledger()).cashFlowStatement(StatementKind.CASH_FLOW_INDIRECT,
        List.of(FEBRUARY));

    assertThat(amount(s, "A.I")).isEqualTo("16699.60");
    assertThat(amount(s, "A.II.7")).isEqualTo("-23793.03");
    assertThat(amount(s, "A.II.8")).isEqualTo("10093.43");
    assertThat(amount(s, "A.III")).isEqualTo("3000.00");
    assertThat(amount(s, "B.II.1")).isEqualTo("5000.00");
    assertThat(amount(s, "B.III")).isEqualTo("-5000.00");
    assertThat(amount(s, "D")).isEqualTo("-2000.00");
    assertThat(amount(s, "E")).isEqualTo("-2000.00");
    assertThat(s.checks()).allMatch(Check::passed);
  }

  @Test
  void anUnmappedAccountBreaksTheCashCheckAndSaysWhich() {
    // a mapping without the receivables: D misses 201's movement, and both checks fail
    StatementMapping partial = StatementMapping.parse(StatementMapping.polishCashFlowIndirect().rules().stream()
        .filter(r -> !r.prefix().equals("201")).map(r -> r.prefix() + " " + r.side().name().toLowerCase(java.util.Locale.ROOT)
            + " " + r.line() + " " + r.measure().name().toLowerCase(java.util.Locale.ROOT))
        .reduce("", (a, b) -> a + b + "\n"));
    Reports reports = Reports.builder(VatFixture.ledger())
        .cashFlowStatement(StatementDefinition.of(StatementLayout.polishCashFlowIndirect(), partial)).build();

    FinancialStatement s = reports.cashFlowStatement(StatementKind.CASH_FLOW_INDIRECT, List.of(FEBRUARY));

    assertThat(s.checks()).filteredOn(c -> !c.passed()).extracting(Check::english).anyMatch(e -> e.contains("≠"))
        .anyMatch(e -> e.contains("201 movement 21975.00"));
    assertThatThrownBy(() -> reports.cashFlowStatement(StatementKind.BALANCE_SHEET, List.of(FEBRUARY)))
        .isInstanceOf(ValidationException.class);
  }
}
