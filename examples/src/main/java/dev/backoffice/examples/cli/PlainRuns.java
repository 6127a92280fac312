package dev.backoffice.examples.cli;

import dev.backoffice.ledger.io.QuickBalances;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The plain command lines the tool answers without picocli: {@code balance --file F [--as-of D] [--format X]}
 * and the option reading {@code trial-balance} shares. Building picocli's model, and loading the classes a
 * command refers to (the JDBC store, the collections and money libraries), costs a small journal's balance more
 * than its parse; so this class refers to the JDK and the journal reader only, and the commands' own classes load
 * only for what it hands on. Anything it does not answer (help, unknown or repeated options, a bad value, a file
 * that cannot be read, a journal error) goes to the picocli path, which reports it with its usual messages.
 */
final class PlainRuns {
  private PlainRuns() {}

  /**
   * The plain {@code balance}: CSV here, through {@link QuickBalances}; the other formats through
   * {@link BalanceCommand#plain}.
   *
   * @param args the whole command line, starting with {@code balance}
   * @param out standard output
   * @return the exit code, or null — with nothing written — to take the picocli path
   */
  static @Nullable Integer balance(String[] args, PrintWriter out) {
    String[] v = options(args, "--file", "--as-of", "--format");
    if (v == null || v[0] == null) {
      return null;
    }
    Path file;
    LocalDate asOf;
    Format format;
    try {
      file = Path.of(v[0]);
      asOf = v[1] == null ? null : new Converters.Date().convert(v[1]);
      format = v[2] == null ? Format.CSV : Format.valueOf(v[2].toUpperCase(Locale.ROOT));
    } catch (RuntimeException badValue) {
      return null;
    }
    // java.io.File: its checks need no class that a short run has not loaded already
    File f = file.toFile();
    if (format == Format.HTML || !f.isFile() || !f.canRead()) {
      return null;
    }
    if (format != Format.CSV) {
      return BalanceCommand.plain(file, asOf, format, out);
    }
    byte[] csv;
    try {
      csv = QuickBalances.csv(file, asOf, new PartThreads(), PartThreads.parallelism(file));
    } catch (RuntimeException journalError) {
      return null; // the picocli path reads the file again and reports the error its own way
    }
    out.write(new String(csv, StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }

  /**
   * The values of a plain command line {@code COMMAND --name value --name=value …}: one value per name given, in
   * the order of {@code names} (null where absent); null for anything else — an unknown or repeated option, a
   * missing value, help — which the picocli path then handles with its usual messages.
   *
   * @param args the whole command line, starting with the command
   * @param names the options the plain run knows
   * @return the values, or null to take the picocli path
   */
  static String @Nullable [] options(String[] args, String... names) {
    String[] values = new String[names.length];
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      boolean inline = eq > 0 && a.startsWith("--");
      String name = inline ? a.substring(0, eq) : a;
      String value;
      if (inline) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
        value = args[++i];
      } else {
        return null;
      }
      int k = 0;
      while (k < names.length && !names[k].equals(name)) {
        k++;
      }
      if (k == names.length || values[k] != null) {
        return null;
      }
      values[k] = value;
    }
    return values;
  }
}
