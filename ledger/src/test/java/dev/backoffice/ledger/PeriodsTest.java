package dev.backoffice.ledger;

import static dev.backoffice.ledger.Fixtures.d;
import static dev.backoffice.ledger.Fixtures.entry;
import static dev.backoffice.ledger.Fixtures.pln;
import static dev.backoffice.ledger.Fixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.PeriodClosedException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.query.AccountBalance;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Period states, and the year-end close with its carry-forward. */
class PeriodsTest {
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final Ledger ledger = Fixtures.ledger(clock);
  private final AccountingPeriod jan = AccountingPeriod.ofMonth(YearMonth.of(2025, 1));

  @Test
  void closedPeriodAcceptsNothing() {
    ledger.closePeriod(jan);
    assertThatThrownBy(() -> ledger.post(simple("2025-01-31", "130", "800", "1.00")))
        .isInstanceOfSatisfying(PeriodClosedException.class, e -> {
          assertThat(e.periodId()).isEqualTo("2025-01");
          assertThat(e.periodState()).isEqualTo("CLOSED");
          assertThat(e.date()).isEqualTo(d("2025-01-31"));
        })
        .hasMessage("entry E1: date 2025-01-31 falls in period 2025-01 which is CLOSED");
    assertThatThrownBy(() -> ledger.post(entry("2025-01-15").adjusting(true)
        .addLines(JournalLine.debit("130", pln("1.00")), JournalLine.credit("800", pln("1.00"))).build()))
        .isInstanceOf(PeriodClosedException.class);
    ledger.post(simple("2025-02-01", "130", "800", "1.00"));
    assertThat(ledger.postedCount()).isEqualTo(1);
  }

  @Test
  void softClosedPeriodAcceptsOnlyAdjustingEntries() {
    ledger.softClosePeriod(jan);
    assertThatThrownBy(() -> ledger.post(simple("2025-01-31", "130", "800", "1.00")))
        .isInstanceOf(PeriodClosedException.class).hasMessageContaining("SOFT_CLOSED (only adjusting entries)");
    PostedEntry adj = ledger.post(entry("2025-01-31").adjusting(true)
        .addLines(JournalLine.debit("130", pln("1.00")), JournalLine.credit("800", pln("1.00"))).build());
    assertThat(adj.entry().adjusting()).isTrue();
  }

  @Test
  void reopeningNeedsAReasonAndIsAudited() {
    ledger.closePeriod(jan);
    assertThatThrownBy(() -> ledger.reopenPeriod(jan, " ")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
    clock.advance(Duration.ofDays(1));
    PeriodChange c = ledger.reopenPeriod(jan, "korekta faktury FV/7");

    assertThat(c.from()).isEqualTo(PeriodState.CLOSED);
    assertThat(c.to()).isEqualTo(PeriodState.OPEN);
    assertThat(c.reason()).contains("korekta faktury FV/7");
    assertThat(c.at()).isEqualTo(Fixtures.T0.plus(Duration.ofDays(1)));
    assertThat(ledger.periodHistory()).extracting(PeriodChange::to).containsExactly(PeriodState.CLOSED, PeriodState.OPEN);
    ledger.post(simple("2025-01-31", "130", "800", "1.00"));
  }

  @Test
  void invalidTransitionsAreConflicts() {
    assertThatThrownBy(() -> ledger.reopenPeriod(jan, "why")).isInstanceOf(ConflictException.class)
        .hasMessage("period 2025-01: is already OPEN");
    ledger.closePeriod(jan);
    assertThatThrownBy(() -> ledger.softClosePeriod(jan)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("reopen it before soft-closing");
  }

  @Test
  void aPeriodMustBeOneOfTheCalendar() {
    assertThatThrownBy(() -> ledger.closePeriod(AccountingPeriod.of(d("2025-01-01"), d("2025-03-31"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be a period of the fiscal calendar");
  }

  @Test
  void aPeriodWithAnOpenReservationCannotBeClosed() {
    PostedEntry r = ledger.reserve(simple("2025-01-20", "402", "130", "1.00"), Fixtures.T0.plus(Duration.ofDays(1)));
    assertThatThrownBy(() -> ledger.closePeriod(jan)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("has an open reservation, entry " + r.id());
  }

  /**
   * 2025: capital 20,000 into the bank; sales 10,000 (Dr 130 / Cr 700); services 4,000 (Dr 402 / Cr 130);
   * income tax 1,140 (Dr 870 / Cr 225). Result = 10,000 − 4,000 − 1,140 = 4,860 profit (credit on 860).
   * Bank = 20,000 + 10,000 − 4,000 = 26,000.
   */
  @Test
  void yearEndCloseMovesResultAccountsTo860AndCarriesBalancesForward() {
    ledger.post(simple("2025-01-02", "130", "800", "20000.00"));
    ledger.post(simple("2025-03-10", "130", "700", "10000.00"));
    ledger.post(simple("2025-06-10", "402", "130", "4000.00"));
    ledger.post(simple("2025-12-31", "870", "225", "1140.00"));

    YearEndClose close = ledger.closeYear(FiscalYear.calendar(2025));

    PostedEntry closing = close.closingEntry().orElseThrow();
    assertThat(closing.date()).isEqualTo(d("2025-12-31"));
    assertThat(closing.entry().adjusting()).isTrue();
    assertThat(closing.lines()).extracting(l -> l.account() + " " + l.side() + " " + l.amount().getAmount())
        .containsExactlyInAnyOrder("402 CREDIT 4000.00", "700 DEBIT 10000.00", "870 CREDIT 1140.00",
            "860 DEBIT 5140.00", "860 CREDIT 10000.00");
    for (String result : new String[] {"402", "700", "870"}) {
      assertThat(ledger.balance(result, Monies.PLN, d("2025-12-31"))).isEqualTo(pln("0.00"));
    }
    assertThat(ledger.balance("860", Monies.PLN, d("2025-12-31"))).isEqualTo(pln("-4860.00"));
    assertThat(FiscalYear.calendar(2025).periods()).allMatch(p -> ledger.periodState(p) == PeriodState.CLOSED);

    Map<String, String> opening = close.openingBalances().stream()
        .collect(Collectors.toMap(AccountBalance::account, r -> r.balance().net().getAmount().toPlainString()));
    assertThat(opening).containsExactlyInAnyOrderEntriesOf(Map.of(
        "130", "26000.00", "800", "-20000.00", "225", "-1140.00", "860", "-4860.00"));
    assertThat(close.openingBalances()).allMatch(
        r -> ledger.chart().require(r.account()).category() == AccountCategory.BALANCE_SHEET);
    // bilans otwarcia 2026 = bilans zamknięcia 2025
    assertThat(ledger.openingBalances(FiscalYear.calendar(2026))).isEqualTo(close.openingBalances());
    assertThatThrownBy(() -> ledger.post(simple("2025-12-31", "130", "800", "1.00"))).isInstanceOf(PeriodClosedException.class);
    assertThatThrownBy(() -> ledger.closeYear(FiscalYear.calendar(2025))).isInstanceOf(ConflictException.class)
        .hasMessage("fiscal year 2025: is already closed");
    assertThat(close.closingEntry().get().lines().stream().filter(l -> l.side() == Side.DEBIT)
        .map(JournalLine::amount).reduce(pln("0.00"), (a, b) -> a.plus(b))).isEqualTo(pln("15140.00"));
  }
}
