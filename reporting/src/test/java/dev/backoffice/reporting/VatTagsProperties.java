package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.reporting.vat.ReverseCharge;
import dev.backoffice.reporting.vat.VatInvoice;
import dev.backoffice.reporting.vat.VatPosting;
import dev.backoffice.reporting.vat.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** VAT data survives its tags: {@code from(x.toTags())} equals {@code x} for any valid invoice and posting data. */
class VatTagsProperties {
  @Provide
  Arbitrary<VatInvoice> invoices() {
    Arbitrary<Optional<LocalDate>> date = Arbitraries.integers().between(0, 3000)
        .map(d -> LocalDate.of(2020, 1, 1).plusDays(d)).optional();
    Arbitrary<Optional<String>> text = Arbitraries.strings().alpha().numeric().withChars(' ', '.', '-', 'ł', 'ż')
        .ofMinLength(1).ofMaxLength(40).map(String::strip).filter(s -> !s.isEmpty()).optional();
    Arbitrary<List<String>> gtu = Arbitraries.integers().between(1, 13).map(i -> String.format("GTU_%02d", i))
        .list().ofMaxSize(4);
    Arbitrary<List<String>> proc = Arbitraries.of(List.copyOf(VatInvoice.SALES_PROCEDURES)).list().ofMaxSize(3);
    return Builders.withBuilder(VatInvoice::builder)
        .use(text).in((b, v) -> b.partner(v))
        .use(text).in((b, v) -> b.partnerName(v))
        .use(Arbitraries.of("PL", "DE", "EL", "US").optional()).in((b, v) -> b.partnerCountry(v))
        .use(date).in((b, v) -> b.issueDate(v))
        .use(date).in((b, v) -> b.saleDate(v))
        .use(date).in((b, v) -> b.receiptDate(v))
        .use(gtu).in((b, v) -> b.addAllGtu(v))
        .use(proc).in((b, v) -> b.addAllProcedures(v))
        .use(Arbitraries.of("RO", "WEW", "FP", "MK", "VAT_RR").optional()).in((b, v) -> b.documentType(v))
        .use(text).in((b, v) -> b.corrects(v))
        .use(Arbitraries.of("OFF", "5261040828-20260203-0A1B2C-3D4E5F-6A").optional()).in((b, v) -> b.ksef(v))
        .use(Arbitraries.of(ReverseCharge.class).optional()).in((b, v) -> b.reverseCharge(v))
        .build(b -> b.build());
  }

  @Property(tries = 300)
  void invoiceDataRoundTripsThroughTags(@ForAll("invoices") VatInvoice invoice) {
    assertThat(VatInvoice.from(invoice.toTags())).isEqualTo(invoice);
  }

  @Property(tries = 300)
  void postingDataRoundTripsThroughTags(@ForAll VatRate rate, @ForAll boolean fixedAsset,
      @ForAll("bases") Optional<BigDecimal> base) {
    VatPosting p = VatPosting.builder().rate(rate).base(base).fixedAsset(fixedAsset).build();

    assertThat(VatPosting.from(p.toTags())).contains(p);
  }

  @Provide
  Arbitrary<Optional<BigDecimal>> bases() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000000.00"), new BigDecimal("1000000.00")).ofScale(2)
        .optional();
  }
}
