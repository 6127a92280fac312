package dev.backoffice.reporting;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.budget.BudgetControl;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The fixture company "Przykład sp. z o.o.": the first quarter of 2025 on the Polish template chart, with
 * analytic accounts for two customers and two suppliers, January payroll for two employees (the published
 * 8,000.00 and 4,666.00 zł examples), and an open purchase reservation of 800.00 on 402 in March.
 *
 * <p>Every figure the tests expect is derived by hand from the entries listed here:
 * <pre>
 *  #  date        doc         lines
 *  1  2025-01-02  WB/1        Dr 130 50,000.00            Cr 800 50,000.00           capital paid in
 *  2  2025-01-03  FZ/1        Dr 010 12,000.00, 222 2,760.00   Cr 202-001 14,760.00  computer
 *  3  2025-01-10  FV/1/2025   Dr 201-001 12,300.00        Cr 700 10,000.00, 221 2,300.00
 *  4  2025-01-15  FZ/2        Dr 402 3,000.00 (ADM), 222 690.00   Cr 202-001 3,690.00  rent
 *  5  2025-01-20  WB/2        Dr 202-001 14,760.00        Cr 130 14,760.00
 *  6  2025-01-31  LP/1/2025   Dr 404 12,666.00            Cr 231 12,666.00           gross 8,000.00 + 4,666.00
 *                             Dr 231 1,736.51             Cr 229 1,736.51            employee ZUS 1,096.80 + 639.71
 *                             Dr 231 983.66               Cr 229 983.66              health 621.29 + 362.37
 *                             Dr 231 651.00               Cr 225 651.00              PIT 498 + 153
 *                             Dr 405 2,594.00             Cr 229 2,594.00            employer ZUS 1,638.40 + 955.60
 *  7  2025-01-31  PK/1        Dr 400 200.00               Cr 070 200.00              depreciation 12,000 / 60
 *  8  2025-02-05  WB/3        Dr 130 12,300.00            Cr 201-001 12,300.00
 *  9  2025-02-10  WB/4        Dr 231 9,294.83             Cr 130 9,294.83            net pay 5,783.91 + 3,510.92
 * 10  2025-02-14  WB/5        Dr 229 5,314.17             Cr 130 5,314.17
 * 11  2025-02-20  WB/6        Dr 225 651.00               Cr 130 651.00
 * 12  2025-02-25  PK/2        Dr 221 2,300.00             Cr 222 2,300.00            VAT of January
 * 13  2025-02-26  FV/2/2025   Dr 201-002 24,600.00        Cr 700 20,000.00, 221 4,600.00
 * 14  2025-02-28  PK/3        Dr 400 200.00               Cr 070 200.00
 * 15  2025-03-05  FZ/3        Dr 401 1,500.00, 222 345.00 Cr 202-002 1,845.00
 * 16  2025-03-10  FZ/4        Dr 402 3,000.00 (ADM), 222 690.00   Cr 202-001 3,690.00
 * 17  2025-03-20  WB/8        Dr 130 12,300.00            Cr 201-002 12,300.00       (booked before 18)
 * 18  2025-03-15  WB/7        Dr 130 25.00                Cr 750 25.00               interest
 * 19  2025-03-31  PK/4        Dr 400 200.00               Cr 070 200.00
 *  R  2025-03-25  ZAM/7       reserved: Dr 402 800.00 (ADM)  Cr 202-002 800.00      open purchase order
 * </pre>
 */
final class FixtureCompany {
  static final Instant NOW = Instant.parse("2025-04-02T10:00:00Z");
  static final LocalDate Q1_START = LocalDate.of(2025, 1, 1);
  static final LocalDate Q1_END = LocalDate.of(2025, 3, 31);

  private FixtureCompany() {}

  static Money pln(String amount) {
    return Monies.of("PLN", amount);
  }

  static Ledger ledger() {
    return ledger(null);
  }

