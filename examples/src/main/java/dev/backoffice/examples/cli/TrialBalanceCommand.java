package dev.backoffice.examples.cli;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.reporting.Reports;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceQuery;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice trial-balance}: the trial balance (zestawienie obrotów i sald) of a journal file over a
 * period: the file is loaded into a {@link Ledger} and the report is {@link Reports#trialBalance}.
 *
 * <p>Rows: one per account and commodity posted up to the end of the period, the account's own postings (no
 * roll-up), sorted by account then commodity; opening balance (before {@code --from}; zero without it), turnover
 * of the period and closing balance, each split into debit and credit. Then one {@code TOTAL} row per commodity.
 *
 * <p>A transaction priced with {@code @}/{@code @@} balances through its price, not in each commodity: its
 * commodities' amounts do not sum to zero on their own. So that debits equal credits in every commodity, each such
 * difference is shown on a conversion row {@value #CONVERSION} per commodity (what GnuCash calls a trading
 * account and hledger {@code --infer-equity} an equity conversion posting), after the accounts and before the
 * totals. A journal in one commodity has no such row.
 */
@Command(
    name = "trial-balance",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the trial balance of a journal (ledger/hledger format): per account and commodity the opening "
            + "balance, the period's turnover and the closing balance, debit and credit, then TOTAL rows per "
            + "commodity, in which debits equal credits.",
        "Transactions priced with @/@@ are balanced per commodity by a '" + TrialBalanceCommand.CONVERSION
            + "' row."})
