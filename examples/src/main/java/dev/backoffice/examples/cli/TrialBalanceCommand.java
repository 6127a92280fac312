package dev.backoffice.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.examples.conversion.CurrencyConversion;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalBalances;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.ledger.io.JournalTurnover;
import dev.backoffice.ledger.io.MarketPrices;
import dev.backoffice.ledger.io.TurnoverRow;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.render.RenderOptions;
import dev.backoffice.reporting.render.ReportRenderer;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice trial-balance}: the trial balance (zestawienie obrotów i sald) of a journal file over a period.
 * The file is summed by period straight from its bytes, without building a ledger ({@link JournalBalances#turnover},
 * the parse {@code balance} runs, so a file of millions of transactions takes about as long and little memory);
 * the rows become the report of {@link Reports#trialBalanceOf} at posting level, and the reporting module's
 * {@link ReportRenderer} prints it. With {@code --value COMMODITY} every amount is valued at the journal's
 * {@code P} prices ({@link MarketPrices}).
 *
 * <p>By default the trial balance is in the base currency (PLN), as the Accounting Act keeps the books: one row per
 * account posted up to the end of the period, the account's own postings (no roll-up), sorted by account, each line
 * at its PLN value (a foreign-currency line at its {@code @}/{@code @@} cost in PLN): opening balance (before
 * {@code --from}; zero without it), turnover of the period and closing balance, each split into debit and credit,
 * the {@code commodity} column saying PLN. Then one {@code TOTAL} row in which debits equal credits. A line with no
 * PLN value (a commodity priced in another one, or not priced) stays on a row in the commodity it balances in.
 *
 * <p>With {@code --by-commodity}, the per-commodity view: a row per account and commodity and a {@code TOTAL} row
 * per commodity, in which debits equal credits because transactions priced with {@code @}/{@code @@} (which balance
 * through their price, not in each commodity) have their differences on a {@value CurrencyConversion#ACCOUNT} row
 * per commodity after the accounts (see {@link CurrencyConversion}). A journal in one commodity has no such row.
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
        "Prints the trial balance of a journal (ledger/hledger format): per account the opening balance, the "
            + "period's turnover and the closing balance, debit and credit, at their PLN values, then a TOTAL row "
            + "in which debits equal credits.",
        "With --by-commodity, per account and commodity with a TOTAL row per commodity; transactions priced with "
            + "@ or @@ are then balanced per commodity by a '" + CurrencyConversion.ACCOUNT + "' row."})
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

  @Option(names = "--by-commodity",
      description = "Each commodity on its own rows in its own amounts, with a TOTAL row per commodity (the "
          + "hledger view). Default: every amount at its value in the base currency (PLN), one TOTAL row.")
  private boolean byCommodity;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default; the columns of the command's contract), text, json or html.")
  private Format format;

  @Option(names = "--value", paramLabel = "COMMODITY", converter = Converters.Commodity.class,
      description = "Convert every amount to COMMODITY at the latest P price dated on or before --to (else the "
          + "file's last date), or the inverse of a price of COMMODITY, as hledger bal -X does; amounts without a "
          + "price keep their commodity.")
  private @Nullable CurrencyUnit value;

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
        TrialBalance computed = Reports.of(ledger).trialBalance(TrialBalanceQuery.builder()
            .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).byCurrency(byCommodity).build());
        tb = byCommodity ? CurrencyConversion.balanced(computed, ledger) : computed;
      }
      PrintWriter out = spec.commandLine().getOut();
      renderer(format).render(tb, out);
      out.flush();
      return 0;
    }
    Commands.requireReadable(file);
    if (!byCommodity && value == null && format != Format.CSV) {
      // text, JSON and HTML show a currency account's foreign amounts as memo columns, which the entries carry
      try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(Clock.systemUTC()))) {
        tb = Reports.of(ledger).trialBalance(TrialBalanceQuery.builder()
            .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).byCurrency(false).build());
      }
    } else {
      tb = trialBalance(file, from, to, value, byCommodity || value != null);
    }
    PrintWriter out = spec.commandLine().getOut();
    renderer(format).render(tb, out);
    out.flush();
    return 0;
  }

  /**
   * The plain {@code trial-balance --file F [--from D] [--to D] [--format X] [--value C]} without picocli, as
   * {@link PlainRuns#balance}: null — with nothing written — for anything else or any error, which the picocli
   * path then reports.
   *
   * @param args the whole command line, starting with {@code trial-balance}
   * @param out standard output
   * @return the exit code, or null to take the picocli path
   */
  static @Nullable Integer fast(String[] args, PrintWriter out) {
    String[] v = PlainRuns.options(args, "--file", "--from", "--to", "--format", "--value");
    if (v == null || v[0] == null) {
      return null;
    }
    StringWriter buffer = new StringWriter();
    try {
      Path file = Path.of(v[0]);
      LocalDate from = v[1] == null ? null : new Converters.Date().convert(v[1]);
      LocalDate to = v[2] == null ? null : new Converters.Date().convert(v[2]);
      Format format = v[3] == null ? Format.CSV : Format.valueOf(v[3].toUpperCase(java.util.Locale.ROOT));
      CurrencyUnit value = v[4] == null ? null : new Converters.Commodity().convert(v[4]);
      if ((from != null && to != null && to.isBefore(from)) || !Files.isRegularFile(file) || !Files.isReadable(file)
          || (value == null && format != Format.CSV)) {
        return null; // the base-currency text, JSON and HTML need a ledger for their memo columns
      }
      PrintWriter w = new PrintWriter(buffer);
      renderer(format).render(trialBalance(file, from, to, value, value != null), w);
      w.flush();
    } catch (RuntimeException anyError) {
      return null;
    }
    out.append(buffer.getBuffer());
    out.flush();
    return 0;
  }

  /**
   * The trial balance of a journal file, read without building a ledger ({@link JournalBalances#turnover}: the
   * same parse as {@code balance}, by period), with the cumulative turnover from the start of the calendar year of
   * {@code to} (else {@code from}), as the ledger's report has it, and the conversion rows of priced transactions.
   */
  static TrialBalance trialBalance(Path file, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable CurrencyUnit value, boolean byCommodity) {
    LocalDate anchor = to != null ? to : from;
    LocalDate yearStart = anchor == null ? null : anchor.withDayOfYear(1);
    int parallelism = PartThreads.parallelism(file);
    if (!byCommodity) {
      // each line at its PLN value (a priced line at its PLN cost), as the ledger's base-currency trial balance
      JournalTurnover t = JournalBalances.turnoverInBase(file, from, to, yearStart, Monies.PLN, new PartThreads(),
          parallelism);
      return Reports.trialBalanceOf(rows(t.rows(), false), TrialBalanceQuery.builder()
          .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).byCurrency(false).build(),
          Optional.ofNullable(yearStart));
    }
    JournalTurnover t = JournalBalances.turnover(file, from, to, yearStart, new PartThreads(), parallelism);
    if (value != null) {
      LocalDate date = to != null ? to : t.lastDate().orElse(LocalDate.MAX);
      t = MarketPrices.of(t.prices()).value(t, value, date);
    }
    TrialBalance tb = Reports.trialBalanceOf(rows(t.rows(), false), TrialBalanceQuery.builder()
        .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).byCurrency(true).build(),
        Optional.ofNullable(yearStart));
    return CurrencyConversion.balanced(tb, rows(t.conversions(), true));
  }

  private static List<TrialBalanceRow> rows(List<TurnoverRow> turnover, boolean conversion) {
    List<TrialBalanceRow> rows = new ArrayList<>(turnover.size());
    for (TurnoverRow r : turnover) {
      String account = r.account();
      int colon = account.lastIndexOf(':');
      CurrencyUnit cu = r.commodity();
      rows.add(TrialBalanceRow.builder()
          .account(conversion ? CurrencyConversion.ACCOUNT : account)
          .name(conversion ? CurrencyConversion.NAME : account.substring(colon + 1).strip())
          .currency(cu)
          .depth(conversion ? 0 : (int) account.chars().filter(c -> c == ':').count())
          .opening(DebitCredit.ofBalance(r.opening()))
          .turnover(DebitCredit.of(r.debit(), r.credit()))
          .cumulativeTurnover(DebitCredit.of(r.cumulativeDebit(), r.cumulativeCredit()))
          .closing(DebitCredit.ofBalance(r.closing()))
          .build());
    }
    return rows;
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
