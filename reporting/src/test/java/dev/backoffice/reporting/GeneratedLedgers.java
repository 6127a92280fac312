package dev.backoffice.reporting;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Random ledgers on the Polish template chart (with a few analytic accounts): entries of one to three
 * debit/credit pairs on any accounts but the result account 860, amounts up to a million with one in ten a red reversal (negative),
 * dates over two calendar years, optionally some entries in euro balanced in euro.
 */
final class GeneratedLedgers {
  static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final List<String> ACCOUNTS = accounts();

  private GeneratedLedgers() {}

  /** One debit/credit pair of an entry. */
  record Pair(String debit, String credit, BigDecimal amount) {}

  /** An entry: its date, currency and pairs. */
  record Spec(LocalDate date, CurrencyUnit currency, List<Pair> pairs) {}

  private static List<String> accounts() {
    List<String> out = new ArrayList<>(PolishChartOfAccounts.numbers());
    // the financial result (860) takes only the year-end closing entries, as in real books
    out.remove(PolishChartOfAccounts.RESULT);
    out.addAll(List.of("201-001", "201-002", "202-001"));
    return out;
  }

  static Arbitrary<Pair> pairs() {
    Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000.00"))
        .ofScale(2);
    Arbitrary<Boolean> storno = Arbitraries.integers().between(1, 10).map(i -> i == 1);
    return Combinators.combine(account, account, amount, storno)
        .as((d, c, a, s) -> new Pair(d, c, s ? a.negate() : a));
  }

  static Arbitrary<Spec> entries(boolean withEuro) {
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay()))
        .map(FIRST::plusDays);
    Arbitrary<CurrencyUnit> currency = withEuro
        ? Arbitraries.integers().between(1, 5).map(i -> i == 1 ? Monies.EUR : Monies.PLN)
        : Arbitraries.just(Monies.PLN);
    return Combinators.combine(date, currency, pairs().list().ofMinSize(1).ofMaxSize(3)).as(Spec::new);
  }

  static Arbitrary<List<Spec>> ledgers(boolean withEuro) {
    return entries(withEuro).list().ofMinSize(1).ofMaxSize(40);
  }

  /** Posts the entries into a new ledger. */
  static Ledger build(List<Spec> specs) {
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC)).build();
    ledger.openAccounts(List.of(
        Account.builder().code("201-001").name("Klient A").type(AccountType.ASSET).parent("201").build(),
        Account.builder().code("201-002").name("Klient B").type(AccountType.ASSET).parent("201").build(),
        Account.builder().code("202-001").name("Dostawca X").type(AccountType.LIABILITY).parent("202").build()));
    for (Spec s : specs) {
      var b = JournalEntry.builder().date(s.date()).description("generated");
      for (Pair p : s.pairs()) {
        Money m = Money.of(s.currency(), p.amount());
        b.addLines(JournalLine.debit(p.debit(), m), JournalLine.credit(p.credit(), m));
      }
      ledger.post(b.build());
    }
    return ledger;
  }
}
