package dev.backoffice.ledger.settlement;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joda.money.Money;

/** Helpers for settlement tests: a ledger on the Polish chart with an EUR bank account 131 and suspense 249. */
final class Books {
  private Books() {}

  static Ledger ledger() {
    return Ledger.builder().chart(PolishChartOfAccounts.template()
            .with(Account.of("131", "Rachunek walutowy EUR", AccountType.ASSET))
            .with(Account.of("249", "Rozrachunki do wyjaśnienia", AccountType.ASSET)))
        .clock(Clock.fixed(Instant.parse("2025-12-31T08:00:00Z"), ZoneOffset.UTC)).build();
  }

  static Money pln(String a) {
    return Monies.of("PLN", a);
  }

  static Money eur(String a) {
    return Monies.of("EUR", a);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Tags item(String partner, String doc) {
    return Tags.of("partner", partner).with("doc", doc);
  }

  static ImmutableJournalEntry.Builder entry(String date, String type, String number) {
    return JournalEntry.builder().date(d(date)).document(DocumentRef.of(type, number, d(date))).description(number);
  }

  static JournalLine line(String account, Side side, Money amount, Tags tags) {
    return JournalLine.builder().account(account).side(side).amount(amount).tags(tags).build();
  }

  /** A foreign-currency line with its PLN value at a rate (cost = amount × rate, half up, written out by the caller). */
  static JournalLine fx(String account, Side side, String eur, String pln, String rate, Tags tags) {
    return JournalLine.builder().account(account).side(side).amount(eur(eur)).cost(pln(pln))
        .rate(new BigDecimal(rate)).tags(tags).build();
  }

  /** A PLN sales invoice: Dr 201 gross (tagged) / Cr 700 gross. */
  static JournalEntry sale(String date, String partner, String doc, String gross, String due) {
    return entry(date, "FV", doc)
        .addLines(line("201", Side.DEBIT, pln(gross), item(partner, doc).with("due", due)),
            JournalLine.credit("700", pln(gross)))
        .build();
  }

  /** A PLN purchase invoice: Dr 402 / Cr 202 gross (tagged). */
  static JournalEntry purchase(String date, String partner, String doc, String gross, String due) {
    return entry(date, "FZ", doc)
        .addLines(JournalLine.debit("402", pln(gross)),
            line("202", Side.CREDIT, pln(gross), item(partner, doc).with("due", due)))
        .build();
  }
}
