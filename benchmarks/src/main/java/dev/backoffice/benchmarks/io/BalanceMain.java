package dev.backoffice.benchmarks.io;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.ledger.io.BalanceRow;
import dev.backoffice.ledger.io.JournalBalances;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for {@code backoffice balance --file F --format csv} until the CLI exists: the balances of a
 * journal file as CSV, through {@link JournalBalances}, so {@code compare.sh} can time the read path end to end.
 *
 * <p>Usage: {@code BalanceMain --file F [--as-of DATE] [--threads N] [--format csv]}; exit 0 on success, 1 on
 * a domain error (message on stderr), 2 on bad usage.
 */
public final class BalanceMain {
  private BalanceMain() {}

  /**
   * Prints the balances.
   *
   * @param args the arguments
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    PrintStream err = System.err;
    Path file = null;
    LocalDate asOf = null;
    int threads = Runtime.getRuntime().availableProcessors();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--file":
            file = Path.of(args[++i]);
            break;
          case "--as-of":
            asOf = LocalDate.parse(args[++i]);
            break;
          case "--threads":
            threads = Integer.parseInt(args[++i]);
            break;
          case "--format":
            if (!"csv".equals(args[++i])) {
              throw new IllegalArgumentException("only --format csv");
            }
            break;
          default:
            throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (file == null || threads < 1) {
        throw new IllegalArgumentException("--file is required");
      }
    } catch (RuntimeException e) {
      err.println("usage: BalanceMain --file F [--as-of DATE] [--threads N] [--format csv]: " + e.getMessage());
      System.exit(2);
      return;
    }
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "journal-part");
      t.setDaemon(true);
      return t;
    }) : null;
    try {
      ImmutableList<BalanceRow> rows = pool == null ? JournalBalances.of(file, asOf)
          : JournalBalances.of(file, asOf, pool, threads);
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      JournalBalances.writeCsv(rows, out);
      out.flush();
    } catch (BackOfficeException e) {
      err.println(e.getMessage());
      System.exit(1);
    } catch (IOException e) {
      err.println("writing failed: " + e.getMessage());
      System.exit(1);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
