package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.ImmutableBalanceQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Balances over ranges that start or end inside a month read day slots, which the ledger fills when such a
 * query comes: for one account (reading only its entries) or for all (reading the journal). Whatever order
 * the two kinds come in, between postings, reversals and foreign-currency lines, every balance equals a plain
 * sum of the journal's lines over the range.
 */
class DayCatchUpTest {
  private static final List<String> ACCOUNTS = List.of("A", "B", "C", "D");
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;

  @Test
  void oneAccountAndAllAccountQueriesInAnyOrderSumWhatWasPosted() {
    Ledger ledger = Ledger.builder()
        .chart(ChartOfAccounts.of(ACCOUNTS.stream().map(c -> Account.of(c, c, AccountType.ASSET)).toList()))
        .clock(new MutableClock(Fixtures.T0)).build();
    SplittableRandom rnd = new SplittableRandom(5);
    List<PostedEntry> posted = new ArrayList<>();
    int checks = 0;
    for (int phase = 0; phase < 12; phase++) {
      for (int i = 0; i < 150; i++) {
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365));
        if (!posted.isEmpty() && rnd.nextInt(20) == 0) { // a red storno of an entry not reversed yet
          PostedEntry original = posted.remove(rnd.nextInt(posted.size()));
          ledger.reverse(original.id(), date, ReversalMode.RED);
          continue;
        }
        String dr = ACCOUNTS.get(rnd.nextInt(4));
        String cr = ACCOUNTS.get((ACCOUNTS.indexOf(dr) + 1 + rnd.nextInt(3)) % 4);
        Money pln = Money.ofMinor(Monies.PLN, 1 + rnd.nextInt(1_000_000));
        JournalEntry e = rnd.nextInt(4) == 0 // a foreign-currency debit at its cost in PLN
            ? JournalEntry.builder().date(date)
                .addLines(JournalLine.builder().account(dr).side(Side.DEBIT)
                    .amount(Money.ofMinor(EUR, 1 + rnd.nextInt(200_000))).cost(pln).build(),
                    JournalLine.credit(cr, pln))
                .build()
            : JournalEntry.builder().date(date).addLines(JournalLine.debit(dr, pln), JournalLine.credit(cr, pln)).build();
        posted.add(ledger.post(e));
      }
      LocalDate from = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(200));
      LocalDate to = from.plusDays(rnd.nextInt(165));
      if (phase % 3 == 0) { // one account, then all
        checks += checkOne(ledger, ACCOUNTS.get(rnd.nextInt(4)), from, to);
        checks += checkAll(ledger, from, to);
      } else if (phase % 3 == 1) { // all, then one
        checks += checkAll(ledger, from, to);
        checks += checkOne(ledger, ACCOUNTS.get(rnd.nextInt(4)), null, to);
      } else { // only one account at a time: the others fall behind, then catch up with the journal
        checks += checkOne(ledger, ACCOUNTS.get(phase % 4), from, null);
      }
    }
    checks += checkAll(ledger, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 11, 14));
    for (String a : ACCOUNTS) {
      checks += checkOne(ledger, a, LocalDate.of(2025, 2, 2), LocalDate.of(2025, 12, 30));
    }
    assertThat(checks).isGreaterThan(20);
  }

  private static int checkOne(Ledger ledger, String account, LocalDate from, LocalDate to) {
    ImmutableBalanceQuery.Builder q = BalanceQuery.builder().account(account);
    if (from != null) {
      q.from(from);
    }
    if (to != null) {
      q.to(to);
    }
    Map<CurrencyUnit, Balance> got = ledger.balances(q.build());
    Map<CurrencyUnit, long[]> want = expected(ledger, from, to).getOrDefault(account, Map.of());
    assertThat(got.keySet()).as("%s %s..%s", account, from, to).isEqualTo(want.keySet());
    want.forEach((cu, v) -> assertBalance(got.get(cu), v, account + " " + from + ".." + to));
    return 1;
  }

  private static int checkAll(Ledger ledger, LocalDate from, LocalDate to) {
    Map<String, Map<CurrencyUnit, long[]>> want = expected(ledger, from, to);
    int rows = 0;
    for (AccountBalance r : ledger.accountBalances(from, to)) {
      assertBalance(r.balance(), want.get(r.account()).get(r.balance().currency()), r.account() + " " + from + ".." + to);
      rows++;
    }
    assertThat(rows).isEqualTo(want.values().stream().mapToInt(Map::size).sum());
    return 1;
  }

  private static void assertBalance(Balance b, long[] v, String what) {
    assertThat(b.debit().getAmountMinorLong()).as("debit %s", what).isEqualTo(v[0]);
    assertThat(b.credit().getAmountMinorLong()).as("credit %s", what).isEqualTo(v[1]);
    assertThat(b.baseValue().getAmountMinorLong()).as("base value %s", what).isEqualTo(v[2]);
  }

  /** Per account and currency {debit, credit, base value}: a plain sum of the journal's lines in range. */
  private static Map<String, Map<CurrencyUnit, long[]>> expected(Ledger ledger, LocalDate from, LocalDate to) {
    Map<String, Map<CurrencyUnit, long[]>> out = new TreeMap<>();
    ledger.journal().forEach(p -> {
      if ((from != null && p.date().isBefore(from)) || (to != null && p.date().isAfter(to))) {
        return;
      }
      for (JournalLine l : p.lines()) {
        long[] v = out.computeIfAbsent(l.account(), k -> new TreeMap<>())
            .computeIfAbsent(l.amount().getCurrencyUnit(), k -> new long[3]);
        long m = l.amount().getAmountMinorLong();
        long base = l.amount().getCurrencyUnit().equals(Monies.PLN) ? m : l.cost().orElseThrow().getAmountMinorLong();
        if (l.side() == Side.DEBIT) {
          v[0] += m;
          v[2] += base;
        } else {
          v[1] += m;
          v[2] -= base;
        }
      }
    });
    return out;
  }
}