  /** The fixture with budget control bound to it (the control's budgets are added afterwards). */
  static Ledger ledger(@Nullable BudgetControl budgets) {
    Ledger.Builder b = Ledger.builder()
        .chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    if (budgets != null) {
      b.guard(budgets.guard());
    }
    Ledger ledger = b.build();
    if (budgets != null) {
      budgets.bind(ledger);
    }
    ledger.openAccounts(List.of(
        Account.builder().code("201-001").name("Klient A").type(AccountType.ASSET).parent("201").build(),
        Account.builder().code("201-002").name("Klient B").type(AccountType.ASSET).parent("201").build(),
        Account.builder().code("202-001").name("Dostawca X").type(AccountType.LIABILITY).parent("202").build(),
        Account.builder().code("202-002").name("Dostawca Y").type(AccountType.LIABILITY).parent("202").build()));
    post(ledger, "2025-01-02", "WB", "WB/1", "Wpłata kapitału", dr("130", "50000.00"), cr("800", "50000.00"));
    post(ledger, "2025-01-03", "FZ", "FZ/1", "Zakup komputera", dr("010", "12000.00"), dr("222", "2760.00"),
        cr("202-001", "14760.00"));
    post(ledger, "2025-01-10", "FV", "FV/1/2025", "Sprzedaż usług — Klient A", dr("201-001", "12300.00"),
        cr("700", "10000.00"), cr("221", "2300.00"));
    post(ledger, "2025-01-15", "FZ", "FZ/2", "Czynsz styczeń", adm(dr("402", "3000.00")), dr("222", "690.00"),
        cr("202-001", "3690.00"));
    post(ledger, "2025-01-20", "WB", "WB/2", "Zapłata Dostawca X", dr("202-001", "14760.00"), cr("130", "14760.00"));
    post(ledger, "2025-01-31", "LP", "LP/1/2025", "Lista płac styczeń 2025",
        dr("404", "12666.00"), cr("231", "12666.00"),
        dr("231", "1736.51"), cr("229", "1736.51"),
        dr("231", "983.66"), cr("229", "983.66"),
        dr("231", "651.00"), cr("225", "651.00"),
        dr("405", "2594.00"), cr("229", "2594.00"));
    post(ledger, "2025-01-31", "PK", "PK/1", "Amortyzacja styczeń", dr("400", "200.00"), cr("070", "200.00"));
    post(ledger, "2025-02-05", "WB", "WB/3", "Wpłata Klient A", dr("130", "12300.00"), cr("201-001", "12300.00"));
    post(ledger, "2025-02-10", "WB", "WB/4", "Wypłata wynagrodzeń", dr("231", "9294.83"), cr("130", "9294.83"));
    post(ledger, "2025-02-14", "WB", "WB/5", "Składki ZUS", dr("229", "5314.17"), cr("130", "5314.17"));
    post(ledger, "2025-02-20", "WB", "WB/6", "Zaliczki PIT", dr("225", "651.00"), cr("130", "651.00"));
    post(ledger, "2025-02-25", "PK", "PK/2", "Rozliczenie VAT styczeń", dr("221", "2300.00"), cr("222", "2300.00"));
    post(ledger, "2025-02-26", "FV", "FV/2/2025", "Sprzedaż usług — Klient B", dr("201-002", "24600.00"),
        cr("700", "20000.00"), cr("221", "4600.00"));
    post(ledger, "2025-02-28", "PK", "PK/3", "Amortyzacja luty", dr("400", "200.00"), cr("070", "200.00"));
    post(ledger, "2025-03-05", "FZ", "FZ/3", "Materiały biurowe", dr("401", "1500.00"), dr("222", "345.00"),
        cr("202-002", "1845.00"));
    post(ledger, "2025-03-10", "FZ", "FZ/4", "Czynsz marzec", adm(dr("402", "3000.00")), dr("222", "690.00"),
        cr("202-001", "3690.00"));
    post(ledger, "2025-03-20", "WB", "WB/8", "Wpłata Klient B (część)", dr("130", "12300.00"), cr("201-002", "12300.00"));
    post(ledger, "2025-03-15", "WB", "WB/7", "Odsetki od lokaty", dr("130", "25.00"), cr("750", "25.00"));
    post(ledger, "2025-03-31", "PK", "PK/4", "Amortyzacja marzec", dr("400", "200.00"), cr("070", "200.00"));
    ledger.reserve(entry("2025-03-25", "ZAM", "ZAM/7", "Zamówienie usług",
        adm(dr("402", "800.00")), cr("202-002", "800.00")), Instant.parse("2025-06-30T00:00:00Z"));
    return ledger;
  }

  static JournalLine dr(String account, String amount) {
    return JournalLine.of(account, Side.DEBIT, pln(amount));
  }

  static JournalLine cr(String account, String amount) {
    return JournalLine.of(account, Side.CREDIT, pln(amount));
  }

  static JournalLine adm(JournalLine line) {
    return JournalLine.builder().from(line).dimensions(Dimensions.of(Dimension.COST_CENTRE, "ADM")).build();
  }

  static JournalEntry entry(String date, String docType, String doc, String description, JournalLine... lines) {
    LocalDate d = LocalDate.parse(date);
    return JournalEntry.builder()
        .id(EntryId.of(doc))
        .date(d)
        .document(DocumentRef.of(docType, doc, d))
        .description(description)
        .addLines(lines)
        .build();
  }

  static void post(Ledger ledger, String date, String docType, String doc, String description, JournalLine... lines) {
    ledger.post(entry(date, docType, doc, description, lines));
  }
}
