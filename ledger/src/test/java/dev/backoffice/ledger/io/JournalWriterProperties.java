package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.testing.CoreArbitraries;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Invariants of the journal text format: writing entries and reading them back gives equal entries, and the
 * fast balance path gives exactly what a {@link Ledger} loaded from the same text reports.
 */
class JournalWriterProperties {
  private static final List<String> ACCOUNTS = List.of(
      "Assets:Bank:Ing", "Assets:Bank", "Liabilities:Card", "Expenses:Food:Groceries", "Income:Salary",
      "130 Bank:Rachunek bieżący", "201 Rozrachunki z odbiorcami", "221-1 VAT należny", "700 Sprzedaż usług",
      "Equity:Opening", "Aktywa:Środki trwałe");

  @Property(tries = 300)
  void writtenEntriesReadBackEqual(@ForAll("entries") List<JournalEntry> entries) {
    String text = JournalWriter.toText(entries);
    assertThat(JournalReader.read(text, "p.ledger").entries()).containsExactlyElementsOf(entries);
  }

  @Property(tries = 100)
  void writtenTransactionsReadBackEqual(@ForAll("transactions") List<JournalTransaction> transactions) {
    StringBuilder sb = new StringBuilder();
    JournalWriter.writeTransactions(transactions, sb);
    assertThat(JournalReader.read(sb.toString(), "p.ledger").transactions()).containsExactlyElementsOf(transactions);
  }

  @Property(tries = 100)
  void balancePathEqualsTheLedger(@ForAll("entries") List<JournalEntry> entries) {
    String text = JournalWriter.toText(entries);
    Ledger ledger = JournalReader.load(JournalReader.read(text, "p.ledger"),
        Ledger.builder().clock(Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC)));
    List<BalanceRow> fromLedger = new ArrayList<>();
    for (AccountBalance b : ledger.accountBalances(null, null)) {
      if (!b.balance().net().isZero()) {
        fromLedger.add(BalanceRow.of(b.account(), b.balance().net()));
      }
    }
    fromLedger.sort((x, y) -> x.account().equals(y.account())
        ? x.commodity().getCode().compareTo(y.commodity().getCode()) : x.account().compareTo(y.account()));
    assertThat(JournalBalances.of(text, "p.ledger")).containsExactlyElementsOf(fromLedger);
  }

  @Provide
  Arbitrary<List<JournalTransaction>> transactions() {
    Arbitrary<JournalTransaction> one = Combinators.combine(entry(), Arbitraries.of(TransactionStatus.class),
        // a word followed by ':' in a comment is a tag (it reads back as one): comments here have none
        text().map(t -> t.replace(':', '-')).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l))
            .optional(0.4))
        .as((e, s, c) -> JournalTransaction.builder().entry(e).status(s).comment(c).build());
    return one.list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<JournalEntry>> entries() {
    return entry().list().ofMinSize(1).ofMaxSize(8);
  }

  /** Words of letters (Polish too) and digits, joined by single spaces: text the format keeps as it is. */
  static Arbitrary<String> text() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars('ą', 'ę', 'ł', 'ó', 'ś', 'ż', '|', '-', '/', ':').ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
  }

  static Arbitrary<JournalEntry> entry() {
    Arbitrary<LocalDate> dates = CoreArbitraries.dates();
    Arbitrary<CurrencyUnit> base = CoreArbitraries.currencies();
    return Combinators.combine(dates, base, text().injectNull(0.2), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, Integer.MAX_VALUE), CoreArbitraries.documentRefs().injectNull(0.5))
        .as((date, cu, description, extra, seed, doc) -> build(date, cu, description, extra, seed, doc));
  }

  /** A balanced entry from a seed: 1–4 lines in {@code cu}, maybe a foreign line with a cost, one balancing line. */
  private static JournalEntry build(LocalDate date, CurrencyUnit cu, String description, int extra, int seed,
      DocumentRef doc) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    ImmutableJournalEntry.Builder b = JournalEntry.builder().date(date);
    if (description != null) {
      b.description(description);
    }
    if (doc != null) {
      b.document(DocumentRef.of(EntrySink.documentType(doc.number()), doc.number(), date));
    }
    int scale = cu.getDecimalPlaces();
    long net = 0;
    List<JournalLine> lines = new ArrayList<>();
    for (int i = 0; i <= extra; i++) {
      long minor = r.nextLong(0, 100_000_000L);
      Side side = r.nextBoolean() ? Side.DEBIT : Side.CREDIT;
      net += side == Side.DEBIT ? minor : -minor;
      lines.add(line(r, Money.ofMinor(cu, minor), side));
    }
    if (r.nextInt(3) == 0) {
      CurrencyUnit foreign = cu.equals(Monies.EUR) ? Monies.USD : Monies.EUR;
      Money amount = Money.ofMinor(foreign, r.nextLong(1, 10_000_000L));
      Side side = r.nextBoolean() ? Side.DEBIT : Side.CREDIT;
      ImmutableJournalLine.Builder fx;
      Money cost;
      if (r.nextBoolean()) {
        BigDecimal rate = BigDecimal.valueOf(r.nextLong(1, 100_000_000L), 4);
        cost = Money.of(cu, amount.getAmount().multiply(rate).setScale(scale, RoundingMode.HALF_EVEN));
        fx = JournalLine.builder().rate(rate);
      } else {
        cost = Money.ofMinor(cu, r.nextLong(0, 50_000_000L));
        fx = JournalLine.builder();
      }
      lines.add(fx.account(ACCOUNTS.get(r.nextInt(ACCOUNTS.size()))).side(side).amount(amount).cost(cost).build());
      net += side == Side.DEBIT ? cost.getAmountMinorLong() : -cost.getAmountMinorLong();
    }
    lines.add(line(r, Money.ofMinor(cu, Math.abs(net)), net > 0 ? Side.CREDIT : Side.DEBIT));
    return b.addAllLines(lines).tags(tags(r)).build();
  }

  private static JournalLine line(java.util.SplittableRandom r, Money amount, Side side) {
    Optional<String> memo = r.nextInt(4) == 0 ? Optional.of("memo " + r.nextInt(1000) + (r.nextBoolean() ? "\nmore" : ""))
        : Optional.empty();
    return JournalLine.builder().account(ACCOUNTS.get(r.nextInt(ACCOUNTS.size()))).side(side).amount(amount).memo(memo)
        .tags(tags(r)).build();
  }

  /** No tags mostly; else some of the keys the library reads, a key repeated, a value with spaces or none. */
  static Tags tags(java.util.SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        return Tags.of("partner", "5260001246").with("doc", "FV/" + r.nextInt(100) + "/2025");
      case 1:
        return Tags.of("gtu", "GTU_12").with("gtu", "GTU_13").with("vat-rate", "23");
      case 2:
        return Tags.of("partner-name", "ACME sp. z o.o.").with("flag", "");
      default:
        return Tags.empty();
    }
  }
}
