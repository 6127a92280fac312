package dev.backoffice.ledger;

import static dev.backoffice.ledger.Fixtures.d;
import static dev.backoffice.ledger.Fixtures.entry;
import static dev.backoffice.ledger.Fixtures.eur;
import static dev.backoffice.ledger.Fixtures.pln;
import static dev.backoffice.ledger.Fixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.IdempotencyConflictException;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Posting, balances and every rejection of {@link Ledger#post}, with hand-computed figures. */
class LedgerPostingTest {
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final Ledger ledger = Fixtures.ledger(clock);

  private JournalEntry sale() {
    return entry("2025-01-03")
        .document(DocumentRef.of("FV", "FV/1/2025", d("2025-01-03")))
        .description("Sprzedaż usług")
        .addLines(JournalLine.debit("201", pln("12300.00")), JournalLine.credit("700", pln("10000.00")),
            JournalLine.credit("221", pln("2300.00")))
        .build();
  }

  @Test
  void postedEntryMovesBalancesAndGetsIdSequenceAndBookingInstant() {
    PostedEntry p = ledger.post(sale());

    assertThat(p.id()).isEqualTo(EntryId.of("E1"));
    assertThat(p.sequence()).isEqualTo(1);
    assertThat(p.recordedAt()).isEqualTo(Fixtures.T0);
    assertThat(p.status()).isEqualTo(EntryStatus.POSTED);
    assertThat(ledger.balance("201", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("12300.00"));
    assertThat(ledger.balance("700", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("-10000.00"));
    assertThat(ledger.balance("221", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("-2300.00"));
    assertThat(ledger.postedCount()).isEqualTo(1);
    assertThat(ledger.journal()).containsExactly(p);
  }

  @Test
  void balanceAsOfADateCountsOnlyEntriesDatedUpToIt() {
    ledger.post(simple("2025-01-10", "130", "800", "1000.00"));
    ledger.post(simple("2025-01-20", "130", "800", "250.00"));
    ledger.post(simple("2025-01-05", "402", "130", "100.00")); // posted later, dated earlier

    assertThat(ledger.balance("130", Monies.PLN, d("2025-01-04"))).isEqualTo(pln("0.00"));
    assertThat(ledger.balance("130", Monies.PLN, d("2025-01-10"))).isEqualTo(pln("900.00")); // -100 + 1000
    assertThat(ledger.balance("130", Monies.PLN, d("2025-12-31"))).isEqualTo(pln("1150.00"));
    Balance jan = ledger.balances(BalanceQuery.builder().account("130").from(d("2025-01-06")).to(d("2025-01-31")).build())
        .get(Monies.PLN);
    assertThat(jan.debit()).isEqualTo(pln("1250.00"));
    assertThat(jan.credit()).isEqualTo(pln("0.00"));
  }

  @Test
  void balanceWithChildrenRollsUpAnalyticAccounts() {
    ledger.openAccount(Account.builder().code("130-01").name("PKO").type(AccountType.ASSET).parent("130").build());
    ledger.openAccount(Account.builder().code("130-02").name("mBank").type(AccountType.ASSET).parent("130").build());
    ledger.post(simple("2025-01-10", "130-01", "800", "700.00"));
    ledger.post(simple("2025-01-11", "130-02", "800", "300.00"));

    Map<CurrencyUnit, Balance> rolled = ledger.balances(BalanceQuery.builder().account("130").includeChildren(true).build());
    assertThat(rolled.get(Monies.PLN).net()).isEqualTo(pln("1000.00"));
    assertThat(ledger.balances(BalanceQuery.of("130"))).isEmpty();
  }

  @Test
  void dimensionFilterCountsOnlyTaggedLines() {
    Dimensions mpk1 = Dimensions.of(Dimension.COST_CENTRE, "MPK-1");
    Dimensions mpk2 = Dimensions.of(Dimension.COST_CENTRE, "MPK-2");
    ledger.post(entry("2025-01-10").addLines(
        JournalLine.builder().account("402").side(Side.DEBIT).amount(pln("60.00")).dimensions(mpk1).build(),
        JournalLine.builder().account("402").side(Side.DEBIT).amount(pln("40.00")).dimensions(mpk2).build(),
        JournalLine.credit("202", pln("100.00"))).build());

    Balance b = ledger.balances(BalanceQuery.builder().account("402").dimensions(mpk1).build()).get(Monies.PLN);
    assertThat(b.debit()).isEqualTo(pln("60.00"));
    assertThat(ledger.balances(BalanceQuery.of("402")).get(Monies.PLN).debit()).isEqualTo(pln("100.00"));
  }

  @Test
  void foreignCurrencyLineKeepsItsCurrencyBalanceAndBaseValue() {
    // 1,000.00 EUR received at 4.2150 = 4,215.00 PLN (hand: 1000 × 4.2150)
    ledger.post(entry("2025-01-10").addLines(
        JournalLine.builder().account("130").side(Side.DEBIT).amount(eur("1000.00")).cost(pln("4215.00"))
            .rate(new java.math.BigDecimal("4.2150")).build(),
        JournalLine.credit("201", pln("4215.00"))).build());

    Balance eurBalance = ledger.balances(BalanceQuery.of("130")).get(Monies.EUR);
    assertThat(eurBalance.net()).isEqualTo(eur("1000.00"));
    assertThat(eurBalance.baseValue()).isEqualTo(pln("4215.00"));
    assertThat(ledger.balance("201", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("-4215.00"));
  }

  @Test
  void unbalancedEntryIsRejectedWhenBuilt() {
    assertThatThrownBy(() -> entry("2025-01-03").description("bad")
        .addLines(JournalLine.debit("201", pln("110.00")), JournalLine.credit("700", pln("100.00"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("entry of 2025-01-03 'bad'")
        .hasMessageContaining("PLN debits exceed credits by 10.00")
        .hasMessageContaining("debits must equal credits in each currency");
  }

  @Test
  void entryWithOneLineIsRejectedWhenBuilt() {
    assertThatThrownBy(() -> entry("2025-01-03").addLines(JournalLine.debit("201", pln("0.00"))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("lines = '1' is invalid: must have at least two lines");
  }

  @Test
  void entryInTwoCurrenciesMustBalanceInEach() {
    assertThatThrownBy(() -> entry("2025-01-03").id(EntryId.of("X1")).addLines(
            JournalLine.debit("130", eur("10.00")), JournalLine.credit("201", pln("42.00"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("entry X1")
        .hasMessageContaining("EUR debits exceed credits by 10.00")
        .hasMessageContaining("PLN debits exceed credits by -42.00");
  }

  @Test
  void unknownAccountIsRejectedAndNothingChanges() {
    ledger.post(simple("2025-01-02", "130", "800", "10.00"));
    JournalEntry bad = simple("2025-01-03", "999", "130", "5.00");

    assertThatThrownBy(() -> ledger.post(bad))
        .isInstanceOf(PostingRejectedException.class)
        .hasMessage("entry E2: account 999: account does not exist in the chart of accounts")
        .satisfies(e -> assertThat(((PostingRejectedException) e).account()).contains("999"));
    assertThat(ledger.postedCount()).isEqualTo(1);
    assertThat(ledger.balance("130", Monies.PLN, d("2025-12-31"))).isEqualTo(pln("10.00"));
  }

  @Test
  void blockedAccountRejectsUntilUnblocked() {
    ledger.blockAccount("402");
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "402", "202", "5.00")))
        .isInstanceOf(PostingRejectedException.class).hasMessageEndingWith("account 402: account is blocked");
    assertThat(ledger.postedCount()).isZero();

    ledger.unblockAccount("402");
    ledger.post(simple("2025-01-03", "402", "202", "5.00"));
    assertThat(ledger.balance("402", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("5.00"));
  }

  @Test
  void currencyNotAllowedOnAccountIsRejected() {
    ledger.openAccount(Account.builder().code("131").name("Rachunek EUR").type(AccountType.ASSET)
        .addAllowedCurrencies(Monies.EUR).build());
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "131", "800", "5.00")))
        .isInstanceOf(PostingRejectedException.class)
        .hasMessageContaining("account 131: currency PLN is not allowed (allowed: [EUR])");
  }

  @Test
  void leafOnlyAccountWithChildrenRejectsPostings() {
    ledger.openAccount(Account.builder().code("501").name("Koszty wydziału").type(AccountType.EXPENSE).leafOnly(true).build());
    ledger.openAccount(Account.builder().code("501-01").name("Wydział A").type(AccountType.EXPENSE).parent("501").build());
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "501", "202", "5.00")))
        .isInstanceOf(PostingRejectedException.class)
        .hasMessageContaining("account 501: postings are allowed only on analytic accounts [501-01]");
    ledger.post(simple("2025-01-03", "501-01", "202", "5.00"));
    assertThat(ledger.balances(BalanceQuery.builder().account("501").includeChildren(true).build()).get(Monies.PLN).net())
        .isEqualTo(pln("5.00"));
  }

  @Test
  void requiredDimensionMustBePresent() {
    ledger.updateAccount(Account.builder().from(ledger.chart().require("402")).addRequiredDimensions(Dimension.COST_CENTRE).build());
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "402", "202", "5.00")))
        .isInstanceOf(PostingRejectedException.class)
        .hasMessageContaining("account 402: posting must carry dimension 'costCentre'");
  }

  @Test
  void cashMustNotGoIntoCredit() {
    ledger.updateAccount(Account.builder().from(ledger.chart().require("100"))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());
    ledger.post(simple("2025-01-02", "100", "800", "500.00"));

    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "402", "100", "600.00")))
        .isInstanceOfSatisfying(BalanceConstraintException.class, e -> {
          assertThat(e.available()).isEqualTo(pln("500.00"));
          assertThat(e.requested()).isEqualTo(pln("600.00"));
          assertThat(e.account()).contains("100");
          assertThat(e.getMessage()).contains("entry E2: account 100: CREDITS_MUST_NOT_EXCEED_DEBITS would be broken");
        });
    ledger.post(simple("2025-01-03", "402", "100", "500.00"));
    assertThat(ledger.balance("100", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("0.00"));
  }

  @Test
  void overdraftLimitExtendsTheConstraint() {
    ledger.updateAccount(Account.builder().from(ledger.chart().require("130"))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).overdraftLimit(pln("1000.00")).build());
    ledger.post(simple("2025-01-03", "402", "130", "1000.00"));
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "402", "130", "0.01")))
        .isInstanceOf(BalanceConstraintException.class).hasMessageContaining("available PLN 0.00");
  }

  @Test
  void walletMustNotGoIntoDebit() {
    ledger.openAccount(Account.builder().code("249-01").name("Portfel klienta").type(AccountType.LIABILITY)
        .constraint(BalanceConstraint.DEBITS_MUST_NOT_EXCEED_CREDITS).build());
    ledger.post(simple("2025-01-02", "130", "249-01", "100.00"));
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "249-01", "130", "100.01")))
        .isInstanceOf(BalanceConstraintException.class)
        .hasMessageContaining("requested PLN 100.01, available PLN 100.00");
    // a credit that improves an account is never refused by the constraint
    ledger.post(simple("2025-01-04", "130", "249-01", "1.00"));
  }

  @Test
  void sameIdempotencyKeyAndContentReturnsTheEarlierResult() {
    JournalEntry e = entry("2025-01-03").idempotencyKey(IdempotencyKey.of("pay-42"))
        .addLines(JournalLine.debit("130", pln("10.00")), JournalLine.credit("201", pln("10.00"))).build();
    PostedEntry first = ledger.post(e);
    clock.advance(java.time.Duration.ofMinutes(1));
    PostedEntry again = ledger.post(e);

    assertThat(again).isEqualTo(first);
    assertThat(ledger.postedCount()).isEqualTo(1);
    assertThat(ledger.balance("130", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("10.00"));
  }

  @Test
  void sameIdempotencyKeyWithDifferentContentIsAConflict() {
    ledger.post(entry("2025-01-03").idempotencyKey(IdempotencyKey.of("pay-42"))
        .addLines(JournalLine.debit("130", pln("10.00")), JournalLine.credit("201", pln("10.00"))).build());
    JournalEntry other = entry("2025-01-03").idempotencyKey(IdempotencyKey.of("pay-42"))
        .addLines(JournalLine.debit("130", pln("11.00")), JournalLine.credit("201", pln("11.00"))).build();

    assertThatThrownBy(() -> ledger.post(other))
        .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> {
          assertThat(e.key()).isEqualTo("pay-42");
          assertThat(e.existingEntryId()).isEqualTo("E1");
        })
        .hasMessage("idempotency key pay-42: already used by entry E1 with different content");
    assertThat(ledger.balance("130", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("10.00"));
  }

  @Test
  void callerChosenIdActsAsAnIdempotencyKey() {
    JournalEntry e = entry("2025-01-03").id(EntryId.of("FV/1")).addLines(
        JournalLine.debit("201", pln("10.00")), JournalLine.credit("700", pln("10.00"))).build();
    assertThat(ledger.post(e).id()).isEqualTo(EntryId.of("FV/1"));
    assertThat(ledger.post(e).sequence()).isEqualTo(1);
    JournalEntry clash = entry("2025-01-04").id(EntryId.of("FV/1")).addLines(
        JournalLine.debit("201", pln("10.00")), JournalLine.credit("700", pln("10.00"))).build();
    assertThatThrownBy(() -> ledger.post(clash)).isInstanceOf(IdempotencyConflictException.class);
  }

  @Test
  void amountBeyondTheSupportedRangeIsRejected() {
    JournalEntry huge = simple("2025-01-03", "130", "800", "10000000000000.01"); // 1e15 + 1 minor units
    assertThatThrownBy(() -> ledger.post(huge)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not exceed 1000000000000000 minor units");
  }

  @Test
  void amountsBeyondALongOfMinorUnitsAreAValidationErrorNotAnOverflow() {
    JournalEntry e = simple("2025-01-03", "130", "800", "100000000000000000000.00");
    assertThatThrownBy(() -> ledger.post(e)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not exceed 1000000000000000 minor units");
    assertThatThrownBy(() -> entry("2025-01-03").addLines(JournalLine.debit("130", pln("100000000000000000000.00")),
            JournalLine.credit("800", pln("1.00"))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("debits must equal credits");
  }

  @Test
  void checkRunsEveryRuleButPostsNothing() {
    assertThat(ledger.check(simple("2025-01-03", "130", "800", "10.00"))).isEmpty();
    assertThatThrownBy(() -> ledger.check(simple("2025-01-03", "999", "800", "10.00")))
        .isInstanceOf(PostingRejectedException.class);
    assertThat(ledger.postedCount()).isZero();
  }
}
