package dev.backoffice.ledger.io;

import dev.backoffice.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The balances of a journal file as CSV bytes, for a tool whose whole run is one balance: what
 * {@link JournalBalances#of(Path, LocalDate, Executor, int)} followed by {@link JournalBalances#writeCsv} gives,
 * through the same grammar and the same balance sink, but rendered without the collections and money libraries
 * (no Guava, no Joda-Money, no lambdas), so that a short-lived JVM spends its time on the file rather than on
 * loading and initialising classes. It accepts and rejects exactly what {@link JournalReader} does, with the same
 * messages.
 *
 * <pre>{@code
 * byte[] csv = QuickBalances.csv(Path.of("books.ledger"), null, Runnable::run, 1);
 * }</pre>
 */
public final class QuickBalances {
  private QuickBalances() {}

  /**
   * The balances of a journal file as of a date, as the CSV {@link JournalBalances#writeCsv} writes (UTF-8).
   *
   * @param file the journal, UTF-8
   * @param asOf the last date counted (inclusive); null for all; later transactions are still checked
   * @param executor runs the parts after the first (the first runs in the calling thread)
   * @param parallelism the number of parts at most, from 1; files below 4 MiB a part are not split
   * @return the CSV bytes
   * @throws JournalParseException for malformed or unsupported text, an unbalanced transaction or a failed
   *     balance assertion (the first in file order; assertions after every parse error)
   * @throws dev.backoffice.core.error.BackOfficeException when the file cannot be read
   * @throws ValidationException when an argument is null or parallelism is below 1
   */
  public static byte[] csv(Path file, @Nullable LocalDate asOf, Executor executor, int parallelism) {
    // plain checks, not Checks: its lambdas would cost a short run more than the check is worth
    if (file == null) {
      throw new ValidationException("file", null, "must not be null");
    }
    if (executor == null) {
      throw new ValidationException("executor", null, "must not be null");
    }
    if (parallelism < 1) {
      throw new ValidationException("parallelism", parallelism, "must be at least 1");
    }
    return csv(file, asOf, executor, parallelism, FileParts.MIN_PART_BYTES);
  }

  /** As the public overload, with the smallest part size as a parameter (tests split small files). */
  static byte[] csv(Path file, @Nullable LocalDate asOf, Executor executor, int parallelism, long minPartBytes) {
    String source = file.toString();
    int last = HeaderDates.key(asOf);
    MergedSums m = MergedSums.of(FileParts.parse(file, new FileParts.Sinks<BalanceSink>() {
      @Override
      public BalanceSink create() {
        return new BalanceSink(source, last);
      }
    }, executor, parallelism, minPartBytes));
    return csv(m).getBytes(StandardCharsets.UTF_8);
  }

  /** The CSV of merged balances: non-zero balances only. */
  static String csv(MergedSums m) {
    StringBuilder sb = new StringBuilder(m.accounts.length * 48 + 32);
    sb.append("account,commodity,amount\n");
    for (int a = 0; a < m.accounts.length; a++) {
      long[][] row = m.cells[a];
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null && row[c][0] != 0) {
          appendCsvText(sb, m.accounts[a]);
          sb.append(',').append(m.codes[c]).append(',');
          appendDecimal(sb, row[c][0], m.scales[c]);
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Appends a CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
  static void appendCsvText(StringBuilder sb, String a) {
    if (a.indexOf(',') >= 0 || a.indexOf('"') >= 0 || a.indexOf('\n') >= 0 || a.indexOf('\r') >= 0) {
      sb.append('"').append(a.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(a);
    }
  }

  /** Appends minor units as a plain decimal with {@code scale} places ({@code -5, 2} gives {@code -0.05}). */
  static void appendDecimal(StringBuilder sb, long minor, int scale) {
    if (minor < 0) {
      sb.append('-');
    }
    String digits = minor == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(minor));
    if (scale == 0) {
      sb.append(digits);
      return;
    }
    int whole = digits.length() - scale;
    if (whole <= 0) {
      sb.append("0.");
      for (int i = whole; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else {
      sb.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
    }
  }
}
