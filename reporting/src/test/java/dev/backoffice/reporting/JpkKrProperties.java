package dev.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import dev.backoffice.reporting.jpk.JpkSummary;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JPK_KR file of any generated ledger is valid under the schema and its control sums agree with the trial balance. */
class JpkKrProperties {

  @Provide
  Arbitrary<List<GeneratedLedgers.Spec>> ledgers() {
    return GeneratedLedgers.ledgers(false).filter(l -> l.stream().anyMatch(s -> s.date().getYear() == 2025));
  }

  @Property(tries = 25)
  void bothSchemasAreValidAndTheirControlSumsAreTheTrialBalances(@ForAll("ledgers") List<GeneratedLedgers.Spec> specs)
      throws Exception {
    Reports reports = Reports.of(GeneratedLedgers.build(specs));
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);
    TrialBalance tb = reports.trialBalance(from, to);
    for (JpkSchema schema : JpkSchema.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JpkSummary s = reports.writeJpkKr(schema, from, to, JpkConfig.of("1234563218", "Generated"), out);
      JpkSchemas.validate(schema, out.toByteArray());
      assertThat(s.debitTotal()).isEqualTo(tb.total(Monies.PLN).turnover().debit());
      assertThat(s.creditTotal()).isEqualTo(tb.total(Monies.PLN).turnover().credit());
      assertThat(s.entriesTotal()).isEqualTo(s.debitTotal());
      assertThat(s.entries()).isEqualTo(specs.stream().filter(x -> x.date().getYear() == 2025).count());
      assertThat(s.lines()).isEqualTo(2L * specs.stream().filter(x -> x.date().getYear() == 2025)
          .mapToLong(x -> x.pairs().size()).sum());
    }
  }
}
