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
import java.util.Optional;
import java.util.concurrent.Executor;
import org.joda.money.BigMoney;
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
   * The turnover of a journal file over a period, per account and commodity, without building a ledger: what a
   * trial balance is made of, at the speed of {@link #of(Path, LocalDate, Executor, int)} (the same parse; a large
   * file in parallel parts). The whole file is read and checked as {@link JournalReader} checks it.
   *
   * @param file the journal, UTF-8
   * @param from the first day of the period; null: from the first transaction (openings zero)
   * @param to the last day of the period; null: to the last transaction
   * @param cumulativeFrom the first day of the cumulative turnover; null: the period's
   * @param executor runs the parts after the first (the first runs in the calling thread)
   * @param parallelism the number of parts at most, from 1
   * @return the turnover, the conversion rows, the prices and the last date of the file
   * @throws JournalParseException for the first error in file order
   * @throws BackOfficeException when the file cannot be read
   */
  public static JournalTurnover turnover(Path file, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable LocalDate cumulativeFrom, Executor executor, int parallelism) {
    return turnover(file, from, to, cumulativeFrom, executor, parallelism, MIN_PART_BYTES, null);
  }

  /**
   * The turnover of a journal file in a base currency: as {@link #turnover(Path, LocalDate, LocalDate, LocalDate,
   * Executor, int)}, but a line in another commodity priced in the base currency ({@code @} or {@code @@}) counts
   * at that price on the account's base-currency row, as the ledger's base-currency trial balance counts it; a
   * line with no base-currency value stays in its commodity; there are no conversion rows.
   *
   * @param file the journal, UTF-8
   * @param from the first day of the period; null: from the first transaction
   * @param to the last day of the period; null: to the last transaction
   * @param cumulativeFrom the first day of the cumulative turnover; null: the period's
   * @param base the base currency, e.g. PLN
   * @param executor runs the parts after the first
   * @param parallelism the number of parts at most, from 1
   * @return the turnover in the base currency (and the lines without a value in it)
   * @throws JournalParseException for the first error in file order
   */
  public static JournalTurnover turnoverInBase(Path file, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable LocalDate cumulativeFrom, CurrencyUnit base, Executor executor, int parallelism) {
    Checks.notNull(base, "base");
    return turnover(file, from, to, cumulativeFrom, executor, parallelism, MIN_PART_BYTES, base.getCode());
  }

  /** As the public overloads, with the smallest part size as a parameter (tests split small files). */
  static JournalTurnover turnover(Path file, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable LocalDate cumulativeFrom, Executor executor, int parallelism, long minPartBytes,
      @Nullable String base) {
    Checks.notNull(file, "file");
    Checks.notNull(executor, "executor");
    Checks.check(parallelism >= 1, "parallelism", parallelism, "must be at least 1");
    Checks.check(from == null || to == null || !to.isBefore(from), "to", to, "must not be before from " + from);
    String source = file.toString();
    int f = from == null ? 0 : dateKey(from);
    int t = dateKey(to);
    int c = cumulativeFrom == null ? f : dateKey(cumulativeFrom);
    MergedSums m = MergedSums.of(FileParts.parse(file, new FileParts.Sinks<TrialSink>() {
      @Override
      public TrialSink create() {
        return new TrialSink(source, f, t, c, base);
      }
    }, executor, parallelism, minPartBytes));
    ImmutableJournalTurnover.Builder b = JournalTurnover.builder().from(Optional.ofNullable(from))
        .to(Optional.ofNullable(to)).cumulativeFrom(Optional.ofNullable(cumulativeFrom));
    for (int a = 0; a < m.accounts.length; a++) {
      for (int k = 0; k < m.codes.length; k++) {
        if (m.cells[a][k] != null) {
          b.addRows(turnoverRow(m.accounts[a], CurrencyUnit.of(m.codes[k]), m.cells[a][k]));
        }
      }
    }
    for (int k = 0; k < m.codes.length; k++) {
      if (m.extra[k] != null) {
        b.addConversions(turnoverRow(JournalTurnover.CONVERSION, CurrencyUnit.of(m.codes[k]), m.extra[k]));
      }
    }
    for (SumSink.PriceRow p : m.prices) {
      b.addPrices(MarketPrice.of(date(p.date()), CurrencyUnit.of(p.commodity()),
          BigMoney.of(CurrencyUnit.of(p.priceCommodity()), p.price())));
    }
    if (m.lastDate > 0) {
      b.lastDate(date(m.lastDate));
    }
    return b.build();
  }

  private static TurnoverRow turnoverRow(String account, CurrencyUnit cu, long[] s) {
    return TurnoverRow.builder().account(account)
        .opening(Money.ofMinor(cu, s[TrialSink.OPENING]))
        .debit(Money.ofMinor(cu, s[TrialSink.DEBIT]))
        .credit(Money.ofMinor(cu, s[TrialSink.CREDIT]))
        .cumulativeDebit(Money.ofMinor(cu, s[TrialSink.CUMULATIVE_DEBIT]))
        .cumulativeCredit(Money.ofMinor(cu, s[TrialSink.CUMULATIVE_CREDIT]))
        .build();
  }

  private static LocalDate date(int key) {
    return LocalDate.of(key / 10000, key / 100 % 100, key % 100);
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

  private static int dateKey(@Nullable LocalDate asOf) {
    return HeaderDates.key(asOf);
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
