package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
  static final long MIN_PART_BYTES = 4L << 20;

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
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int parts = (int) Math.max(1, Math.min(parallelism, size / minPartBytes));
      long[] starts = new long[parts + 1];
      int n = 1;
      for (int i = 1; i < parts; i++) {
        long s = nextBlockStart(ch, size * i / parts);
        if (s > starts[n - 1]) {
          starts[n++] = s;
        }
      }
      starts[n] = Long.MAX_VALUE;
      Part[] ps = new Part[n];
      AtomicBoolean failed = new AtomicBoolean();
      for (int i = 0; i < n; i++) {
        ps[i] = new Part(source, last, ch, starts[i], starts[i + 1], failed);
      }
      CompletableFuture<?>[] running = new CompletableFuture<?>[n];
      // the value classes the result needs take a while to initialise: let another thread do it meanwhile
      CompletableFuture<?> warm = parallelism > 1 ? CompletableFuture.runAsync(Symbols::prewarm, executor) : null;
      for (int i = 1; i < n; i++) {
        running[i] = CompletableFuture.runAsync(ps[i], executor);
      }
      ps[0].run();
      for (int i = 1; i < n; i++) {
        try {
          running[i].join();
        } catch (CompletionException e) {
          ps[i].failure = e.getCause() == null ? e : e.getCause();
        }
      }
      Throwable warmFailure = null;
      if (warm != null) {
        try {
          warm.join();
        } catch (CompletionException e) {
          warmFailure = e.getCause() == null ? e : e.getCause();
        }
      }
      for (int i = 0; i < n; i++) {
        Throwable f = ps[i].failure;
        if (f instanceof JournalParseException && i > 0) {
          throw ((JournalParseException) f).movedDown(newlinesBefore(ch, starts[i]));
        }
        if (f instanceof RuntimeException) {
          throw (RuntimeException) f;
        }
        if (f instanceof Error) {
          throw (Error) f;
        }
        if (f != null) {
          throw new BackOfficeException("reading journal " + source + " failed", f);
        }
      }
      if (warmFailure != null) {
        throw new BackOfficeException("initialising the currency and account classes failed", warmFailure);
      }
      return rows(ps);
    } catch (IOException | UncheckedIOException e) {
      throw new BackOfficeException("cannot read journal " + source + ": " + e.getMessage(), e);
    }
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
    new JournalParser(source, symbols, sink).parse(ByteInput.of(reader), 0, Long.MAX_VALUE, true, () -> false);
    TreeMap<String, TreeMap<CurrencyUnit, Long>> merged = new TreeMap<>();
    merge(symbols, sink, merged);
    return rows(merged);
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
    return asOf == null ? Integer.MAX_VALUE : asOf.getYear() * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
  }

  /** One part of a file: its own parser, names and sums. */
  private static final class Part implements Runnable {
    final Symbols symbols = new Symbols(true);
    final BalanceSink sink;
    final JournalParser parser;
    final FileChannel channel;
    final long start;
    final long stop;
    final AtomicBoolean failed;
    volatile @Nullable Throwable failure;

    Part(String source, int last, FileChannel channel, long start, long stop, AtomicBoolean failed) {
      this.sink = new BalanceSink(source, last);
      this.parser = new JournalParser(source, symbols, sink);
      this.channel = channel;
      this.start = start;
      this.stop = stop;
      this.failed = failed;
    }

    @Override
    public void run() {
      try {
        parser.parse(ByteInput.of(channel, start), start, stop, start == 0, failed::get);
      } catch (RuntimeException | Error e) {
        failure = e;
        failed.set(true);
      }
    }
  }

  /** The offset of the first line at or after {@code from} that starts a block, or -1. */
  static long nextBlockStart(FileChannel ch, long from) throws IOException {
    if (from <= 0) {
      return 0;
    }
    ByteBuffer bb = ByteBuffer.allocate(64 * 1024);
    long pos = from - 1;
    byte prev = 0;
    boolean first = true;
    while (true) {
      bb.clear();
      int n = ch.read(bb, pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        byte b = bb.get(i);
        if (!first && prev == '\n' && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return pos + i;
        }
        first = false;
        prev = b;
      }
      pos += n;
    }
  }

  private static long newlinesBefore(FileChannel ch, long end) throws IOException {
    ByteBuffer bb = ByteBuffer.allocate(1 << 20);
    long pos = 0;
    long lines = 0;
    while (pos < end) {
      bb.clear();
      if (end - pos < bb.capacity()) {
        bb.limit((int) (end - pos));
      }
      int n = ch.read(bb, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (bb.get(i) == '\n') {
          lines++;
        }
      }
      pos += n;
    }
    return lines;
  }

  private static ImmutableList<BalanceRow> rows(Part[] parts) {
    TreeMap<String, TreeMap<CurrencyUnit, Long>> merged = new TreeMap<>();
    for (Part p : parts) {
      merge(p.symbols, p.sink, merged);
    }
    return rows(merged);
  }

  private static void merge(Symbols s, BalanceSink sink, TreeMap<String, TreeMap<CurrencyUnit, Long>> merged) {
    for (int a = 0; a < s.accountCount(); a++) {
      for (int c = 0; c < s.commodityCount(); c++) {
        long v = sink.sum(a, c);
        if (v != 0) {
          String name = s.name(a);
          CurrencyUnit cu = s.currency(c);
          try {
            merged.computeIfAbsent(name, k -> new TreeMap<>()).merge(cu, v, Math::addExact);
          } catch (ArithmeticException e) {
            throw new ValidationException("balance", name + " " + cu.getCode(), "must stay within ±9.2e18 minor units");
          }
        }
      }
    }
  }

  private static ImmutableList<BalanceRow> rows(TreeMap<String, TreeMap<CurrencyUnit, Long>> merged) {
    ImmutableList.Builder<BalanceRow> out = ImmutableList.builder();
    for (Map.Entry<String, TreeMap<CurrencyUnit, Long>> e : merged.entrySet()) {
      for (Map.Entry<CurrencyUnit, Long> c : e.getValue().entrySet()) {
        if (c.getValue() != 0) {
          out.add(BalanceRow.of(e.getKey(), Money.ofMinor(c.getKey(), c.getValue())));
        }
      }
    }
    return out.build();
  }
}
