package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

  static JournalEntry sale() {
    return JournalEntry.builder().date(DAY).document(DocumentRef.of("WB", "WB/1", DAY)).description("Wpłata | Klient")
        .addLines(JournalLine.builder().account("131 Bank:Rachunek walutowy").side(Side.DEBIT).amount(Monies.of("EUR", "1000.00"))
                .cost(Monies.of("PLN", "4215.00")).rate(new BigDecimal("4.2150")).memo("kurs NBP\nz dnia poprzedniego").build(),
            JournalLine.builder().account("131 Bank:Rachunek walutowy").side(Side.CREDIT).amount(Monies.of("EUR", "10.00"))
                .cost(Monies.of("PLN", "43.00")).build(),
            JournalLine.builder().account("201 Klienci").side(Side.CREDIT).amount(Monies.of("PLN", "4172.00")).build())
        .build();
  }

  @Test
  void writesDirectivesThenTransactions() {
    String text = JournalWriter.toText(List.of(sale()));
    assertThat(text).isEqualTo("commodity EUR\ncommodity PLN\n\n"
        + "account 131 Bank:Rachunek walutowy\naccount 201 Klienci\n\n"
        + "2025-01-10 (WB/1) Wpłata | Klient\n"
        + "    131 Bank:Rachunek walutowy  1000.00 EUR @ 4.2150 PLN  ; kurs NBP\n"
        + "      ; z dnia poprzedniego\n"
        + "    131 Bank:Rachunek walutowy  -10.00 EUR @@ 43.00 PLN\n"
        + "    201 Klienci  -4172.00 PLN\n\n");
    assertThat(JournalReader.read(text, "w").entries()).containsExactly(sale());
  }

  @Test
  void writesStatusMarksCommentsAndZeroCredits() {
    JournalEntry e = JournalEntry.builder().date(DAY)
        .addLines(JournalLine.debit("A:B", Monies.of("PLN", "0.00")), JournalLine.credit("A:C", Monies.of("PLN", "0.00")))
        .build();
    JournalTransaction t = JournalTransaction.builder().entry(e).status(TransactionStatus.PENDING).comment("do sprawdzenia\nQ1").build();
    StringBuilder sb = new StringBuilder();
    JournalWriter.writeTransactions(List.of(t), sb);
    assertThat(sb.toString()).endsWith("2025-01-10 !  ; do sprawdzenia\n    ; Q1\n    A:B  0.00 PLN\n    A:C  -0.00 PLN\n\n");
    assertThat(JournalReader.read(sb.toString(), "w").transactions()).containsExactly(t);
  }

  @Test
  void writesAFileThatReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.ledger");
    JournalWriter.write(List.of(sale(), sale()), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("2025-01-10 (WB/1)");
    assertThat(JournalReader.read(file).entries()).containsExactly(sale(), sale());
  }

  @Test
  void refusesWhatTheFormatCannotHold() {
    JournalEntry s = sale();
    assertRefused(JournalEntry.builder().from(s).id(EntryId.of("E1")).build(), "id");
    assertRefused(JournalEntry.builder().from(s).idempotencyKey(IdempotencyKey.of("k")).build(), "idempotencyKey");
    assertRefused(JournalEntry.builder().from(s).adjusting(true).build(), "adjusting");
    assertRefused(JournalEntry.builder().from(s).reversalOf(EntryId.of("E0")).build(), "reversalOf");
    assertRefused(JournalEntry.builder().from(s).document(DocumentRef.builder().type("WB").number("WB/1").date(DAY)
        .issuer("Bank").build()).build(), "document.issuer");
    assertRefused(JournalEntry.builder().from(s).document(DocumentRef.of("WB", "WB/1", DAY.minusDays(1))).build(), "document.date");
    assertRefused(JournalEntry.builder().from(s).document(DocumentRef.of("FV", "WB/1", DAY)).build(), "document.type");
    JournalEntry tagged = JournalEntry.builder().date(DAY).addLines(
        JournalLine.builder().account("A:B").side(Side.DEBIT).amount(Monies.of("PLN", "1.00"))
            .dimensions(Dimensions.of(Map.of(Dimension.PROJECT, "ERP"))).build(),
        JournalLine.credit("A:C", Monies.of("PLN", "1.00"))).build();
    assertRefused(tagged, "lines[0].dimensions");
    JournalEntry red = JournalEntry.builder().date(DAY).addLines(JournalLine.debit("A:B", Monies.of("PLN", "-1.00")),
        JournalLine.debit("A:C", Monies.of("PLN", "1.00"))).build();
    assertRefused(red, "lines[0].amount");
  }

  @Test
  void refusesTextThatWouldReadBackDifferently() {
    JournalEntry s = sale();
    assertRefused(JournalEntry.builder().from(s).description("a;b").build(), "entry");
    assertRefused(JournalEntry.builder().from(s).description(" padded").build(), "entry");
    assertRefused(JournalEntry.builder().from(s).document(java.util.Optional.empty()).description("(draft) x").build(), "entry");
    JournalEntry badRate = JournalEntry.builder().date(DAY).addLines(
        JournalLine.builder().account("A:B").side(Side.DEBIT).amount(Monies.of("EUR", "1.00")).cost(Monies.of("PLN", "4.22"))
            .rate(new BigDecimal("4.2140")).build(), // 1.00 × 4.2140 = 4.214 → 4.21, not 4.22
        JournalLine.credit("A:C", Monies.of("PLN", "4.22"))).build();
    assertRefused(badRate, "entry");
    JournalEntry badAccount = JournalEntry.builder().date(DAY).addLines(JournalLine.debit("A::B", Monies.of("PLN", "1.00")),
        JournalLine.credit("A:C", Monies.of("PLN", "1.00"))).build();
    assertThatThrownBy(() -> JournalWriter.toText(List.of(badAccount))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("cannot be read back").hasMessageContaining("empty part");
  }

  private static void assertRefused(JournalEntry e, String field) {
    assertThatThrownBy(() -> JournalWriter.toText(List.of(e))).isInstanceOfSatisfying(ValidationException.class,
        v -> assertThat(v.field()).isEqualTo(field));
  }
}
