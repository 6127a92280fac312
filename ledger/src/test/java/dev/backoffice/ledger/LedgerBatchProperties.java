package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostingOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * {@link Ledger#postAll} ends exactly where posting the same entries one by one with {@link Ledger#post}
 * ends: the same outcome (entry or rejection) for every entry, the same journal, the same balances, which
 * sum to zero. Batches mix valid entries with ones that must be rejected (an unknown account, a cash account
 * that must not go into credit, a reused idempotency key with other content).
 */
class LedgerBatchProperties {
  private static final List<String> ACCOUNTS = List.of("100", "130", "402", "700", "800", "999");

  @Property(tries = 300)
  void postAllEndsWhereOneByOnePostingEnds(@ForAll("batches") List<JournalEntry> batch) {
    Ledger oneByOne = ledger();
    Ledger batched = ledger();
    List<String> expected = new ArrayList<>();
    for (JournalEntry e : batch) {
      try {
        expected.add("posted " + oneByOne.post(e));
      } catch (BackOfficeException x) {
        expected.add(x.getClass().getSimpleName() + ": " + x.getMessage());
      }
    }

    BatchResult result = batched.postAll(batch);

    assertThat(result.outcomes().stream().map(LedgerBatchProperties::describe).collect(Collectors.toList()))
        .isEqualTo(expected);
    assertThat(batched.journal().collect(Collectors.toList()))
        .isEqualTo(oneByOne.journal().collect(Collectors.toList()));
    assertThat(batched.accountBalances(null, null)).isEqualTo(oneByOne.accountBalances(null, null));
    long total = 0;
    for (String code : ACCOUNTS) {
      if (batched.chart().contains(code)) {
        total += batched.balance(code, Monies.PLN, LocalDate.of(2025, 12, 31)).getAmountMinorLong();
      }
    }
    assertThat(total).isZero();
  }

  private static String describe(PostingOutcome o) {
    return o.posted().map(p -> "posted " + p)
        .orElseGet(() -> o.rejection().map(x -> x.getClass().getSimpleName() + ": " + x.getMessage()).orElseThrow());
  }

  private Ledger ledger() {
    Ledger l = Fixtures.ledger(new MutableClock(Fixtures.T0));
    l.updateAccount(Account.builder().from(l.chart().require("100"))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());
    return l;
  }

  @Provide
  Arbitrary<List<JournalEntry>> batches() {
    Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
    Arbitrary<Long> minor = Arbitraries.longs().between(1, 100_000);
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
    Arbitrary<String> key = Arbitraries.of("", "", "", "k1", "k2");
    Arbitrary<JournalEntry> entry = Combinators.combine(account, account, minor, day, key).as((dr, cr, m, dd, k) -> {
      Money amount = Money.ofMinor(Monies.PLN, m);
      ImmutableJournalEntry.Builder b = JournalEntry.builder().date(LocalDate.of(2025, 1, dd)).description("batch")
          .addLines(JournalLine.debit(dr, amount), JournalLine.credit(cr, amount));
      if (!k.isEmpty()) {
        b.idempotencyKey(IdempotencyKey.of(k));
      }
      return b.build();
    });
    return entry.list().ofMinSize(0).ofMaxSize(40);
  }
}
