package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joda.money.CurrencyUnit;

/**
 * Reads the journal text format (docs/JOURNAL-FORMAT.md; the mapping to the model is described in the
 * {@linkplain dev.backoffice.ledger.io package documentation}) into {@link JournalTransaction}s.
 *
 * <p>Everything the format allows is read; everything else is a {@link JournalParseException} naming the file,
 * line and column — never a silent skip. Files are read as UTF-8 (a leading byte order mark is skipped), with
 * LF or CRLF line ends. Reading is single-threaded and streams: {@link #stream} holds one transaction at a time.
 *
 * <pre>{@code
 * ParsedJournal journal = JournalReader.read(Path.of("books.ledger"));
 * Ledger ledger = JournalReader.load(journal, Ledger.builder().clock(clock));
 * }</pre>
 */
public final class JournalReader {
  private JournalReader() {}

  /**
   * Reads a journal file whole.
   *
   * @param file the file, UTF-8
   * @return its transactions, chart and commodities
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   * @throws BackOfficeException when the file cannot be read
   */
  public static ParsedJournal read(Path file) {
    Checks.notNull(file, "file");
    List<JournalTransaction> txs = new ArrayList<>();
    Result r = parseFile(file, txs::add);
    return journal(r, txs);
  }

  /**
   * Reads journal text.
   *
   * @param text the journal
   * @param source the name used in messages (e.g. the file it came from)
   * @return its transactions, chart and commodities
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   */
  public static ParsedJournal read(String text, String source) {
    Checks.notNull(text, "text");
    return read(new StringReader(text), source);
  }

  /**
   * Reads journal text from a reader (not closed).
   *
   * @param reader the characters
   * @param source the name used in messages
   * @return its transactions, chart and commodities
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   * @throws BackOfficeException when the reader fails or holds unpaired surrogates
   */
  public static ParsedJournal read(Reader reader, String source) {
    Checks.notNull(reader, "reader");
    List<JournalTransaction> txs = new ArrayList<>();
    return journal(parse(ByteInput.of(reader), source, txs::add), txs);
  }

  /**
   * Reads journal bytes (UTF-8) from a stream (not closed).
   *
   * @param in the bytes
   * @param source the name used in messages
   * @return its transactions, chart and commodities
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   * @throws BackOfficeException when the stream fails
   */
  public static ParsedJournal read(InputStream in, String source) {
    Checks.notNull(in, "in");
    List<JournalTransaction> txs = new ArrayList<>();
    return journal(parse(ByteInput.of(in), source, txs::add), txs);
  }

  /**
   * Reads a journal file transaction by transaction, for files too large to hold: memory stays constant
   * whatever the file's size.
   *
   * @param file the file, UTF-8
   * @param handler called for each transaction in file order
   * @return the chart, the commodities and the number of transactions
   * @throws JournalParseException at the first error; the handler has seen the transactions before it
   * @throws BackOfficeException when the file cannot be read
   */
  public static JournalSummary stream(Path file, JournalHandler handler) {
    Checks.notNull(file, "file");
    Checks.notNull(handler, "handler");
    return summary(parseFile(file, handler));
  }

  /**
   * Reads journal text from a reader transaction by transaction.
   *
   * @param reader the characters (not closed)
   * @param source the name used in messages
   * @param handler called for each transaction in file order
   * @return the chart, the commodities and the number of transactions
   * @throws JournalParseException at the first error; the handler has seen the transactions before it
   */
  public static JournalSummary stream(Reader reader, String source, JournalHandler handler) {
    Checks.notNull(reader, "reader");
    Checks.notNull(handler, "handler");
    return summary(parse(ByteInput.of(reader), source, handler));
  }

  /**
   * Reads journal bytes (UTF-8) from a stream transaction by transaction.
   *
   * @param in the bytes (not closed)
   * @param source the name used in messages
   * @param handler called for each transaction in file order
   * @return the chart, the commodities and the number of transactions
   * @throws JournalParseException at the first error; the handler has seen the transactions before it
   */
  public static JournalSummary stream(InputStream in, String source, JournalHandler handler) {
    Checks.notNull(in, "in");
    Checks.notNull(handler, "handler");
    return summary(parse(ByteInput.of(in), source, handler));
  }

  /**
   * Reads a journal file into a new ledger: builds the ledger, opens the journal's accounts it lacks, and posts
   * the entries in file order.
   *
   * @param file the file
   * @param builder the ledger's configuration (clock, base currency, chart, store, guards…)
   * @return the ledger holding the journal's entries
   * @throws JournalParseException for a parse error, or for an account or entry the ledger refused, at the line
   *     of the transaction (or of the account's first use); the partly loaded ledger is closed and dropped
   */
  public static Ledger load(Path file, Ledger.Builder builder) {
    return load(read(file), builder);
  }

