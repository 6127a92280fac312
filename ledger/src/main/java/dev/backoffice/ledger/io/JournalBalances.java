package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The balances of a journal file, computed straight from its bytes: the fast path behind
 * {@code backoffice balance}. It accepts and rejects exactly what {@link JournalReader} does (the same parser
 * checks every transaction) and gives, for every account and commodity, what a {@link dev.backoffice.ledger.Ledger}
 * loaded from the file would report as debit minus credit — without building entries, so a file of a million
 * transactions takes well under a second and little memory.
 *
 * <p>With an executor, a large file is cut at transaction boundaries into parts parsed in parallel; the
 * executor is the caller's (the library starts no threads of its own).
 *
 * <pre>{@code
 * ImmutableList<BalanceRow> rows = JournalBalances.of(Path.of("books.ledger"));
 * JournalBalances.writeCsv(rows, System.out);
 * }</pre>
 */
public final class JournalBalances {
  /** Files smaller than this are parsed in one part: splitting would cost more than it saves. */
  static final long MIN_PART_BYTES = FileParts.MIN_PART_BYTES;

  private JournalBalances() {}

  /**
   * The balances at the end of a journal file.
   *
   * @param file the journal, UTF-8
   * @return one row per account and commodity with a non-zero balance, sorted by account then commodity code
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   * @throws BackOfficeException when the file cannot be read
   */
  public static ImmutableList<BalanceRow> of(Path file) {
    return of(file, null);
  }

  /**
   * The balances of a journal file as of a date, in the calling thread.
   *
   * @param file the journal, UTF-8
   * @param asOf the last date counted (inclusive); null for all; later transactions are still checked
   * @return one row per account and commodity with a non-zero balance, sorted by account then commodity code
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   * @throws BackOfficeException when the file cannot be read
   */
  public static ImmutableList<BalanceRow> of(Path file, @Nullable LocalDate asOf) {
    return of(file, asOf, Runnable::run, 1);
  }

  /**
   * The balances of a journal file as of a date, parsing parts of a large file in parallel.
   *
   * @param file the journal, UTF-8
   * @param asOf the last date counted (inclusive); null for all
   * @param executor runs the parts after the first (the first runs in the calling thread)
   * @param parallelism the number of parts at most, from 1; files below 4 MiB a part are not split
   * @return one row per account and commodity with a non-zero balance, sorted by account then commodity code
   * @throws JournalParseException for the first error in file order
   * @throws BackOfficeException when the file cannot be read
   */
  public static ImmutableList<BalanceRow> of(Path file, @Nullable LocalDate asOf, Executor executor, int parallelism) {
    return of(file, asOf, executor, parallelism, MIN_PART_BYTES);
  }

  /** As the public overload, with the smallest part size as a parameter (tests split small files). */
  static ImmutableList<BalanceRow> of(Path file, @Nullable LocalDate asOf, Executor executor, int parallelism,
      long minPartBytes) {
    Checks.notNull(file, "file");
    Checks.notNull(executor, "executor");
    Checks.check(parallelism >= 1, "parallelism", parallelism, "must be at least 1");
    String source = file.toString();
    int last = dateKey(asOf);
    return rows(MergedSums.of(FileParts.parse(file, new FileParts.Sinks<BalanceSink>() {
      @Override
      public BalanceSink create() {
        return new BalanceSink(source, last);
      }
    }, executor, parallelism, minPartBytes)));
  }

  /**
   * The balances of journal text.
   *
   * @param text the journal
   * @param source the name used in messages
   * @return one row per account and commodity with a non-zero balance, sorted by account then commodity code
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   */
  public static ImmutableList<BalanceRow> of(String text, String source) {
    Checks.notNull(text, "text");
    return of(new StringReader(text), source, null);
  }

  /**
   * The balances of journal text from a reader (not closed), as of a date.
   *
   * @param reader the journal
   * @param source the name used in messages
   * @param asOf the last date counted (inclusive); null for all
   * @return one row per account and commodity with a non-zero balance, sorted by account then commodity code
   * @throws JournalParseException for malformed or unsupported text, or an unbalanced transaction
   * @throws BackOfficeException when the reader fails
   */
  public static ImmutableList<BalanceRow> of(Reader reader, String source, @Nullable LocalDate asOf) {
    Checks.notNull(reader, "reader");
    Checks.notNull(source, "source");
    Symbols symbols = new Symbols(true);
    BalanceSink sink = new BalanceSink(source, dateKey(asOf));
    new JournalParser(source, symbols, sink, true).parse(ByteInput.of(reader), 0, Long.MAX_VALUE, true, () -> false);
    return rows(MergedSums.of(new Symbols[] {symbols}, new SumSink[] {sink}));
  }

  /**
   * Writes rows as CSV: header {@code account,commodity,amount}, amounts as plain decimals at the commodity's
   * decimal places ({@code -1234.50}); an account holding a comma, quote or line break is quoted (RFC 4180).
   *
   * @param rows the rows
   * @param out where to write
   * @throws BackOfficeException when writing fails
   */
  public static void writeCsv(List<BalanceRow> rows, Appendable out) {
    Checks.notNull(rows, "rows");
    Checks.notNull(out, "out");
    StringBuilder sb = new StringBuilder(rows.size() * 48 + 32);
    sb.append("account,commodity,amount\n");
    for (BalanceRow r : rows) {
      String a = r.account();
      if (a.indexOf(',') >= 0 || a.indexOf('"') >= 0 || a.indexOf('\n') >= 0 || a.indexOf('\r') >= 0) {
        sb.append('"').append(a.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(a);
      }
      sb.append(',').append(r.commodity().getCode()).append(',').append(r.amount().getAmount().toPlainString()).append('\n');
    }
    try {
      out.append(sb);
    } catch (IOException e) {
      throw new BackOfficeException("writing balances failed: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------- internals

  static int dateKey(@Nullable LocalDate asOf) {
    return asOf == null ? Integer.MAX_VALUE : asOf.getYear() * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
  }

  private static ImmutableList<BalanceRow> rows(MergedSums m) {
    ImmutableList.Builder<BalanceRow> out = ImmutableList.builder();
    for (int a = 0; a < m.accounts.length; a++) {
      long[][] row = m.cells[a];
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null && row[c][0] != 0) {
          out.add(BalanceRow.of(m.accounts[a], Money.ofMinor(CurrencyUnit.of(m.codes[c]), row[c][0])));
        }
      }
    }
    return out.build();
  }
}