final class TrialBalanceCommand implements Callable<Integer> {
  /** The pseudo-account of the per-commodity differences of priced transactions. */
  static final String CONVERSION = "(conversion)";
  /** The CSV header of the contract. */
  static final String CSV_HEADER =
      "account,commodity,opening_debit,opening_credit,turnover_debit,turnover_credit,closing_debit,closing_credit";

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The first day of the period (YYYY-MM-DD); earlier transactions make the opening balance. "
          + "Default: from the first transaction (opening balances zero).")
  private @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The last day of the period, inclusive. Default: to the last transaction.")
  private @Nullable LocalDate to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), csv, json or html.")
  private Format format;

  TrialBalanceCommand() {}

  @Override
  public Integer call() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "Invalid period: --to " + to + " is before --from " + from);
    }
    Commands.requireReadable(file);
    List<Row> rows;
    try (Ledger ledger = JournalReader.load(file, Ledger.builder().clock(Clock.systemUTC()))) {
      rows = rows(ledger, from, to);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.append(render(rows, format, from, to));
    out.flush();
    return 0;
  }

  /** The rows: accounts, then conversion rows, then totals. */
  static List<Row> rows(Ledger ledger, @Nullable LocalDate from, @Nullable LocalDate to) {
    TrialBalance tb = Reports.of(ledger).trialBalance(TrialBalanceQuery.builder()
        .from(Optional.ofNullable(from)).to(Optional.ofNullable(to)).verifyAgainstJournal(false).build());
    List<Row> rows = new ArrayList<>(tb.rows().size() + 8);
    Map<CurrencyUnit, Row> totals = new TreeMap<>();
    for (TrialBalanceRow r : tb.rows()) {
      Row row = new Row(r.account(), r.currency(), r.opening(), r.turnover(), r.closing());
      rows.add(row);
      totals.merge(r.currency(), row.named("TOTAL"), Row::plus);
    }
    for (Row c : conversions(ledger, from, to).values()) {
      rows.add(c);
      totals.merge(c.commodity, c.named("TOTAL"), Row::plus);
    }
    rows.addAll(totals.values());
    return rows;
  }

  /**
   * Per commodity, the conversion row: for every posted entry dated up to {@code to}, minus the sum of its lines'
   * amounts in the commodity (debits positive), which is zero unless the entry is balanced through a price.
   */
  static Map<CurrencyUnit, Row> conversions(Ledger ledger, @Nullable LocalDate from, @Nullable LocalDate to) {
    Map<CurrencyUnit, long[]> sums = new TreeMap<>(); // opening net, turnover debit, turnover credit
    Map<CurrencyUnit, Long> perEntry = new HashMap<>();
    ledger.journal().forEach((PostedEntry p) -> {
      LocalDate d = p.date();
      if (to != null && d.isAfter(to)) {
        return;
      }
      perEntry.clear();
      for (JournalLine l : p.entry().lines()) {
        long minor = l.amount().getAmountMinorLong();
        perEntry.merge(l.amount().getCurrencyUnit(), l.side() == Side.DEBIT ? minor : -minor, Math::addExact);
      }
      boolean before = from != null && d.isBefore(from);
      perEntry.forEach((cu, net) -> {
        if (net != 0) {
          long[] s = sums.computeIfAbsent(cu, c -> new long[3]);
          long conversion = -net;
          if (before) {
            s[0] += conversion;
          } else if (conversion > 0) {
            s[1] += conversion;
          } else {
            s[2] -= conversion;
          }
        }
      });
    });
    Map<CurrencyUnit, Row> out = new TreeMap<>();
    sums.forEach((cu, s) -> {
      DebitCredit opening = DebitCredit.ofBalance(Money.ofMinor(cu, s[0]));
      DebitCredit turnover = DebitCredit.of(Money.ofMinor(cu, s[1]), Money.ofMinor(cu, s[2]));
      out.put(cu, new Row(CONVERSION, cu, opening, turnover, DebitCredit.ofBalance(opening.net().plus(turnover.net()))));
    });
    return out;
  }

  static String render(List<Row> rows, Format format, @Nullable LocalDate from, @Nullable LocalDate to) {
    StringBuilder sb = new StringBuilder(rows.size() * 96 + 256);
    switch (format) {
      case CSV:
        sb.append(CSV_HEADER).append('\n');
        for (Row r : rows) {
          sb.append(Output.csv(r.account)).append(',').append(r.commodity.getCode());
          for (String a : r.amounts()) {
            sb.append(',').append(a);
          }
          sb.append('\n');
        }
        break;
      case JSON:
        json(sb, rows, from, to);
        break;
      case HTML:
        html(sb, rows, from, to);
        break;
      default:
        text(sb, rows, from, to);
    }
    return sb.toString();
  }

  private static String period(@Nullable LocalDate from, @Nullable LocalDate to) {
    return (from == null ? "beginning" : from.toString()) + " .. " + (to == null ? "end" : to.toString());
  }

  private static void text(StringBuilder sb, List<Row> rows, @Nullable LocalDate from, @Nullable LocalDate to) {
    sb.append("Trial balance (zestawienie obrotów i sald), ").append(period(from, to)).append('\n');
    Output.Table t = new Output.Table(false, false, true, true, true, true, true, true);
    t.row("account", "commodity", "opening Dr", "opening Cr", "turnover Dr", "turnover Cr", "closing Dr", "closing Cr");
    for (Row r : rows) {
      String[] a = r.amounts();
      t.row(r.account, r.commodity.getCode(), a[0], a[1], a[2], a[3], a[4], a[5]);
    }
    t.appendTo(sb);
  }

  private static void json(StringBuilder sb, List<Row> rows, @Nullable LocalDate from, @Nullable LocalDate to) {
    sb.append("{\n  \"from\": ").append(from == null ? "null" : Output.json(from.toString()))
        .append(",\n  \"to\": ").append(to == null ? "null" : Output.json(to.toString()))
        .append(",\n  \"rows\": [");
    String[] names = CSV_HEADER.split(",");
    String sep = "\n";
    for (Row r : rows) {
      sb.append(sep).append("    {\"account\": ").append(Output.json(r.account))
          .append(", \"commodity\": ").append(Output.json(r.commodity.getCode()));
      String[] a = r.amounts();
      for (int i = 0; i < a.length; i++) {
        sb.append(", \"").append(names[i + 2]).append("\": \"").append(a[i]).append('"');
      }
      sb.append('}');
      sep = ",\n";
    }
    sb.append("\n  ]\n}\n");
  }

  private static void html(StringBuilder sb, List<Row> rows, @Nullable LocalDate from, @Nullable LocalDate to) {
    sb.append("<!DOCTYPE html>\n<html lang=\"pl\">\n<head><meta charset=\"utf-8\"><title>Trial balance</title></head>\n")
        .append("<body>\n<h1>Trial balance (zestawienie obrotów i sald)</h1>\n<p>").append(period(from, to))
        .append("</p>\n<table>\n<thead><tr>");
    for (String h : CSV_HEADER.split(",")) {
      sb.append("<th>").append(h).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      sb.append("<tr><td>").append(Output.html(r.account)).append("</td><td>").append(r.commodity.getCode()).append("</td>");
      for (String a : r.amounts()) {
        sb.append("<td style=\"text-align:right\">").append(a).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n</body>\n</html>\n");
  }

  /** One row: an account (or TOTAL, or the conversion row) in one commodity. */
  static final class Row {
    final String account;
    final CurrencyUnit commodity;
    final DebitCredit opening;
    final DebitCredit turnover;
    final DebitCredit closing;

    Row(String account, CurrencyUnit commodity, DebitCredit opening, DebitCredit turnover, DebitCredit closing) {
      this.account = account;
      this.commodity = commodity;
      this.opening = opening;
      this.turnover = turnover;
      this.closing = closing;
    }

    Row named(String name) {
      return new Row(name, commodity, opening, turnover, closing);
    }

    Row plus(Row o) {
      return new Row(account, commodity, opening.plus(o.opening), turnover.plus(o.turnover), closing.plus(o.closing));
    }

    String[] amounts() {
      return new String[] {plain(opening.debit()), plain(opening.credit()), plain(turnover.debit()),
          plain(turnover.credit()), plain(closing.debit()), plain(closing.credit())};
    }

    private static String plain(Money m) {
      return m.getAmount().toPlainString();
    }
  }
}
