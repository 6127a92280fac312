package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.jpk.JpkConfig;
import dev.backoffice.reporting.jpk.JpkSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code backoffice jpk-kr}: the JPK_KR audit file (Jednolity Plik Kontrolny — księgi rachunkowe) of a journal
 * file over a period, as UTF-8 XML on standard output, written by the reporting module
 * ({@link Reports#writeJpkKr}): JPK_KR(1) (schema 1-0, the default) or JPK_KR_PD(1) (schema 1-1).
 *
 * <p>The journal is loaded into a ledger whose entries count as booked (DataKsiegowania) on the last day of the
 * period — a journal file does not record when its entries were booked. Amounts are in PLN; a line priced in
 * PLN ({@code @}/{@code @@}) contributes its PLN value. The subject's address and tax office are the reporting
 * module's placeholders ({@link JpkConfig}), which it reports as warnings on standard error: a file for the tax
 * office needs the real ones, set through the Java API.
 */
@Command(
    name = "jpk-kr",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the JPK_KR audit file (księgi rachunkowe) of a journal (ledger/hledger format) for a period of one "
            + "fiscal year to standard output: JPK_KR(1) (--schema kr, the default) or JPK_KR_PD(1) (--schema kr-pd).",
        "Entries count as booked on the last day of the period; the address and tax office are placeholders, "
            + "reported on standard error."})
final class JpkKrCommand implements Callable<Integer> {
  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  /** The option behind each field of the configuration the reporting module may name in an error. */
  private static final ImmutableMap<String, String> OPTIONS = ImmutableMap.of("nip", "--nip", "fullName", "--name");

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--from", required = true, paramLabel = "DATE", converter = Converters.Date.class,
      description = "The first day of the period (DataOd), YYYY-MM-DD.")
  private LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", converter = Converters.Date.class,
      description = "The last day of the period (DataDo), in the fiscal year of --from.")
  private LocalDate to;

  @Option(names = "--nip", required = true, paramLabel = "NIP",
      description = "The subject's tax number: ten digits with a valid check digit (dashes allowed).")
  private String nip;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The subject's full name.")
  private String name;

  @Option(names = "--schema", paramLabel = "SCHEMA", defaultValue = "kr", converter = SchemaConverter.class,
      description = "kr (JPK_KR(1), schema 1-0; default) or kr-pd (JPK_KR_PD(1), schema 1-1).")
  private JpkSchema schema;

  JpkKrCommand() {}

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "Invalid period: --to " + to + " is before --from " + from);
    }
    JpkConfig config;
    try {
      config = JpkConfig.of(nip, name);
    } catch (ValidationException e) {
      throw Commands.asOption(e, OPTIONS);
    }
    Commands.requireReadable(file);
    Clock bookedAtPeriodEnd = Clock.fixed(to.atTime(LocalTime.NOON).atZone(WARSAW).toInstant(), WARSAW);
    PrintWriter out = spec.commandLine().getOut();
    try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(bookedAtPeriodEnd));
        Utf8Sink xml = new Utf8Sink(out)) {
      Reports.builder(ledger).clock(Clock.systemUTC()).build().writeJpkKr(schema, from, to, config, xml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JPK_KR file: " + e.getMessage(), e);
    }
    out.flush();
    return 0;
  }

  /** {@code kr} or {@code kr-pd}. */
  static final class SchemaConverter implements ITypeConverter<JpkSchema> {
    @Override
    public JpkSchema convert(String value) {
      try {
        return JpkSchema.parse(value);
      } catch (ValidationException e) {
        throw new TypeConversionException("'" + value + "' is not a schema: expected kr or kr-pd");
      }
    }
  }
}
