package dev.backoffice.examples.demo;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.InMemoryExchangeRateProvider;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.BankStatements;
import dev.backoffice.ledger.bank.Iban;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.payment.PaymentInstruction;
import dev.backoffice.ledger.settlement.AgingBucket;
import dev.backoffice.ledger.settlement.AgingRow;
import dev.backoffice.ledger.settlement.BankPostings;
import dev.backoffice.ledger.settlement.OpenItem;
import dev.backoffice.ledger.settlement.PaymentProposal;
import dev.backoffice.ledger.settlement.PaymentRun;
import dev.backoffice.ledger.settlement.Settlements;
import dev.backoffice.ledger.settlement.StatementMatch;
import dev.backoffice.ledger.settlement.StatementMatcher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The demo's settlements, in February 2025 after January's reports: invoices naming their counterparties and due
 * dates, a bank statement that arrives and is matched and posted (a partial payment, a line nobody can explain
 * that waits on the suspense account 249), a EUR invoice paid on the EUR account at another rate than it was
 * booked at (a realised exchange loss on the payment date), aging as of 2025-02-28, and the payment batch of the
 * payables due, reserved in the ledger and committed when the bank confirms.
 */
final class FebruarySettlements {
  static final String KLIENT_C = "7740001454";
  static final String KUNDE_DE = "DE811569869";
  static final String SERWIS_IT = "5261040828";
  static final String PAPIERNIK = "1132853869";
  private static final LocalDate END = LocalDate.of(2025, 2, 28);

  /** Our PLN account (the statements' account). */
  static final String OUR_PLN = "PL27114020040000300201355387";
  /** Our EUR account. */
  static final String OUR_EUR = "PL51114020040000370201355388";

  private FebruarySettlements() {}

  static void run(Ledger ledger, Clock clock, Consumer<String> line) {
    line.accept("Settlements (February 2025)");
    invoices(ledger);
    line.accept("  invoices: FV/3/2025 6,150.00 to Klient C; FV/4/2025 2,000.00 EUR at 4.3000 = 8,600.00 to Kunde GmbH;"
        + " FZ/4/2025 3,690.00 (MPP) from Serwis IT; FZ/5/2025 984.00 from Papiernik");

    BankStatement pln = statement(":20:ST1\n:25:" + OUR_PLN.substring(2) + "\n:28C:12/1\n:60F:C250213PLN60000,00\n"
        + ":61:2502140214C3000,00NTRFNONREF//PLN1\n:86:Zaplata czesciowa FV/3/2025\n"
        + ":61:2502140214C1230,00NTRFNONREF//PLN2\n:86:Przelew\n"
        + ":62F:C250214PLN64230,00\n");
    BankStatement eur = statement(":20:ST2\n:25:" + OUR_EUR.substring(2) + "\n:28C:3/1\n:60F:C250213EUR5000,00\n"
        + ":61:2502140214C2000,00NTRFNONREF//EUR1\n:86:Invoice FV/4/2025\n:62F:C250214EUR7000,00\n");
    post(ledger, pln, "130", null, line);
    // the EUR receipt is valued at the NBP rate of the day before (art. 30 ust. 2 pkt 2 UoR): 2,000 × 4.2500
    post(ledger, eur, SmallCompanyMonth.EUR_BANK, InMemoryExchangeRateProvider.of(
        ExchangeRate.of("EUR", "PLN", "4.2500", LocalDate.of(2025, 2, 13), "NBP 030/A/NBP/2025 (illustrative)")), line);

    Settlements s = Settlements.of(ledger);
    line.accept("  aging as of " + END + " (open amounts by days past due):");
    for (AgingRow r : s.aging(END)) {
      StringBuilder sb = new StringBuilder(String.format("    %-4s %-12s %s", r.account(),
          r.partner().isEmpty() ? "(no partner)" : r.partner(), r.currency()));
      for (AgingBucket b : AgingBucket.values()) {
        Money m = r.buckets().get(b);
        if (!m.isZero()) {
          sb.append("  ").append(b.label()).append(' ').append(m.getAmount().toPlainString());
        }
      }
      line.accept(sb.toString());
    }

    PaymentProposal p = PaymentRun.of(s, Iban.parse(OUR_PLN), "Przykład sp. z o.o.", "130")
        .propose(END, END, "PAY-2025-02-28", OffsetDateTime.ofInstant(clock.instant(), clock.getZone()));
    for (PaymentInstruction i : p.batch().orElseThrow().instructions()) {
      line.accept(String.format("  pay %-10s %10s to %s  %s", i.reference(), i.amount().getAmount().toPlainString(),
          i.creditorAccount(), i.remittance()));
    }
    PostedEntry reserved = ledger.reserve(p.reservation().orElseThrow(), clock.instant().plusSeconds(86_400));
    ledger.commit(reserved.id());
    line.accept("  payment batch " + p.batch().get().messageId() + " of " + p.batch().get().total().getAmount()
        .toPlainString() + " PLN reserved, then committed when the bank confirmed");
    ImmutableList<OpenItem> left = Settlements.of(ledger).openItems(END);
    line.accept("  open after the batch: " + left.size() + " items, receivables "
        + sum(left, true).getAmount().toPlainString() + ", payables " + sum(left, false).getAmount().toPlainString()
        + " (PLN)");
  }

