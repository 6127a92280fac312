package dev.backoffice.ledger;

import static dev.backoffice.ledger.Fixtures.d;
import static dev.backoffice.ledger.Fixtures.entry;
import static dev.backoffice.ledger.Fixtures.pln;
import static dev.backoffice.ledger.Fixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.ImmutablePostingOutcome;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingOutcome;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.IdempotencyConflictException;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.event.LedgerListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Ledger#postAll}: every entry posted or rejected on its own, in order, as {@code post} would. */
class LedgerBatchTest {
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final Ledger ledger = Fixtures.ledger(clock);

  @Test
  void eachEntryIsPostedOrRejectedOnItsOwnAndTheRejectedOneChangesNothing() {
    BatchResult r = ledger.postAll(List.of(
        simple("2025-01-02", "130", "800", "1000.00"),
        simple("2025-01-03", "999", "130", "50.00"), // no account 999
        simple("2025-01-04", "402", "130", "300.00")));

    assertThat(r.outcomes()).extracting(PostingOutcome::index).containsExactly(0, 1, 2);
    assertThat(r.outcomes()).extracting(PostingOutcome::isPosted).containsExactly(true, false, true);
    assertThat(r.allPosted()).isFalse();
    assertThat(r.rejected()).singleElement().satisfies(o -> assertThat(o.rejection().orElseThrow())
        .isInstanceOf(PostingRejectedException.class).hasMessageContaining("999"));
    // the rejected entry took no id and no journal position: the next posted one is E2, sequence 2
    assertThat(r.posted()).extracting(PostedEntry::id).containsExactly(EntryId.of("E1"), EntryId.of("E2"));
    assertThat(r.posted()).extracting(PostedEntry::sequence).containsExactly(1L, 2L);
    assertThat(ledger.journal().collect(Collectors.toList())).isEqualTo(r.posted());
    // 130: +1000.00 - 300.00 = 700.00; 800: -1000.00; 402: +300.00
    assertThat(ledger.balance("130", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("700.00"));
    assertThat(ledger.balance("800", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("-1000.00"));
    assertThat(ledger.balance("402", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("300.00"));
    assertThatThrownBy(() -> r.outcome(1).postedOrThrow()).isInstanceOf(PostingRejectedException.class);
    assertThat(r.outcome(2).postedOrThrow()).isEqualTo(r.posted().get(1));
  }

  @Test
  void aLaterEntryOfTheBatchSeesTheEarlierOnesBalances() {
    ledger.updateAccount(Account.builder().from(ledger.chart().require("100"))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());

    BatchResult r = ledger.postAll(List.of(
        simple("2025-01-02", "100", "800", "500.00"),
        simple("2025-01-03", "402", "100", "600.00"), // 600 > the 500 the first entry put in
        simple("2025-01-03", "402", "100", "500.00")));

    assertThat(r.outcomes()).extracting(PostingOutcome::isPosted).containsExactly(true, false, true);
    assertThat(r.outcome(1).rejection().orElseThrow()).isInstanceOfSatisfying(BalanceConstraintException.class, e -> {
      assertThat(e.available()).isEqualTo(pln("500.00"));
      assertThat(e.requested()).isEqualTo(pln("600.00"));
    });
    assertThat(ledger.balance("100", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("0.00"));
  }

  @Test
  void aRepeatedKeyInTheBatchGivesTheEarlierResultAndOtherContentUnderItIsAConflict() {
    JournalEntry pay = entry("2025-01-03").idempotencyKey(IdempotencyKey.of("pay-42"))
        .addLines(JournalLine.debit("402", pln("10.00")), JournalLine.credit("130", pln("10.00"))).build();
    JournalEntry other = entry("2025-01-03").idempotencyKey(IdempotencyKey.of("pay-42"))
        .addLines(JournalLine.debit("402", pln("11.00")), JournalLine.credit("130", pln("11.00"))).build();

    BatchResult r = ledger.postAll(List.of(pay, pay, other));

    assertThat(r.outcome(1).posted()).isEqualTo(r.outcome(0).posted());
    assertThat(r.outcome(2).rejection().orElseThrow()).isInstanceOf(IdempotencyConflictException.class);
    assertThat(ledger.postedCount()).isEqualTo(1);
    assertThat(ledger.balance("402", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("10.00"));
  }

  @Test
  void listenersHearOfEveryPostedEntryInOrderAfterTheBatch() {
    List<String> heard = new ArrayList<>();
    Ledger l = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock)
        .listener(new LedgerListener() {
          @Override
          public void onPosted(PostedEntry entry) {
            heard.add(entry.id().value());
          }
        }).build();

    l.postAll(List.of(simple("2025-01-02", "130", "800", "1.00"), simple("2025-01-02", "999", "800", "1.00"),
        simple("2025-01-02", "130", "800", "2.00")));

    assertThat(heard).containsExactly("E1", "E2");
  }

  @Test
  void aNullElementIsRefusedBeforeAnythingIsPosted() {
    List<JournalEntry> batch = Arrays.asList(simple("2025-01-02", "130", "800", "1.00"), null);

    assertThatThrownBy(() -> ledger.postAll(batch)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("entries[1]");
    assertThat(ledger.postedCount()).isZero();
  }

  @Test
  void anEmptyBatchPostsNothing() {
    assertThat(ledger.postAll(List.of()).outcomes()).isEmpty();
    assertThat(ledger.postedCount()).isZero();
  }

  @Test
  void anOutcomeIsEitherPostedOrRejectedNeverBothOrNeither() {
    PostedEntry p = ledger.post(simple("2025-01-02", "130", "800", "1.00"));
    PostingRejectedException no = new PostingRejectedException("entry E2", "999", "account does not exist");

    assertThatThrownBy(() -> ImmutablePostingOutcome.of(0, Optional.of(p), Optional.of(no)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("posting outcome #0")
        .hasMessageContaining("both").hasMessageContaining("exactly one must be present");
    assertThatThrownBy(() -> ImmutablePostingOutcome.of(3, Optional.empty(), Optional.empty()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("posting outcome #3")
        .hasMessageContaining("neither");
    assertThatThrownBy(() -> PostingOutcome.posted(-1, p)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("index").hasMessageContaining("must not be negative");
  }

  @Test
  void outcomesMustSitAtTheirOwnPosition() {
    PostedEntry p = ledger.post(simple("2025-01-02", "130", "800", "1.00"));

    assertThatThrownBy(() -> BatchResult.of(List.of(PostingOutcome.posted(1, p))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("outcomes[0].index");
  }
}
