package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.trialbalance.CurrencyAmounts;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import dev.backoffice.reporting.trialbalance.TrialBalanceTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * The base-currency trial balance on generated ledgers where euro lines carry their PLN value (a cost at a
 * random rate) against PLN lines: one PLN total in which debits equal credits in every column, each row's
 * closing balance the sum of its lines' PLN values computed here from the generated figures, and the euro
 * memo equal to the per-currency view's euro row.
 */
class BaseCurrencyTrialBalanceProperties {
  private static final List<String> ACCOUNTS = List.of("010", "130", "201", "202", "700", "750", "751");

  /** One entry: a euro line on one account priced in PLN, against a PLN line for the same value. */
  record Priced(LocalDate date, String euroAccount, Side euroSide, String plnAccount, BigDecimal euros, BigDecimal rate) {
    Money cost() {
      return Money.of(Monies.PLN, euros.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }
  }

  @Provide
  Arbitrary<List<Priced>> entries() {
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 729).map(GeneratedLedgers.FIRST::plusDays);
    Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
    Arbitrary<BigDecimal> euros = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000.00"))
        .ofScale(2);
    Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(new BigDecimal("3.5000"), new BigDecimal("5.0000"))
        .ofScale(4);
    return Combinators.combine(date, account, Arbitraries.of(Side.class), account, euros, rate).as(Priced::new)
        .list().ofMinSize(1).ofMaxSize(30);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-30, 760).map(GeneratedLedgers.FIRST::plusDays);
  }

  @Property(tries = 120)
  void debitsEqualCreditsInPlnAndEveryRowIsItsLinesPlnValue(@ForAll("entries") List<Priced> entries,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC)).build();
    Map<String, Money> closing = new HashMap<>();
    Map<String, Money> euroClosing = new HashMap<>();
    for (Priced p : entries) {
      ledger.post(JournalEntry.builder().date(p.date()).description("priced")
          .addLines(JournalLine.builder().account(p.euroAccount()).side(p.euroSide())
              .amount(Money.of(Monies.EUR, p.euros())).cost(p.cost()).rate(p.rate()).build())
          .addLines(JournalLine.of(p.plnAccount(), p.euroSide().opposite(), p.cost()))
          .build());
      if (!p.date().isAfter(to)) {
        Money signed = p.euroSide() == Side.DEBIT ? p.cost() : p.cost().negated();
        closing.merge(p.euroAccount(), signed, Money::plus);
        closing.merge(p.plnAccount(), signed.negated(), Money::plus);
        Money euro = Money.of(Monies.EUR, p.euroSide() == Side.DEBIT ? p.euros() : p.euros().negate());
        euroClosing.merge(p.euroAccount(), euro, Money::plus);
      }
    }
    Reports reports = Reports.of(ledger);
    TrialBalance tb = reports.trialBalance(from, to);
    TrialBalance byCurrency = reports.trialBalance(TrialBalanceQuery.builder().from(from).to(to).byCurrency(true).build());

    assertThat(tb.byCurrency()).isFalse();
    assertThat(tb.totals()).extracting(TrialBalanceTotal::currency).allMatch(Monies.PLN::equals);
    assertThat(tb.balanced()).isTrue();
    assertThat(tb.allChecksPassed()).as(tb.checks().toString()).isTrue();
    for (TrialBalanceRow r : tb.rows()) {
      assertThat(r.currency()).isEqualTo(Monies.PLN);
      assertThat(r.closing().net()).as(r.account()).isEqualTo(closing.getOrDefault(r.account(), Money.zero(Monies.PLN)));
      Money euros = euroClosing.get(r.account());
      if (euros == null) {
        assertThat(r.currencyAmounts()).isEmpty();
      } else {
        CurrencyAmounts memo = r.currencyAmounts().get(0);
        assertThat(memo.closing().net()).isEqualTo(euros);
        TrialBalanceRow euroRow = byCurrency.rows(r.account()).stream()
            .filter(x -> x.currency().equals(Monies.EUR)).findFirst().orElseThrow();
        assertThat(List.of(memo.opening(), memo.turnover(), memo.cumulativeTurnover(), memo.closing()))
            .isEqualTo(List.of(euroRow.opening(), euroRow.turnover(), euroRow.cumulativeTurnover(), euroRow.closing()));
      }
    }
    for (TrialBalanceTotal t : tb.totals()) {
      assertThat(t.journal()).contains(t.turnover());
      DebitCredit sum = DebitCredit.zero(Monies.PLN);
      for (TrialBalanceRow r : tb.rows()) {
        sum = sum.plus(r.turnover());
      }
      assertThat(sum).isEqualTo(t.turnover());
    }
  }
}
