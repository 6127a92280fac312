package dev.backoffice.ledger.budget;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.event.LedgerListener;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReference;
import org.joda.money.Money;

/** A ledger on the Polish chart with a bound budget control, and helpers to build budgets and entries. */
final class BudgetFixture {
  static final FiscalYear FY2025 = FiscalYear.calendar(2025);
  static final FiscalYear FY2026 = FiscalYear.calendar(2026);
  static final Dimensions MPK01 = Dimensions.of(Dimension.COST_CENTRE, "MPK-01");
  static final Dimensions MPK02 = Dimensions.of(Dimension.COST_CENTRE, "MPK-02");
  static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");

  final MutableClock clock = new MutableClock(NOW);
  final BudgetControl budgets;
  final Ledger ledger;

  BudgetFixture() {
    this(null);
  }

  BudgetFixture(LedgerListener listener) {
    budgets = BudgetControl.create();
    Ledger.Builder b = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).guard(budgets.guard());
    if (listener != null) {
      b.listener(listener);
    }
    ledger = b.build();
    budgets.bind(ledger);
  }

  static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  static AccountingPeriod month(int m) {
    return AccountingPeriod.ofMonth(YearMonth.of(2025, m));
  }

  static LocalDate day(int m, int d) {
    return LocalDate.of(2025, m, d);
  }

  /** A budget of 2025 with one line "402/MPK-01" on 402 × MPK-01 of 12,000.00 (1,000.00 a month). */
  static Budget opex(BudgetVersion version, ControlRule... rules) {
    return Budget.builder().id("OPEX-2025").name("OPEX").fiscalYear(FY2025).version(version).addRules(rules)
        .addLines(BudgetLine.of("402/MPK-01", AccountSelector.account("402"), MPK01, pln("12000.00"), Phasing.equal(),
            FY2025))
        .build();
  }

  /** A cost booked against a supplier: Dr account (with tags) / Cr 202. */
  static JournalEntry expense(LocalDate date, String account, Dimensions tags, Money amount) {
    return JournalEntry.builder().date(date).description("koszt " + account)
        .addLines(JournalLine.builder().account(account).side(dev.backoffice.ledger.entry.Side.DEBIT).amount(amount)
                .dimensions(tags).build(),
            JournalLine.credit("202", amount))
        .build();
  }

  static JournalEntry expense(LocalDate date, Money amount) {
    return expense(date, "402", MPK01, amount);
  }

  /** A clock the test can move. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advanceTo(Instant instant) {
      now.set(instant);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
