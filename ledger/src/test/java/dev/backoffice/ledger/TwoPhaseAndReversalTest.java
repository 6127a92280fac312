package dev.backoffice.ledger;

import static dev.backoffice.ledger.Fixtures.d;
import static dev.backoffice.ledger.Fixtures.entry;
import static dev.backoffice.ledger.Fixtures.eur;
import static dev.backoffice.ledger.Fixtures.pln;
import static dev.backoffice.ledger.Fixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.EntryQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two-phase postings (reserve, commit, void, expire) and reversals (red and black storno). */
class TwoPhaseAndReversalTest {
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final Ledger ledger = Fixtures.ledger(clock);
  private final Instant inAnHour = Fixtures.T0.plus(Duration.ofHours(1));

  @BeforeEach
  void cashWithLimit() {
    ledger.updateAccount(Account.builder().from(ledger.chart().require("100"))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());
    ledger.post(simple("2025-01-02", "100", "800", "500.00"));
  }

  private Balance cash() {
    return ledger.balances(BalanceQuery.of("100")).get(Monies.PLN);
  }

  @Test
  void reservationCountsAgainstTheConstraintButNotThePostedBalance() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "400.00"), inAnHour);

    assertThat(r.status()).isEqualTo(EntryStatus.PENDING);
    assertThat(r.sequence()).isZero();
    assertThat(cash().net()).isEqualTo(pln("500.00"));
    assertThat(cash().pendingCredit()).isEqualTo(pln("400.00"));
    assertThat(cash().available(Side.DEBIT)).isEqualTo(pln("100.00")); // 500 posted − 400 pending credit
    assertThat(ledger.pending()).containsExactly(r);
    assertThat(ledger.postedCount()).isEqualTo(1);
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "402", "100", "100.01")))
        .isInstanceOfSatisfying(BalanceConstraintException.class, e -> assertThat(e.available()).isEqualTo(pln("100.00")));
  }

  @Test
  void commitPostsTheReservationInFull() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "400.00"), inAnHour);
    clock.advance(Duration.ofMinutes(5));
    PostedEntry c = ledger.commit(r.id());

    assertThat(c.id()).isEqualTo(r.id());
    assertThat(c.status()).isEqualTo(EntryStatus.POSTED);
    assertThat(c.sequence()).isEqualTo(2);
    assertThat(c.recordedAt()).isEqualTo(Fixtures.T0.plus(Duration.ofMinutes(5)));
    assertThat(cash().net()).isEqualTo(pln("100.00"));
    assertThat(cash().pendingCredit()).isEqualTo(pln("0.00"));
    assertThat(ledger.pending()).isEmpty();
    assertThat(ledger.entry(r.id())).contains(c);
  }

  @Test
  void commitWithSmallerAmountsPostsThoseAndReleasesTheRest() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "400.00"), inAnHour);
    PostedEntry c = ledger.commit(r.id(), List.of(pln("250.00"), pln("250.00")));

    assertThat(c.lines()).extracting(JournalLine::amount).containsExactly(pln("250.00"), pln("250.00"));
    assertThat(cash().net()).isEqualTo(pln("250.00"));
    assertThat(cash().pendingCredit()).isEqualTo(pln("0.00"));
  }

  @Test
  void commitCannotExceedOrUnbalanceTheReservation() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "400.00"), inAnHour);
    assertThatThrownBy(() -> ledger.commit(r.id(), List.of(pln("401.00"), pln("401.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must not exceed the reserved amount PLN 400.00");
    assertThatThrownBy(() -> ledger.commit(r.id(), List.of(pln("300.00"), pln("200.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("debits must equal credits");
    assertThatThrownBy(() -> ledger.commit(r.id(), List.of(pln("300.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must give one amount for each of the 2 lines");
    assertThat(ledger.pending()).containsExactly(r);
  }

  @Test
  void voidReleasesTheReservation() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "400.00"), inAnHour);
    PostedEntry v = ledger.voidReservation(r.id());

    assertThat(v.status()).isEqualTo(EntryStatus.VOIDED);
    assertThat(cash().pendingCredit()).isEqualTo(pln("0.00"));
    assertThat(ledger.entries(EntryQuery.builder().status(EntryStatus.VOIDED).build()).items()).containsExactly(v);
    assertThatThrownBy(() -> ledger.commit(r.id())).isInstanceOf(ConflictException.class)
        .hasMessage("entry E2: is VOIDED, not a pending reservation");
  }

  @Test
  void reservationExpiresAtItsInstant() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "400.00"), inAnHour);
    clock.advance(Duration.ofMinutes(59));
    assertThat(ledger.expireReservations()).isZero();
    clock.advance(Duration.ofMinutes(1));

    assertThatThrownBy(() -> ledger.commit(r.id())).isInstanceOf(ConflictException.class).hasMessageContaining("is EXPIRED");
    assertThat(ledger.entry(r.id()).orElseThrow().status()).isEqualTo(EntryStatus.EXPIRED);
    assertThat(cash().pendingCredit()).isEqualTo(pln("0.00"));
    ledger.post(simple("2025-01-03", "402", "100", "500.00")); // the whole cash is available again
  }

  @Test
  void reservationMustExpireInTheFuture() {
    assertThatThrownBy(() -> ledger.reserve(simple("2025-01-03", "402", "100", "1.00"), Fixtures.T0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("expiresAt");
  }

  @Test
  void commitOfUnknownEntryIsNotFound() {
    assertThatThrownBy(() -> ledger.commit(EntryId.of("nope"))).isInstanceOf(NotFoundException.class)
        .hasMessage("entry 'nope' does not exist");
  }

  @Test
  void redReversalShrinksTurnoversBackToZero() {
    PostedEntry sale = ledger.post(simple("2025-01-05", "201", "700", "123.00"));
    PostedEntry storno = ledger.reverse(sale.id(), d("2025-01-20"), ReversalMode.RED);

    assertThat(storno.entry().reversalOf()).contains(sale.id());
    assertThat(storno.lines()).extracting(JournalLine::side).containsExactly(Side.DEBIT, Side.CREDIT);
    assertThat(storno.lines()).extracting(JournalLine::amount).containsExactly(pln("-123.00"), pln("-123.00"));
    Balance b = ledger.balances(BalanceQuery.of("201")).get(Monies.PLN);
    assertThat(b.debit()).isEqualTo(pln("0.00"));
    assertThat(b.credit()).isEqualTo(pln("0.00"));
    assertThat(ledger.reversedBy(sale.id())).contains(storno.id());
  }

  @Test
  void redReversalOfAForeignCurrencyLineNegatesItsAmountAndItsCost() {
    // EUR 100.00 bought for PLN 432.10 on the currency account, paid from the bank
    PostedEntry buy = ledger.post(entry("2025-01-05")
        .addLines(JournalLine.builder().account("140").side(Side.DEBIT).amount(eur("100.00")).cost(pln("432.10")).build(),
            JournalLine.credit("130", pln("432.10")))
        .build());
    PostedEntry storno = ledger.reverse(buy.id(), d("2025-01-20"), ReversalMode.RED);

    assertThat(storno.lines().get(0).amount()).isEqualTo(eur("-100.00"));
    assertThat(storno.lines().get(0).cost()).contains(pln("-432.10"));
    Balance b = ledger.balances(BalanceQuery.of("140")).get(Monies.EUR);
    assertThat(b.debit()).isEqualTo(eur("0.00"));
    assertThat(b.baseValue()).isEqualTo(pln("0.00"));
  }

  @Test
  void blackReversalPostsOppositeSidesAndBothTurnoversGrow() {
    PostedEntry sale = ledger.post(simple("2025-01-05", "201", "700", "123.00"));
    ledger.reverse(sale.id(), d("2025-01-20"), ReversalMode.BLACK);

    Balance b = ledger.balances(BalanceQuery.of("201")).get(Monies.PLN);
    assertThat(b.debit()).isEqualTo(pln("123.00"));
    assertThat(b.credit()).isEqualTo(pln("123.00"));
    assertThat(b.net()).isEqualTo(pln("0.00"));
  }

  @Test
  void aReversalKeepsTheEntrysTagsDocumentAndLineTags() {
    // the counterparty and document tags are what settlements match an entry by: a storno must carry them
    dev.backoffice.ledger.entry.Tags tags = dev.backoffice.ledger.entry.Tags.of("partner", "ACME")
        .with("doc", "FV/1/2025");
    PostedEntry sale = ledger.post(dev.backoffice.ledger.entry.JournalEntry.builder().from(simple("2025-01-05", "201",
        "700", "123.00")).tags(tags).build());
    PostedEntry red = ledger.reverse(sale.id(), d("2025-01-20"), ReversalMode.RED);

    assertThat(red.entry().tags()).isEqualTo(tags);
    assertThat(red.entry().description()).isEqualTo("Storno: " + sale.entry().description());
    assertThat(red.lines()).extracting(JournalLine::tags).isEqualTo(sale.lines().stream().map(JournalLine::tags).toList());
  }

  @Test
  void anEntryIsReversedAtMostOnce() {
    PostedEntry sale = ledger.post(simple("2025-01-05", "201", "700", "123.00"));
    PostedEntry storno = ledger.reverse(sale.id(), d("2025-01-20"), ReversalMode.RED);
    assertThatThrownBy(() -> ledger.reverse(sale.id(), d("2025-01-21"), ReversalMode.BLACK))
        .isInstanceOf(ConflictException.class)
        .hasMessage("entry " + sale.id() + ": is already reversed by entry " + storno.id());
    assertThat(ledger.postedCount()).isEqualTo(3);
  }

  @Test
  void aHandWrittenReversalIsCheckedLikeReverse() {
    PostedEntry sale = ledger.post(simple("2025-01-05", "201", "700", "123.00"));
    dev.backoffice.ledger.entry.JournalEntry manual = dev.backoffice.ledger.entry.JournalEntry.builder()
        .date(d("2025-01-20")).reversalOf(sale.id())
        .addLines(JournalLine.credit("201", pln("123.00")), JournalLine.debit("700", pln("123.00"))).build();
    ledger.post(manual);
    assertThatThrownBy(() -> ledger.post(dev.backoffice.ledger.entry.JournalEntry.builder().from(manual).description("again").build()))
        .isInstanceOf(ConflictException.class).hasMessage("entry E2: is already reversed by entry E3");
    assertThatThrownBy(() -> ledger.post(dev.backoffice.ledger.entry.JournalEntry.builder().from(manual)
            .reversalOf(EntryId.of("E99")).build()))
        .isInstanceOf(NotFoundException.class).hasMessage("entry 'E99' does not exist");
    assertThat(ledger.postedCount()).isEqualTo(3);
  }

  @Test
  void aPendingEntryCannotBeReversed() {
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "100", "1.00"), inAnHour);
    assertThatThrownBy(() -> ledger.reverse(r.id(), d("2025-01-21"), ReversalMode.RED))
        .isInstanceOf(ConflictException.class).hasMessageContaining("void the reservation instead");
  }
}
