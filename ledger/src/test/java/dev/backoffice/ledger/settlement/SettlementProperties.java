package dev.backoffice.ledger.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The items of a settlement account are a partition of its postings: per account, currency and date, the open
 * items' residuals add up to the ledger's balance, in the currency and in base value; and once the realised
 * differences are booked, every item is carried at its booked rates (no pending difference, nothing left in base
 * currency on a settled item).
 */
class SettlementProperties {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final List<String> ACCOUNTS = List.of("201", "202");
  private static final List<CurrencyUnit> CURRENCIES = List.of(Monies.PLN, Monies.EUR);

  /** One generated posting on a settlement account, with its counter-posting. */
  record Posting(int day, String account, String partner, String doc, int flags, long minor, int rateBp, int kind) {
    boolean eur() {
      return (flags & 1) != 0;
    }

    boolean debit() {
      return (flags & 2) != 0;
    }
  }

  @Provide
  Arbitrary<Posting> postings() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 59),
        Arbitraries.of(ACCOUNTS),
        Arbitraries.of("5261040828", "7740001454", ""),
        Arbitraries.of("D1", "D2", "D3", ""),
        Arbitraries.integers().between(0, 3),
        Arbitraries.longs().between(1, 500_000),
        Arbitraries.integers().between(40_000, 46_000),
        Arbitraries.integers().between(0, 9)).as(Posting::new);
  }

  @Property(tries = 60)
  void openItemsAddUpToTheLedgerBalanceOnEveryDate(@ForAll @Size(max = 40) List<@From("postings") Posting> postings,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 70) Integer> days) {
    Ledger ledger = Books.ledger();
    postings.forEach(p -> ledger.post(entry(p)));
    checkPartition(ledger, days);
  }

  @Property(tries = 40)
  void afterBookingRealisedDifferencesEveryItemIsCarriedAtItsRates(
      @ForAll @Size(max = 40) List<@From("postings") Posting> postings) {
    Ledger ledger = Books.ledger();
    postings.forEach(p -> ledger.post(entry(p)));
    LocalDate end = START.plusDays(70);
    Settlements.of(ledger).realisedDifferences(end).forEach(ledger::post);
    Settlements after = Settlements.of(ledger);
    assertThat(after.realisedDifferences(end)).isEmpty();
    for (OpenItem i : after.items(ItemQuery.builder().asOf(end).includeSettled(true).build())) {
      assertThat(i.pendingDifference().isZero()).as(i + " pending " + i.pendingDifference()).isTrue();
    }
    checkPartition(ledger, List.of(70, 30));
  }

  private static void checkPartition(Ledger ledger, List<Integer> days) {
    Settlements s = Settlements.of(ledger);
    for (int day : days) {
      LocalDate asOf = START.plusDays(day);
      for (String account : ACCOUNTS) {
        for (CurrencyUnit cu : CURRENCIES) {
          Money open = Money.zero(cu);
          Money base = Money.zero(Monies.PLN);
          for (OpenItem i : s.items(ItemQuery.builder().asOf(asOf).account(account).currency(cu).build())) {
            open = open.plus(i.open());
            base = base.plus(i.baseOpen());
          }
          Balance b = ledger.balances(BalanceQuery.builder().account(account).currency(cu).to(asOf).build()).get(cu);
          assertThat(open).as(account + " " + cu + " " + asOf).isEqualTo(b == null ? Money.zero(cu) : b.net());
          assertThat(base).as(account + " " + cu + " base " + asOf)
              .isEqualTo(b == null ? Money.zero(Monies.PLN) : b.baseValue());
        }
      }
    }
  }

  /**
   * Kinds 0–6: an amount (EUR with its PLN value at the rate, or without one for kind 6); 7–9: a zero-amount
   * valuation of the base value (the realised differences are booked by {@link Settlements#realisedDifferences}).
   */
  private static JournalEntry entry(Posting p) {
    Tags tags = Tags.empty();
    if (!p.partner().isEmpty()) {
      tags = tags.with("partner", p.partner());
    }
    if (!p.doc().isEmpty()) {
      tags = tags.with("doc", p.doc());
    }
    Side side = p.debit() ? Side.DEBIT : Side.CREDIT;
    CurrencyUnit cu = p.eur() ? Monies.EUR : Monies.PLN;
    Money amount = Money.ofMinor(cu, p.minor());
    Money pln = Money.of(Monies.PLN, amount.getAmount().multiply(BigDecimal.valueOf(p.rateBp(), 4)), RoundingMode.HALF_UP);
    ImmutableJournalLine.Builder l = JournalLine.builder().account(p.account()).side(side).tags(tags);
    JournalLine counter;
    if (p.kind() >= 7 && p.eur()) {
      Money diff = Money.ofMinor(Monies.PLN, p.minor() % 5000 + 1);
      l.amount(Money.zero(cu)).cost(diff);
      counter = JournalLine.of("750", side.opposite(), diff);
    } else if (p.eur() && p.kind() != 6) {
      l.amount(amount).cost(pln).rate(BigDecimal.valueOf(p.rateBp(), 4));
      counter = JournalLine.of("130", side.opposite(), pln);
    } else {
      l.amount(amount);
      counter = JournalLine.of(p.eur() ? "131" : "130", side.opposite(), amount);
    }
    return JournalEntry.builder().date(START.plusDays(p.day())).description("p").addLines(l.build(), counter).build();
  }
}
