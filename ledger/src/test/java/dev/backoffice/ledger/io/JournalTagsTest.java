package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Tags;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags in journal comments: read into the entry's and the lines' {@link Tags}, written back, read back equal. */
class JournalTagsTest {
  private static final String TEXT = "2025-01-05 * (FV/1/2025) Sale  ; partner: 5260001246, partner-name: ACME\n"
      + "    ; sale-date: 2025-01-04\n"
      + "    ; paid on time, see doc: FV/1/2025\n"
      + "    Assets:Receivables  123.00 PLN  ; due: 2025-02-04\n"
      + "    Income:Sales  -100.00 PLN  ; vat-base: 100.00, vat-rate: 23\n"
      + "      ; gtu: GTU_12, gtu: GTU_13\n"
      + "    Liabilities:VAT  -23.00 PLN  ; VAT 23%\n";

  @Test
  void transactionAndPostingCommentsGiveTheEntrysAndTheLinesTags() {
    JournalTransaction t = JournalReader.read(TEXT, "t.ledger").transactions().get(0);
    JournalEntry e = t.entry();
    // the header's and the comment lines' tags, in order; "paid on time, see doc: ..." is text with a tag in it
    assertThat(e.tags()).isEqualTo(Tags.of("partner", "5260001246").with("partner-name", "ACME")
        .with("sale-date", "2025-01-04").with("doc", "FV/1/2025"));
    // lines of tags only are not comment text; text holding a tag stays
    assertThat(t.comment()).contains("paid on time, see doc: FV/1/2025");
    List<JournalLine> l = e.lines();
    assertThat(l.get(0).tags()).isEqualTo(Tags.of("due", "2025-02-04"));
    assertThat(l.get(0).memo()).isEmpty();
    assertThat(l.get(1).tags()).isEqualTo(Tags.of("vat-base", "100.00").with("vat-rate", "23").with("gtu", "GTU_12")
        .with("gtu", "GTU_13"));
    assertThat(l.get(2).tags()).isEqualTo(Tags.empty());
    assertThat(l.get(2).memo()).contains("VAT 23%");
  }

  @Test
  void theWriterWritesTagsBackAndTheyReadBackEqual() {
    List<JournalTransaction> read = JournalReader.read(TEXT, "t.ledger").transactions();
    StringBuilder sb = new StringBuilder();
    JournalWriter.writeTransactions(read, sb);
    assertThat(JournalReader.read(sb.toString(), "w.ledger").transactions()).isEqualTo(read);
    // an entry built in code with tags and no comment: a comment line of the tags
    JournalEntry built = JournalEntry.builder().from(read.get(0).entry()).tags(Tags.of("ksef", "5260001246-20250105-X"))
        .build();
    String text = JournalWriter.toText(List.of(built));
    assertThat(text).contains("Sale  ; ksef: 5260001246-20250105-X\n");
    assertThat(JournalReader.read(text, "w.ledger").entries()).containsExactly(built);
  }

  @Test
  void textThatWouldReadAsOtherTagsIsRefused() {
    JournalEntry e = JournalReader.read(TEXT, "t.ledger").entries().get(0);
    JournalTransaction t = JournalTransaction.builder().entry(dev.backoffice.ledger.entry.ImmutableJournalEntry.copyOf(e)
        .withTags(Tags.of("partner", "1")))
        .comment("see doc: FV/1/2025").build();
    assertThatThrownBy(() -> JournalWriter.writeTransactions(List.of(t), new StringBuilder()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("tags");
  }

  @Test
  void theBalancePathsAcceptWhatTheReaderAccepts() {
    // tags never make a journal invalid: a word that is no tag key is plain text
    String odd = "2025-01-05 x  ; a.b: c, " + "v".repeat(600) + ": x, ok:\n    A  1.00 PLN\n    B\n";
    assertThat(JournalReader.read(odd, "t.ledger").entries().get(0).tags()).isEqualTo(Tags.of("ok", ""));
    assertThat(JournalBalances.of(odd, "t.ledger")).hasSize(2);
  }
}
