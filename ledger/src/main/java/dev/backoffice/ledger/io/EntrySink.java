package dev.backoffice.ledger.io;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/** Turns resolved transactions into {@link JournalTransaction}s for a handler. */
final class EntrySink implements JournalParser.Sink {
  private final String source;
  private final JournalHandler handler;
  private long count;
  private LocalDate lastDate = LocalDate.MIN;

  EntrySink(String source, JournalHandler handler) {
    this.source = source;
    this.handler = handler;
  }

  long count() {
    return count;
  }

  @Override
  public void transaction(Txn t, Symbols s) {
    JournalTransaction tx;
    try {
      tx = build(t, s);
    } catch (ValidationException e) {
      // the parser checks every rule the model has; this only guards against a rule added to the model later
      JournalParseException p = new JournalParseException(source, t.line, 1, e.field(), e.value().orElse(null), e.rule());
      p.initCause(e);
      throw p;
    }
    count++;
    handler.transaction(tx);
  }

  private JournalTransaction build(Txn t, Symbols s) {
    LocalDate date = lastDate;
    if (date.getYear() != t.year || date.getMonthValue() != t.month || date.getDayOfMonth() != t.day) {
      date = LocalDate.of(t.year, t.month, t.day);
      lastDate = date;
    }
    ImmutableJournalEntry.Builder e = JournalEntry.builder().date(date).description(text(t, t.descFrom, t.descTo))
        .tags(tags(t, -1));
    if (t.codeFrom >= 0) {
      String code = text(t, t.codeFrom, t.codeTo);
      e.document(DocumentRef.of(documentType(code), code, date));
    }
    for (int i = 0; i < t.lines; i++) {
      ImmutableJournalLine.Builder l = JournalLine.builder()
          .account(s.name(t.lAcct[i]))
          .side(t.lCredit[i] ? Side.CREDIT : Side.DEBIT)
          .amount(Money.ofMinor(s.currency(t.lCmd[i]), t.lMinor[i]));
      if (t.lCostCmd[i] >= 0) {
        l.cost(Money.ofMinor(s.currency(t.lCostCmd[i]), t.lCost[i]));
        if (t.lRate[i] != null) {
          l.rate(t.lRate[i]);
        }
      }
      comment(t, t.lPosting[i]).ifPresent(l::memo);
      l.tags(tags(t, t.lPosting[i]));
      e.addLines(l.build());
    }
    return JournalTransaction.builder().entry(e.build()).status(t.status).comment(comment(t, -1)).line(t.line).build();
  }

  /**
   * The document type a code stands for: its leading upper-case letters when they form a valid type
   * ({@code "FV/1/2025"} → {@code FV}), else {@code DOC}.
   */
  static String documentType(String code) {
    int n = 0;
    while (n < code.length() && code.charAt(n) >= 'A' && code.charAt(n) <= 'Z') {
      n++;
    }
    return n >= 1 && n <= 10 ? code.substring(0, n) : "DOC";
  }

  private static String text(Txn t, int from, int to) {
    return new String(t.buf, from, to - from, StandardCharsets.UTF_8);
  }

  /** The comment lines of an owner (-1: the transaction) joined with line breaks, but for lines of tags only. */
  private static Optional<String> comment(Txn t, int owner) {
    String joined = null;
    for (int k = 0; k < t.segments; k++) {
      if (t.seg[k * 3] == owner) {
        String part = text(t, t.seg[k * 3 + 1], t.seg[k * 3 + 2]);
        if (!CommentTags.tagsOnly(part)) {
          joined = joined == null ? part : joined + "\n" + part;
        }
      }
    }
    return Optional.ofNullable(joined);
  }

  /** The tags of every comment line of an owner (-1: the transaction), in order. */
  private static Tags tags(Txn t, int owner) {
    Tags tags = Tags.empty();
    for (int k = 0; k < t.segments; k++) {
      if (t.seg[k * 3] == owner) {
        for (String[] tag : CommentTags.parse(text(t, t.seg[k * 3 + 1], t.seg[k * 3 + 2]))) {
          tags = tags.with(tag[0], tag[1]);
        }
      }
    }
    return tags;
  }
}
