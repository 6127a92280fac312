package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.StatementKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cash-flow statement's own check on generated ledgers: net cash flows (D) equal the change in cash (E). */
class CashFlowProperties {
  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 729).map(GeneratedLedgers.FIRST::plusDays);
  }

  /** Both methods: D = E and every account mapped, for any generated ledger and period. */
  @Property(tries = 60)
  void netCashFlowsEqualTheChangeInCash(@ForAll("ledgers") List<GeneratedLedgers.Spec> specs,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    Ledger ledger = GeneratedLedgers.build(specs);
    ReportPeriod period = ReportPeriod.of(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a);
    for (StatementKind kind : List.of(StatementKind.CASH_FLOW_INDIRECT, StatementKind.CASH_FLOW_DIRECT)) {
      FinancialStatement s = Reports.of(ledger).cashFlowStatement(kind, List.of(period));
      assertThat(s.checks()).as(kind + " " + s.checks()).allMatch(Check::passed);
      // E is the cash accounts' movement read from the ledger: 100 and 130 (the template's cash accounts)
      org.joda.money.Money cash = org.joda.money.Money.zero(Monies.PLN);
      for (String acc : List.of("100", "130")) {
        cash = cash.plus(ledger.balance(acc, Monies.PLN, period.to())
            .minus(ledger.balance(acc, Monies.PLN, period.from().minusDays(1))));
      }
      assertThat(s.line("E").amount(0)).isEqualTo(cash);
      assertThat(s.line("D").amount(0)).isEqualTo(cash);
    }
  }

  @Provide
  Arbitrary<List<GeneratedLedgers.Spec>> ledgers() {
    return GeneratedLedgers.ledgers(false);
  }
}
