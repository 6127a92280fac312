package dev.backoffice.examples.cli;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.vat.VatRegister;
import dev.backoffice.reporting.vat.VatRegisterKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice vat-register}: the VAT register (ewidencja VAT) of a journal file for a period — the sales
 * register (output tax, account 221) or the purchase register (input tax, 222) of {@link Reports#vatRegister}, from
 * the VAT tags of the journal's transactions and postings ({@code vat-rate}, {@code vat-base}, {@code partner}, …).
 *
 * <p>CSV: header {@code lp,document,issue_date,sale_date|receipt_date,partner,partner_country,partner_name,rate,base,tax},
 * one row per document and rate, then a {@code TOTAL} row per rate. Text and JSON add the entry and the JPK_V7
 * fields of each document, and the check that the tax equals the VAT account's turnover.
 */
@Command(
    name = "vat-register",
    mixinStandardHelpOptions = true,
    description = "Prints the VAT register of sales or purchases of a journal for a period, per document and rate, "
        + "with totals per rate and the check against the VAT account's turnover.")
final class VatRegisterCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--from", required = true, paramLabel = "DATE", converter = Converters.Date.class,
      description = "The first day of the period, YYYY-MM-DD.")
  private LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", converter = Converters.Date.class,
      description = "The last day of the period.")
  private LocalDate to;

  @Option(names = "--kind", required = true, paramLabel = "KIND",
      description = "sales (output tax) or purchases (input tax).")
  private VatRegisterKind kind;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default), json or text.")
  private Format format;

  VatRegisterCommand() {}

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "Invalid period: --to " + to + " is before --from " + from);
    }
    Commands.requireFormat(spec, format, EnumSet.of(Format.CSV, Format.JSON, Format.TEXT));
    Commands.requireReadable(file);
    VatRegister register;
    try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(Clock.systemUTC()))) {
      register = Reports.of(ledger).vatRegister(kind, from, to);
    }
    PrintWriter out = spec.commandLine().getOut();
    TrialBalanceCommand.renderer(format).render(register, out);
    out.flush();
    return 0;
  }
}
