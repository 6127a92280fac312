package dev.backoffice.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.examples.conversion.CurrencyConversion;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.render.RenderOptions;
import dev.backoffice.reporting.render.ReportRenderer;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice trial-balance}: the trial balance (zestawienie obrotów i sald) of a journal file over a period.
 * The file is loaded into a {@link Ledger}, the report is {@link Reports#trialBalance} at posting level, and the
 * reporting module's {@link ReportRenderer} prints it.
 *
 * <p>Rows: one per account and commodity posted up to the end of the period, the account's own postings (no
 * roll-up), sorted by account then commodity: opening balance (before {@code --from}; zero without it), turnover of
 * the period and closing balance, each split into debit and credit. Then one {@code TOTAL} row per commodity, in
 * which debits equal credits: transactions priced with {@code @}/{@code @@} balance through their price, not in each
 * commodity, so their differences are shown on a {@value CurrencyConversion#ACCOUNT} row per commodity after the
 * accounts (see {@link CurrencyConversion}). A journal in one commodity has no such row.
 *
 * <p>Formats: {@code text} (default; English labels, with account names and the cumulative turnover of the fiscal
 * year), {@code csv} (the contract's header
 * {@code account,commodity,opening_debit,opening_credit,turnover_debit,turnover_credit,closing_debit,closing_credit}),
 * {@code json} and {@code html}.
 */
@Command(
    name = "trial-balance",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the trial balance of a journal (ledger/hledger format): per account and commodity the opening "
            + "balance, the period's turnover and the closing balance, debit and credit, then a TOTAL row per "
            + "commodity in which debits equal credits.",
        "Transactions priced with @ or @@ are balanced per commodity by a '" + CurrencyConversion.ACCOUNT + "' row."})
final class TrialBalanceCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--file", paramLabel = "FILE", description = "The journal file (UTF-8). Give it or --jdbc.")
  private @Nullable Path file;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "Read the ledger in a PostgreSQL database instead (jdbc:postgresql://HOST[:PORT]/DATABASE"
          + "[?user=…&password=…]), as filled by 'import'.")
  private @Nullable String jdbc;

  @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The first day of the period (YYYY-MM-DD); earlier transactions make the opening balance. "
          + "Default: from the first transaction (opening balances zero).")
  private @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The last day of the period, inclusive. Default: to the last transaction.")
  private @Nullable LocalDate to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default; the columns of the command's contract), text, json or html.")
  private Format format;

  TrialBalanceCommand() {}

  @Override
  public Integer call() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "Invalid period: --to " + to + " is before --from " + from);
    }
    Commands.requireFileOrJdbc(spec, file, jdbc);
    TrialBalance tb;
    if (jdbc != null) {
      try (HikariDataSource pool = Databases.pool(jdbc); Ledger ledger = Databases.ledger(pool, false)) {
        tb = trialBalance(ledger);
      }
    } else {
      Commands.requireReadable(file);
      try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(Clock.systemUTC()))) {
        tb = trialBalance(ledger);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    renderer(format).render(tb, out);
    out.flush();
    return 0;
  }

  private TrialBalance trialBalance(Ledger ledger) {
    return CurrencyConversion.balanced(Reports.of(ledger).trialBalance(TrialBalanceQuery.builder()
        .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).build()), ledger);
  }

  /** The reporting module's renderer of a format, English labels. */
  static ReportRenderer renderer(Format format) {
    switch (format) {
      case CSV:
        return ReportRenderer.csv();
      case JSON:
        return ReportRenderer.json();
      case HTML:
        return ReportRenderer.html(RenderOptions.english());
      default:
        return ReportRenderer.text(RenderOptions.english());
    }
  }
}
