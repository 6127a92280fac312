package dev.backoffice.ledger.io;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Writes journal entries in the journal text format, so that {@link JournalReader} reads back equal entries and
 * hledger 1.25 and ledger 3.3 read the same balances.
 *
 * <p>The output starts with a {@code commodity} directive for every currency used and an {@code account}
 * directive for every account used (both sorted), then one transaction per entry in the given order:
 * {@code DATE [MARK] [(DOCUMENT)] DESCRIPTION  ; COMMENT}, then one posting per line,
 * {@code ACCOUNT  AMOUNT CODE [@ RATE CODE | @@ COST CODE]  ; MEMO}, with a debit as a plain amount and a credit
 * as a negative one ({@code -0.00} for a zero credit), and a blank line. A line with a rate is written with
 * {@code @ rate}, else one with a cost with {@code @@ cost}.
 *
 * <p>What the format cannot hold is refused, never dropped: an entry id, idempotency key, adjusting flag or
 * reversal link, line dimensions, a negative (red-reversal) amount, a zero amount with a cost, a document with an
 * issuer, another date than the entry's or a type other than the leading capitals of its number. Every written
 * transaction is read back and compared: text that would read differently (a {@code ;} in a description, a
 * description starting with {@code (}, a memo with leading spaces, a rate that does not give the cost…) is a
 * {@link ValidationException} naming the entry. Nothing is written for a refused batch when writing to a file.
 */
public final class JournalWriter {
  private JournalWriter() {}

  /**
   * The entries as journal text.
   *
   * @param entries the entries, in the order to write them
   * @return the text
   * @throws ValidationException for an entry the format cannot hold
   */
  public static String toText(Iterable<JournalEntry> entries) {
    StringBuilder sb = new StringBuilder();
    write(entries, sb);
    return sb.toString();
  }

  /**
   * Writes entries (without status marks or comments).
   *
   * @param entries the entries
   * @param out where to write
   * @throws ValidationException for an entry the format cannot hold; text before it may have been written
   * @throws BackOfficeException when writing fails
   */
  public static void write(Iterable<JournalEntry> entries, Appendable out) {
    Checks.notNull(entries, "entries");
    List<JournalTransaction> txs = new ArrayList<>();
    for (JournalEntry e : entries) {
      txs.add(JournalTransaction.of(Checks.notNull(e, "entry")));
    }
    writeTransactions(txs, out);
  }

  /**
   * Writes entries to a file (UTF-8), replacing it; checks every entry before the file is touched.
   *
   * @param entries the entries
   * @param file the file
   * @throws ValidationException for an entry the format cannot hold (the file is then not written)
   * @throws BackOfficeException when writing fails
   */
  public static void write(Iterable<JournalEntry> entries, Path file) {
    Checks.notNull(file, "file");
    String text = toText(entries);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(text);
    } catch (IOException e) {
      throw new BackOfficeException("cannot write journal " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes transactions with their status marks and comments.
   *
   * @param transactions the transactions
   * @param out where to write
   * @throws ValidationException for a transaction the format cannot hold; text before it may have been written
   * @throws BackOfficeException when writing fails
   */
  public static void writeTransactions(Iterable<JournalTransaction> transactions, Appendable out) {
    Checks.notNull(transactions, "transactions");
    Checks.notNull(out, "out");
    TreeSet<String> currencies = new TreeSet<>();
    TreeSet<String> accounts = new TreeSet<>();
    for (JournalTransaction t : transactions) {
      for (JournalLine l : t.entry().lines()) {
        accounts.add(l.account());
        currencies.add(l.amount().getCurrencyUnit().getCode());
        l.cost().ifPresent(c -> currencies.add(c.getCurrencyUnit().getCode()));
      }
    }
    Reparser check = new Reparser();
    try {
      StringBuilder head = new StringBuilder();
      for (String c : currencies) {
        head.append("commodity ").append(c).append('\n');
      }
      if (!currencies.isEmpty()) {
        head.append('\n');
      }
      for (String a : accounts) {
        head.append("account ").append(a).append('\n');
      }
      if (!accounts.isEmpty()) {
        head.append('\n');
      }
      out.append(head);
      StringBuilder sb = new StringBuilder(256);
      for (JournalTransaction t : transactions) {
        sb.setLength(0);
        format(t, sb);
        check.verify(t, sb);
        out.append(sb);
      }
    } catch (IOException e) {
      throw new BackOfficeException("writing journal failed: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------- internals

  private static void format(JournalTransaction t, StringBuilder sb) {
    JournalEntry e = t.entry();
    refuseWhatTheFormatCannotHold(e);
    sb.append(e.date());
    if (t.status() != TransactionStatus.UNMARKED) {
      sb.append(' ').append(t.status().mark());
    }
    e.document().ifPresent(d -> sb.append(" (").append(d.number()).append(')'));
    if (!e.description().isEmpty()) {
      sb.append(' ').append(e.description());
    }
    comment(sb, withTags(e.subject(), "tags", t.comment().orElse(null), e.tags()), "  ; ", "\n    ; ");
    sb.append('\n');
    for (JournalLine l : e.lines()) {
      sb.append("    ").append(l.account()).append("  ");
      amount(sb, l.amount(), l.side() == Side.CREDIT);
      if (l.cost().isPresent()) {
        Money c = l.cost().get();
        if (l.rate().isPresent()) {
          sb.append(" @ ").append(l.rate().get().toPlainString()).append(' ').append(c.getCurrencyUnit().getCode());
        } else {
          sb.append(" @@ ").append(c.getAmount().toPlainString()).append(' ').append(c.getCurrencyUnit().getCode());
        }
      }
      comment(sb, withTags(e.subject(), "lines[" + e.lines().indexOf(l) + "].tags", l.memo().orElse(null), l.tags()),
          "  ; ", "\n      ; ");
      sb.append('\n');
    }
    sb.append('\n');
  }

  private static void amount(StringBuilder sb, Money m, boolean credit) {
    sb.append(credit ? "-" : "").append(m.getAmount().toPlainString()).append(' ').append(m.getCurrencyUnit().getCode());
  }

  /**
   * The comment to write for a text and its tags: the text, then a line of the tags the text does not already
   * hold (read back as tags only, not as text). The text's own tags read first, so for each key its values in
   * the text must be the first of the key's values; otherwise the comment would read back with other tags and
   * is refused.
   */
  private static @Nullable String withTags(String subject, String field, @Nullable String text, Tags tags) {
    Tags inText = Tags.empty();
    if (text != null) {
      for (String[] tag : CommentTags.parse(text)) {
        inText = inText.with(tag[0], tag[1]);
      }
    }
    Tags rest = Tags.empty();
    for (String key : inText.keys()) {
      if (!tags.has(key)) {
        refuse(subject, field, tags, "must hold every tag the comment " + text + " reads as");
      }
    }
    for (String key : tags.keys()) {
      List<String> all = tags.all(key);
      List<String> written = inText.all(key);
      if (written.size() > all.size() || !all.subList(0, written.size()).equals(written)) {
        refuse(subject, field, tags, "must begin, for " + key + ", with the values the comment " + text + " reads as");
      }
      for (String v : all.subList(written.size(), all.size())) {
        rest = rest.with(key, v);
      }
    }
    if (rest.isEmpty()) {
      return text;
    }
    return text == null ? rest.toString() : text + "\n" + rest;
  }

  private static void comment(StringBuilder sb, @Nullable String text, String first, String next) {
    if (text == null) {
      return;
    }
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      sb.append(i == 0 ? first : next).append(parts[i]);
    }
  }

  private static void refuseWhatTheFormatCannotHold(JournalEntry e) {
    String subject = e.subject();
    String rule = "cannot be written in the journal text format";
    e.id().ifPresent(v -> refuse(subject, "id", v, rule));
    e.idempotencyKey().ifPresent(v -> refuse(subject, "idempotencyKey", v, rule));
    e.reversalOf().ifPresent(v -> refuse(subject, "reversalOf", v, rule));
    if (e.adjusting()) {
      refuse(subject, "adjusting", true, rule);
    }
    if (e.document().isPresent()) {
      DocumentRef d = e.document().get();
      d.issuer().ifPresent(v -> refuse(subject, "document.issuer", v, rule));
      if (!d.date().equals(e.date())) {
        refuse(subject, "document.date", d.date(), "must be the entry's date " + e.date() + " to be written as its code");
      }
      if (!d.type().equals(EntrySink.documentType(d.number()))) {
        refuse(subject, "document.type", d.type(), "must be the leading capitals of the number " + d.number()
            + " (or DOC when it has none) to be written as the code");
      }
    }
    for (int i = 0; i < e.lines().size(); i++) {
      JournalLine l = e.lines().get(i);
      String field = "lines[" + i + "]";
      if (!l.dimensions().isEmpty()) {
        refuse(subject, field + ".dimensions", l.dimensions(), rule);
      }
      if (l.amount().isNegative()) {
        refuse(subject, field + ".amount", l.amount(), "must not be negative (a red reversal) to be written: the text"
            + " format shows the side by the sign");
      }
      if (l.amount().isZero() && l.cost().isPresent() && !l.cost().get().isZero()) {
        refuse(subject, field + ".cost", l.cost().get(), "must be zero for a zero amount to be written");
      }
    }
  }

  private static void refuse(String subject, String field, Object value, String rule) {
    throw new ValidationException(subject, field, value, rule);
  }

  /** Reads each written transaction back with the one parser and compares it with what was meant. */
  private static final class Reparser implements JournalParser.Sink {
    private static final String SOURCE = "written text";
    private final Symbols symbols = new Symbols();
    private final List<JournalTransaction> read = new ArrayList<>(1);
    private final EntrySink entries = new EntrySink(SOURCE, read::add);

    @Override
    public void transaction(Txn t, Symbols s) {
      entries.transaction(t, s);
    }

    void verify(JournalTransaction meant, CharSequence text) {
      read.clear();
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      String problem;
      try {
        new JournalParser(SOURCE, symbols, this, true, Math.max(256, bytes.length + 1))
            .parse(ByteInput.of(bytes), 0, Long.MAX_VALUE, false, () -> false);
        JournalTransaction back = read.size() == 1 ? read.get(0) : null;
        if (back != null && back.entry().equals(meant.entry()) && back.status() == meant.status()
            && back.comment().equals(meant.comment())) {
          return;
        }
        problem = "reads back as " + (back == null ? read.size() + " transactions" : back.entry() + " " + back.comment());
      } catch (ValidationException e) {
        problem = "cannot be read back: " + e.getMessage();
      }
      throw new ValidationException(meant.entry().subject(), "entry", text.toString().strip(),
          "must read back unchanged from the journal text format, but " + problem);
    }
  }
}
