package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableList;
import com.zaxxer.hikari.HikariDataSource;
import dev.backoffice.ledger.io.BalanceRow;
import dev.backoffice.ledger.io.JournalBalances;
import dev.backoffice.ledger.io.JournalTurnover;
import dev.backoffice.ledger.io.MarketPrices;
import dev.backoffice.ledger.io.QuickBalances;
import dev.backoffice.ledger.io.TurnoverRow;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice balance}: the balance of every account and commodity of a journal file, read straight from
 * its bytes (no ledger is built; files of 4 MiB a part and more are parsed in parallel parts). CSV comes from
 * {@link QuickBalances} (a plain command line through {@link PlainRuns}, without picocli), which renders the
 * grammar's balance sink without loading the libraries, so that a short run is not spent on them; the other
 * formats from {@link JournalBalances}, which runs the same parse. With
 * {@code --value COMMODITY} the balances are valued at the journal's {@code P} prices ({@link MarketPrices}).
 *
 * <p>Output, one row per account and commodity with a non-zero balance, the account's own postings only (no
 * roll-up to parents), sorted by account then commodity code, amounts as plain decimals at the commodity's
 * decimal places, positive for a debit balance:
 * <ul>
 *   <li>{@code text} (default): account, amount and commodity in aligned columns;
 *   <li>{@code csv}: header {@code account,commodity,amount} (what hledger {@code bal --flat -O csv} and ledger
 *       {@code bal --flat} give);
 *   <li>{@code json}: an array of {@code {"account": …, "commodity": …, "amount": "-1234.50"}}, amounts as strings.
 * </ul>
 */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the balance of every account and commodity of a journal (ledger/hledger format).",
        "One row per account and commodity with a non-zero balance, the account's own postings only (no parent "
            + "roll-ups), sorted by account then commodity; amounts are plain decimals, positive for a debit balance."})
final class BalanceCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--file", paramLabel = "FILE", description = "The journal file (UTF-8). Give it or --jdbc.")
  private @Nullable Path file;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "Read the ledger in a PostgreSQL database instead (jdbc:postgresql://HOST[:PORT]/DATABASE"
          + "[?user=…&password=…]), as filled by 'import'.")
  private @Nullable String jdbc;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
      description = "Count transactions dated up to and including DATE (YYYY-MM-DD); later ones are still checked. "
          + "Default: all.")
  private @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default; header account,commodity,amount), text (aligned columns) or json.")
  private Format format;

  @Option(names = "--value", paramLabel = "COMMODITY", converter = Converters.Commodity.class,
      description = "Convert every amount to COMMODITY at the latest P price dated on or before --as-of (else the "
          + "file's last date), or the inverse of a price of COMMODITY, as hledger bal -X does; amounts without a "
          + "price keep their commodity.")
  private @Nullable CurrencyUnit value;

  BalanceCommand() {}

  @Override
  public Integer call() {
    Commands.requireFormat(spec, format, EnumSet.of(Format.TEXT, Format.CSV, Format.JSON));
    Commands.requireFileOrJdbc(spec, file, jdbc);
    if (jdbc != null) {
      ImmutableList<BalanceRow> rows;
      try (HikariDataSource pool = Databases.pool(jdbc); JdbcLedgerStore store = JdbcLedgerStore.open(pool)) {
        rows = store.balances(asOf);
      }
      return print(rows, format, spec.commandLine().getOut());
    }
    Commands.requireReadable(file);
    if (value != null) {
      return print(valued(file, asOf, value), format, spec.commandLine().getOut());
    }
    return print(file, asOf, format, spec.commandLine().getOut());
  }

  /** The balances as of a date, valued in a commodity at the journal's market prices. */
  private static ImmutableList<BalanceRow> valued(Path file, @Nullable LocalDate asOf, CurrencyUnit commodity) {
    int parallelism = PartThreads.parallelism(file);
    JournalTurnover t = JournalBalances.turnover(file, null, asOf, null, new PartThreads(), parallelism);
    ImmutableList.Builder<BalanceRow> rows = ImmutableList.builder();
    for (TurnoverRow r : t.rows()) {
      if (!r.closing().isZero()) {
        rows.add(BalanceRow.of(r.account(), r.closing()));
      }
    }
    LocalDate date = asOf != null ? asOf : t.lastDate().orElse(LocalDate.MAX);
    return MarketPrices.of(t.prices()).value(rows.build(), commodity, date);
  }

  /**
   * The plain {@code balance} in text or JSON, for {@link PlainRuns#balance} (which answers CSV itself).
   *
   * @return the exit code, or null — with nothing written — when the journal has an error (the picocli path
   *     reads the file again and reports it its own way)
   */
  static @Nullable Integer plain(Path file, @Nullable LocalDate asOf, Format format, PrintWriter out) {
    StringWriter buffer = new StringWriter();
    try {
      print(file, asOf, format, new PrintWriter(buffer));
    } catch (RuntimeException journalError) {
      return null;
    }
    out.append(buffer.getBuffer());
    out.flush();
    return 0;
  }

  private static int print(Path file, @Nullable LocalDate asOf, Format format, PrintWriter out) {
    int parallelism = PartThreads.parallelism(file);
    // the tool owns its process, so it gives each part a thread
    return print(JournalBalances.of(file, asOf, new PartThreads(), parallelism), format, out);
  }

  private static int print(ImmutableList<BalanceRow> rows, Format format, PrintWriter out) {
    switch (format) {
      case CSV:
        JournalBalances.writeCsv(rows, out);
        break;
      case JSON:
        out.append(json(rows));
        break;
      default:
        out.append(text(rows));
    }
    out.flush();
    return 0;
  }

  static String text(ImmutableList<BalanceRow> rows) {
    Output.Table t = new Output.Table(false, true, false);
    for (BalanceRow r : rows) {
      t.row(r.account(), r.amount().getAmount().toPlainString(), r.commodity().getCode());
    }
    StringBuilder sb = new StringBuilder(rows.size() * 64);
    t.appendTo(sb);
    return sb.toString();
  }

  static String json(ImmutableList<BalanceRow> rows) {
    StringBuilder sb = new StringBuilder(rows.size() * 80 + 4).append('[');
    for (int i = 0; i < rows.size(); i++) {
      BalanceRow r = rows.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"account\": ").append(Output.json(r.account()))
          .append(", \"commodity\": ").append(Output.json(r.commodity().getCode()))
          .append(", \"amount\": \"").append(r.amount().getAmount().toPlainString()).append("\"}");
    }
    return sb.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
  }
}
