package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.jpk.JpkV7Config;
import dev.backoffice.reporting.jpk.JpkV7Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice jpk-v7}: the VAT file with declaration, JPK_V7M(3) (monthly) or JPK_V7K(3) (quarterly), of a
 * journal file, as UTF-8 XML on standard output, written by {@link Reports#writeJpkV7} from the journal's VAT tags.
 *
 * <p>{@code --month YYYY-MM} writes the month's file: its registers and, for JPK_V7M or the last month of a quarter
 * in JPK_V7K, the declaration. {@code --quarter YYYY-Q} (JPK_V7K) writes the file of the quarter's last month,
 * whose declaration covers the quarter. The schema accepts periods from January 2026 on.
 */
@Command(
    name = "jpk-v7",
    mixinStandardHelpOptions = true,
    description = {
        "Writes JPK_V7M(3) (--variant m, the default) or JPK_V7K(3) (--variant k) of a journal to standard output: the "
            + "VAT registers of a month and the declaration (VAT-7, or VAT-7K with the quarter's last month).",
        "--quarter YYYY-Q writes the JPK_V7K file of the quarter's last month."})
final class JpkV7Command implements Callable<Integer> {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q?([1-4])");
  private static final ImmutableMap<String, String> OPTIONS = ImmutableMap.of("nip", "--nip", "fullName", "--name",
      "taxOffice", "--tax-office", "email", "--email");

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month of the registers.")
  private @Nullable String month;

  @Option(names = "--quarter", paramLabel = "YYYY-Q", description = "The quarter (JPK_V7K), e.g. 2026-1.")
  private @Nullable String quarter;

  @Option(names = "--nip", required = true, paramLabel = "NIP", description = "The taxpayer's NIP (ten digits).")
  private String nip;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The taxpayer's full name.")
  private String name;

  @Option(names = "--tax-office", required = true, paramLabel = "CODE",
      description = "The tax office code (KodUrzedu), four digits, e.g. 1435.")
  private String taxOffice;

  @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The taxpayer's e-mail address.")
  private String email;

  @Option(names = "--variant", paramLabel = "VARIANT", description = "m (JPK_V7M, monthly) or k (JPK_V7K, quarterly).")
  private @Nullable String variant;

  JpkV7Command() {}

  @Override
  public Integer call() {
    if ((month == null) == (quarter == null)) {
      throw new ParameterException(spec.commandLine(), "Give exactly one of --month YYYY-MM and --quarter YYYY-Q");
    }
    JpkV7Variant v = variant(quarter != null);
    YearMonth ym = quarter != null ? quarterEnd(quarter) : month(month);
    JpkV7Config config;
    try {
      config = JpkV7Config.builder().nip(nip).fullName(name).taxOffice(taxOffice).email(email).variant(v).build();
    } catch (ValidationException e) {
      throw Commands.asOption(e, OPTIONS);
    }
    Commands.requireReadable(file);
    PrintWriter out = spec.commandLine().getOut();
    try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(Clock.systemUTC()));
        Utf8Sink xml = new Utf8Sink(out)) {
      Reports.builder(ledger).clock(Clock.systemUTC()).build().writeJpkV7(ym, config, xml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JPK_V7 file: " + e.getMessage(), e);
    }
    out.flush();
    return 0;
  }

  private JpkV7Variant variant(boolean quarterly) {
    if (variant == null) {
      return quarterly ? JpkV7Variant.QUARTERLY : JpkV7Variant.MONTHLY;
    }
    switch (variant.toLowerCase(java.util.Locale.ROOT)) {
      case "m":
        if (quarterly) {
          throw new ParameterException(spec.commandLine(), "--quarter needs --variant k (JPK_V7K)");
        }
        return JpkV7Variant.MONTHLY;
      case "k":
        return JpkV7Variant.QUARTERLY;
      default:
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--variant': '" + variant
            + "'; expected m or k");
    }
  }

  private YearMonth month(String text) {
    Matcher m = MONTH.matcher(text);
    int mm = m.matches() ? Integer.parseInt(m.group(2)) : 0;
    if (mm < 1 || mm > 12) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--month': '" + text
          + "' is not a month YYYY-MM");
    }
    return YearMonth.of(Integer.parseInt(m.group(1)), mm);
  }

  private YearMonth quarterEnd(String text) {
    Matcher m = QUARTER.matcher(text);
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--quarter': '" + text
          + "' is not a quarter YYYY-Q (Q from 1 to 4)");
    }
    return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3);
  }
}