  /**
   * Loads journal entries already read into a new ledger, as {@link #load(Path, Ledger.Builder)}.
   *
   * @param journal the journal read
   * @param builder the ledger's configuration
   * @return the ledger holding the journal's entries
   * @throws JournalParseException for an account or entry the ledger refused, at its line; the partly loaded
   *     ledger is closed and dropped
   */
  public static Ledger load(ParsedJournal journal, Ledger.Builder builder) {
    Checks.notNull(journal, "journal");
    Checks.notNull(builder, "builder");
    Ledger ledger = builder.build();
    boolean done = false;
    try {
      openAccounts(journal, ledger);
      for (JournalTransaction t : journal.transactions()) {
        try {
          ledger.post(t.entry());
        } catch (BackOfficeException e) {
          throw rejected(journal.source(), t.line().orElse(1), t.entry().subject(), e);
        }
      }
      done = true;
      return ledger;
    } finally {
      if (!done) {
        ledger.close();
      }
    }
  }

  private static void openAccounts(ParsedJournal journal, Ledger ledger) {
    ChartOfAccounts have = ledger.chart();
    List<Account> missing = new ArrayList<>();
    for (Account a : journal.chart().accounts()) {
      if (!have.contains(a.code())) {
        missing.add(a);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try {
      ledger.openAccounts(missing);
    } catch (BackOfficeException all) {
      // nothing was opened; open them one by one, parents first, to name the account refused and its line
      missing.sort(Comparator.comparingLong((Account a) -> a.code().chars().filter(c -> c == ':').count())
          .thenComparingLong(a -> journal.accountLines().getOrDefault(a.code(), 1L)));
      for (Account a : missing) {
        try {
          ledger.openAccount(a);
        } catch (BackOfficeException one) {
          throw rejected(journal.source(), journal.accountLines().getOrDefault(a.code(), 1L), "account " + a.code(), one);
        }
      }
      throw all;
    }
  }

  private static JournalParseException rejected(String source, long line, String subject, BackOfficeException e) {
    JournalParseException p = e instanceof ValidationException
        ? new JournalParseException(source, line, 1, ((ValidationException) e).field(),
            ((ValidationException) e).value().orElse(null), ((ValidationException) e).rule())
        : new JournalParseException(source, line, 1, "transaction", subject, "must be accepted by the ledger: " + e.getMessage());
    p.initCause(e);
    return p;
  }

  // ------------------------------------------------------------------------------------------- internals

  /** A finished parse. */
  private static final class Result {
    final String source;
    final Symbols symbols;
    final long count;

    Result(String source, Symbols symbols, long count) {
      this.source = source;
      this.symbols = symbols;
      this.count = count;
    }
  }

  private static Result parseFile(Path file, JournalHandler handler) {
    String source = file.toString();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return parse(ByteInput.of(ch, 0), source, handler);
    } catch (IOException e) {
      throw new BackOfficeException("cannot read journal " + source + ": " + e.getMessage(), e);
    }
  }

  private static Result parse(ByteInput input, String source, JournalHandler handler) {
    Checks.notNull(source, "source");
    Symbols symbols = new Symbols();
    EntrySink sink = new EntrySink(source, handler);
    new JournalParser(source, symbols, sink, true).parse(input, 0, Long.MAX_VALUE, true, () -> false);
    return new Result(source, symbols, sink.count());
  }

  private static ChartOfAccounts chart(Result r) {
    return ChartOfAccounts.of(r.symbols.chartAccounts());
  }

  private static ImmutableSet<CurrencyUnit> commodities(Result r) {
    ImmutableSortedSet.Builder<CurrencyUnit> b = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < r.symbols.commodityCount(); i++) {
      b.add(r.symbols.currency(i));
    }
    return b.build();
  }

  private static ParsedJournal journal(Result r, List<JournalTransaction> txs) {
    // a transaction with a balance assignment is resolved after the others (in date order): back to file order
    txs.sort(Comparator.comparingLong(t -> t.line().orElse(0)));
    return ParsedJournal.builder().source(r.source).transactions(ImmutableList.copyOf(txs)).chart(chart(r))
        .accountLines(ImmutableMap.copyOf(r.symbols.firstLines())).commodities(commodities(r)).build();
  }

  private static JournalSummary summary(Result r) {
    return JournalSummary.builder().source(r.source).chart(chart(r)).commodities(commodities(r))
        .transactionCount(r.count).build();
  }
}