  private static Money sum(List<OpenItem> items, boolean receivables) {
    Money t = Money.zero(Monies.PLN);
    for (OpenItem i : items) {
      if (i.currency().equals(Monies.PLN) && i.open().isPositive() == receivables) {
        t = t.plus(i.open());
      }
    }
    return t;
  }

  private static void post(Ledger ledger, BankStatement st, String bankAccount, @Nullable InMemoryExchangeRateProvider rates,
      Consumer<String> line) {
    Settlements s = Settlements.of(ledger);
    List<StatementMatch> matches = StatementMatcher.of(s, st.closing().date()).match(st);
    BankPostings postings = BankPostings.of(s, bankAccount);
    List<JournalEntry> entries = (rates == null ? postings : postings.withRates(rates)).entries(st, matches);
    for (int i = 0; i < matches.size(); i++) {
      StatementMatch m = matches.get(i);
      ledger.post(entries.get(i));
      line.accept(String.format("  statement %s line %d %10s %s  %-17s %s → %s", st.statementNumber(),
          m.line().index(), m.line().amount().getAmount().toPlainString(), m.line().amount().getCurrencyUnit(),
          m.rule(), m.confidence(), m.accepted() ? "posted " + entries.get(i).lines() : "suspense 249"));
    }
  }

  private static BankStatement statement(String mt940) {
    return BankStatements.read("demo.sta", mt940.getBytes(StandardCharsets.UTF_8)).get(0);
  }

  private static void invoices(Ledger ledger) {
    LocalDate d3 = LocalDate.of(2025, 2, 3);
    ledger.post(JournalEntry.builder().date(d3).document(DocumentRef.of("FV", "FV/3/2025", d3)).description("Klient C")
        .addLines(tagged("201", Side.DEBIT, pln("6150.00"), KLIENT_C, "FV/3/2025", "2025-02-17"),
            JournalLine.credit("700", pln("5000.00")), JournalLine.credit("221", pln("1150.00")))
        .build());
    LocalDate d4 = LocalDate.of(2025, 2, 4);
    ledger.post(JournalEntry.builder().date(d4).document(DocumentRef.of("FV", "FV/4/2025", d4)).description("Kunde GmbH")
        .addLines(JournalLine.builder().account("201").side(Side.DEBIT).amount(Monies.of("EUR", "2000.00"))
                .cost(pln("8600.00")).rate(new BigDecimal("4.3000"))
                .tags(Tags.of("partner", KUNDE_DE).with("doc", "FV/4/2025").with("due", "2025-02-18")).build(),
            JournalLine.credit("700", pln("8600.00")))
        .build());
    LocalDate d5 = LocalDate.of(2025, 2, 5);
    ledger.post(JournalEntry.builder().date(d5).document(DocumentRef.of("FZ", "FZ/4/2025", d5)).description("Serwis IT")
        .addLines(JournalLine.debit("402", pln("3000.00")),
            JournalLine.builder().account("222").side(Side.DEBIT).amount(pln("690.00")).tags(Tags.of("vat-rate", "23")).build(),
            JournalLine.builder().account("202").side(Side.CREDIT).amount(pln("3690.00"))
                .tags(Tags.of("partner", SERWIS_IT).with("doc", "FZ/4/2025").with("due", "2025-02-20")
                    .with("partner-name", "Serwis IT sp. z o.o.").with("iban", "PL61109010140000071219812874")
                    .with("proc", "MPP")).build())
        .build());
    ledger.post(JournalEntry.builder().date(d5).document(DocumentRef.of("FZ", "FZ/5/2025", d5)).description("Papiernik")
        .addLines(JournalLine.debit("401", pln("800.00")), JournalLine.debit("222", pln("184.00")),
            JournalLine.builder().account("202").side(Side.CREDIT).amount(pln("984.00"))
                .tags(Tags.of("partner", PAPIERNIK).with("doc", "FZ/5/2025").with("due", "2025-02-10")
                    .with("partner-name", "Papiernik s.c.").with("iban", "PL10105000997603123456789123")).build())
        .build());
  }

  private static JournalLine tagged(String account, Side side, Money amount, String partner, String doc, String due) {
    return JournalLine.builder().account(account).side(side).amount(amount)
        .tags(Tags.of("partner", partner).with("doc", doc).with("due", due)).build();
  }

  private static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }
}
