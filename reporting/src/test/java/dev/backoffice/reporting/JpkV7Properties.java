package dev.backoffice.reporting;

import static dev.backoffice.reporting.FixtureCompany.pln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.reporting.jpk.JpkV7Summary;
import dev.backoffice.reporting.jpk.JpkV7Variant;
import dev.backoffice.reporting.vat.VatDeclaration;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatPosting;
import dev.backoffice.reporting.vat.VatRate;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated quarters (Q1 2026) of sales and purchase invoices at the numeric rates, corrections included: every
 * monthly JPK_V7M and the three JPK_V7K files validate against the Ministry's schemas; the registers' tax equals the
 * VAT accounts' turnover; the declaration's identities hold (P_38 the sum of the rounded output-tax fields, P_51 −
 * P_53 = P_38 − P_48), and its P_38 and P_48 are within half a złoty per field of the tax computed here.
 */
class JpkV7Properties {
  private static final List<VatRate> RATES = List.of(VatRate.RATE_23, VatRate.RATE_8, VatRate.RATE_5);

  /** One invoice: day of the quarter, sale or purchase, rate, net amount (negative: a correction). */
  record Invoice(int day, boolean sale, VatRate rate, BigDecimal net) {
    BigDecimal tax() {
      return net.multiply(rate.percent().orElseThrow()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
  }

  @Provide
  Arbitrary<List<Invoice>> quarters() {
    Arbitrary<BigDecimal> net = Arbitraries.bigDecimals().between(new BigDecimal("-5000.00"), new BigDecimal("50000.00"))
        .ofScale(2).filter(b -> b.signum() != 0);
    return Combinators.combine(Arbitraries.integers().between(0, 89), Arbitraries.of(true, false), Arbitraries.of(RATES),
        net).as(Invoice::new).list().ofMinSize(1).ofMaxSize(40);
  }

  static Ledger ledger(List<Invoice> invoices) {
    Ledger l = Ledger.builder().chart(PolishChartOfAccounts.template())
        .clock(Clock.fixed(Instant.parse("2026-04-05T08:00:00Z"), ZoneOffset.UTC)).build();
    int n = 0;
    for (Invoice i : invoices) {
      n++;
      LocalDate d = LocalDate.of(2026, 1, 1).plusDays(i.day());
      boolean correction = i.net().signum() < 0;
      String number = (i.sale() ? "FV/" : "FZ/") + n + "/2026";
      VatInvoice data = VatInvoice.builder().partner("5261040828").partnerName("Kontrahent " + n)
          .corrects(correction ? java.util.Optional.of("FV/0/2026") : java.util.Optional.empty()).build();
      BigDecimal gross = i.net().add(i.tax());
      Side vatSide = i.sale() ? Side.CREDIT : Side.DEBIT;
      JournalLine vat = JournalLine.builder().account(i.sale() ? "221" : "222").side(vatSide).amount(pln(i.tax()))
          .tags(VatPosting.of(i.rate(), i.net()).toTags()).build();
      l.post(JournalEntry.builder().date(d).description(number).document(DocumentRef.of(i.sale() ? "FV" : "FZ", number, d))
          .tags(data.toTags())
          .addLines(JournalLine.of(i.sale() ? "201" : "202", vatSide.opposite(), pln(gross)),
              JournalLine.of(i.sale() ? "700" : "402", vatSide, pln(i.net())), vat)
          .build());
    }
    return l;
  }

  private static org.joda.money.Money pln(BigDecimal amount) {
    return org.joda.money.Money.of(dev.backoffice.core.money.Monies.PLN, amount);
  }

  @Property(tries = 25)
  void everyFileOfAQuarterValidatesAndTheDeclarationAddsUp(@ForAll("quarters") List<Invoice> invoices) throws Exception {
    Ledger ledger = ledger(invoices);
    Reports reports = Reports.builder(ledger).clock(Clock.fixed(Instant.parse("2026-04-10T08:00:00Z"), ZoneOffset.UTC))
        .build();
    for (int m = 1; m <= 3; m++) {
      for (JpkV7Variant v : JpkV7Variant.values()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JpkV7Summary s = reports.writeJpkV7(YearMonth.of(2026, m), JpkV7Test.config(v), out);
        JpkV7Schemas.validate(v, out.toByteArray());
        assertThat(s.sales().allChecksPassed() && s.purchases().allChecksPassed()).isTrue();
        assertThat(s.declaration().isPresent()).isEqualTo(v == JpkV7Variant.MONTHLY || m == 3);
        s.declaration().ifPresent(JpkV7Properties::identities);
        if (m == 3 && v == JpkV7Variant.QUARTERLY) {
          keepForXmllint(out.toByteArray());
        }
      }
    }
    VatDeclaration q = reports.vatDeclaration(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 0);
    BigDecimal output = BigDecimal.ZERO;
    BigDecimal input = BigDecimal.ZERO;
    for (Invoice i : invoices) {
      if (i.sale()) {
        output = output.add(i.tax());
      } else {
        input = input.add(i.tax());
      }
    }
    // each of the three rates' tax fields is rounded on its own: at most 1.5 złoty apart in total
    assertThat(BigDecimal.valueOf(q.field("P_38")).subtract(output).abs()).isLessThanOrEqualTo(new BigDecimal("1.50"));
    assertThat(BigDecimal.valueOf(q.field("P_48")).subtract(input).abs()).isLessThanOrEqualTo(new BigDecimal("0.50"));
  }

  private static void identities(VatDeclaration d) {
    assertThat(d.field("P_38")).isEqualTo(d.field("P_16") + d.field("P_18") + d.field("P_20"));
    assertThat(d.field("P_37")).isEqualTo(d.field("P_15") + d.field("P_17") + d.field("P_19"));
    assertThat(d.field("P_48")).isEqualTo(d.field("P_41") + d.field("P_43"));
    assertThat(d.field("P_51") - d.field("P_53")).isEqualTo(d.field("P_38") - d.field("P_48"));
    assertThat(d.field("P_51") >= 0 && d.field("P_53") >= 0 && d.field("P_51") * d.field("P_53") == 0).isTrue();
    assertThat(d.field("P_62")).isEqualTo(d.field("P_53"));
  }

  /** The last generated quarter's file, for a manual check with xmllint (target/jpk-v7k-generated.xml). */
  private static void keepForXmllint(byte[] xml) throws Exception {
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.write(target.resolve("jpk-v7k-generated.xml"), xml);
    }
  }
}
