package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.trialbalance.AccountLevel;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import dev.backoffice.reporting.trialbalance.TrialBalanceTotal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/** The trial balance's invariants on any generated ledger. */
class TrialBalanceProperties {

  @Provide
  Arbitrary<List<GeneratedLedgers.Spec>> ledgers() {
    return GeneratedLedgers.ledgers(true);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-30, 760).map(GeneratedLedgers.FIRST::plusDays);
  }

  /** In every currency debits equal credits, and the turnover equals the journal's total, for any period. */
  @Property(tries = 150)
  void debitsEqualCreditsAndTurnoverEqualsTheJournal(@ForAll("ledgers") List<GeneratedLedgers.Spec> specs,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    Ledger ledger = GeneratedLedgers.build(specs);
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    TrialBalance tb = Reports.of(ledger).trialBalance(from, to);
    assertThat(tb.balanced()).isTrue();
    assertThat(tb.allChecksPassed()).as(tb.checks().toString()).isTrue();
    for (TrialBalanceTotal t : tb.totals()) {
      assertThat(t.journal()).contains(t.turnover());
      // the totals are the sums of the rows
      DebitCredit closing = DebitCredit.zero(t.currency());
      DebitCredit turnover = DebitCredit.zero(t.currency());
      for (TrialBalanceRow r : tb.rows()) {
        if (r.currency().equals(t.currency())) {
          closing = closing.plus(r.closing());
          turnover = turnover.plus(r.turnover());
        }
      }
      assertThat(closing).isEqualTo(t.closing());
      assertThat(turnover).isEqualTo(t.turnover());
    }
  }

  /** The journal total computed independently from the specs equals the trial balance's turnover. */
  @Property(tries = 100)
  void turnoverEqualsTheSumOfTheGeneratedAmounts(@ForAll("ledgers") List<GeneratedLedgers.Spec> specs) {
    Ledger ledger = GeneratedLedgers.build(specs);
    TrialBalance tb = Reports.of(ledger).trialBalance(null, null);
    for (TrialBalanceTotal t : tb.totals()) {
      Money expected = Money.zero(t.currency());
      for (GeneratedLedgers.Spec s : specs) {
        if (s.currency().equals(t.currency())) {
          for (GeneratedLedgers.Pair p : s.pairs()) {
            expected = expected.plus(p.amount());
          }
        }
      }
      assertThat(t.turnover().debit()).isEqualTo(expected);
      assertThat(t.turnover().credit()).isEqualTo(expected);
      assertThat(t.closing().isBalanced()).isTrue();
    }
  }

  /** Every account level has the same totals, and the synthetic rows sum to them. */
  @Property(tries = 60)
  void levelsAgree(@ForAll("ledgers") List<GeneratedLedgers.Spec> specs, @ForAll("days") LocalDate to) {
    Reports reports = Reports.of(GeneratedLedgers.build(specs));
    TrialBalance posting = reports.trialBalance(TrialBalanceQuery.asOf(to));
    TrialBalance synthetic = reports.trialBalance(TrialBalanceQuery.builder().to(to).level(AccountLevel.SYNTHETIC).build());
    TrialBalance tree = reports.trialBalance(TrialBalanceQuery.builder().to(to).level(AccountLevel.HIERARCHY).build());
    assertThat(synthetic.totals()).isEqualTo(posting.totals());
    assertThat(tree.totals()).isEqualTo(posting.totals());
    for (TrialBalanceTotal t : posting.totals()) {
      DebitCredit sum = DebitCredit.zero(t.currency());
      for (TrialBalanceRow r : synthetic.rows()) {
        if (r.currency().equals(t.currency())) {
          sum = sum.plus(r.turnover());
        }
      }
      assertThat(sum).isEqualTo(t.turnover());
    }
  }
}
