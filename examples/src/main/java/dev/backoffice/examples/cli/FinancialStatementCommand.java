package dev.backoffice.examples.cli;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.common.ReportPeriod;
import dev.backoffice.reporting.statement.FinancialStatement;
import dev.backoffice.reporting.statement.StatementKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice financial-statement}: a statement of annex 1 to the Accounting Act for a calendar year of a
 * journal file, in PLN, with the reporting module's default layouts and mappings for the Polish chart: the balance
 * sheet (bilans) at the year's end with the previous year's end, the income statement (rachunek zysków i strat, the
 * comparative variant unless {@code --variant cost-of-sales}) of the year and the previous one, or the cash-flow
 * statement (rachunek przepływów pieniężnych, the indirect method unless {@code --variant direct}) of the year.
 * Checks (balance-sheet totals, result, D = E, unmapped accounts) follow the statement in text and JSON.
 */
@Command(
    name = "financial-statement",
    mixinStandardHelpOptions = true,
    description = "Prints a financial statement of annex 1 (balance sheet, income statement or cash-flow statement) of "
        + "a journal for a calendar year, in PLN.")
final class FinancialStatementCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The calendar year, e.g. 2025.")
  private int year;

  @Option(names = "--kind", required = true, paramLabel = "KIND",
      description = "balance-sheet, income or cash-flow.")
  private String kind;

  @Option(names = "--variant", paramLabel = "VARIANT",
      description = "income: comparative (default) or cost-of-sales; cash-flow: indirect (default) or direct.")
  private @Nullable String variant;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), csv, json or html.")
  private Format format;

  FinancialStatementCommand() {}

  @Override
  public Integer call() {
    if (year < 1900 || year > 2100) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--year': " + year
          + " is not a year from 1900 to 2100");
    }
    String v = variant == null ? "" : variant;
    StatementKind statement;
    switch (kind) {
      case "balance-sheet":
        statement = StatementKind.BALANCE_SHEET;
        requireVariant(v, "");
        break;
      case "income":
        statement = v.equals("cost-of-sales") ? StatementKind.INCOME_COST_OF_SALES : StatementKind.INCOME_COMPARATIVE;
        requireVariant(v, "comparative", "cost-of-sales");
        break;
      case "cash-flow":
        statement = v.equals("direct") ? StatementKind.CASH_FLOW_DIRECT : StatementKind.CASH_FLOW_INDIRECT;
        requireVariant(v, "indirect", "direct");
        break;
      default:
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--kind': '" + kind
            + "'; expected balance-sheet, income or cash-flow");
    }
    Commands.requireReadable(file);
    ReportPeriod period = ReportPeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    FinancialStatement st;
    try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(Clock.systemUTC()))) {
      Reports reports = Reports.of(ledger);
      if (statement == StatementKind.BALANCE_SHEET) {
        st = reports.balanceSheet(period.to());
      } else if (statement.isIncomeStatement()) {
        st = reports.incomeStatement(statement, period);
      } else {
        st = reports.cashFlowStatement(statement, List.of(period));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    TrialBalanceCommand.renderer(format).render(st, out);
    out.flush();
    return 0;
  }

  private void requireVariant(String v, String... allowed) {
    if (!v.isEmpty() && !List.of(allowed).contains(v)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--variant': '" + v + "' with --kind "
          + kind + (allowed.length == 1 ? " (which has no variants)" : "; expected " + String.join(" or ", allowed)));
    }
  }
}
