package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.settlement.OpenItem;
import dev.backoffice.ledger.settlement.Settlements;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice open-items}: the open items (rozrachunki) of a journal as of a day, with their aging.
 *
 * <p>One row per open item: a counterparty's document on a settlement account (20x–24x) in one currency, sorted by
 * account, partner, due date and document. Amounts are signed as balances (positive for a receivable, negative
 * for a payable) in the item's currency; {@code base_open} is its value in PLN as booked; {@code days_overdue}
 * counts from the due date ({@code due} tag, else the document's date) and {@code bucket} is one of
 * {@code not-due, 1-30, 31-60, 61-90, 91-180, >180}. An item without a document is the counterparty's unapplied
 * payments; one without a partner the account's untagged postings.
 */
@Command(
    name = "open-items",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the open items (rozrachunki) of a journal as of a date, with days overdue and aging bucket.",
        "Postings name their counterparty and document in comment tags: '; partner: 5261040828, doc: FV/1/2025, "
            + "due: 2025-02-14'."})
final class OpenItemsCommand implements Callable<Integer> {
  static final String HEADER = "account,partner,document,due,currency,amount,open,base_open,days_overdue,bucket";

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The day of the report (YYYY-MM-DD). Default: the journal's last transaction date.")
  private @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default; header " + HEADER + "), json or text.")
  private Format format;

  OpenItemsCommand() {}

  @Override
  public Integer call() {
    Commands.requireFormat(spec, format, EnumSet.of(Format.CSV, Format.JSON, Format.TEXT));
    ImmutableList<OpenItem> items;
    LocalDate day;
    try (SettlementJournal j = SettlementJournal.load(file)) {
      day = j.asOf(asOf);
      items = Settlements.of(j.ledger).openItems(day);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.append(render(items, day, format));
    out.flush();
    return 0;
  }

  static String render(ImmutableList<OpenItem> items, LocalDate day, Format format) {
    StringBuilder sb = new StringBuilder();
    switch (format) {
      case JSON:
        sb.append('[');
        for (int n = 0; n < items.size(); n++) {
          OpenItem i = items.get(n);
          sb.append(n == 0 ? "\n" : ",\n").append("  {\"account\": ").append(Output.json(i.account()))
              .append(", \"partner\": ").append(Output.json(i.partner()))
              .append(", \"document\": ").append(Output.json(i.document()))
              .append(", \"due\": \"").append(i.due()).append('"')
              .append(", \"currency\": \"").append(i.currency().getCode()).append('"')
              .append(", \"amount\": \"").append(i.amount().getAmount().toPlainString()).append('"')
              .append(", \"open\": \"").append(i.open().getAmount().toPlainString()).append('"')
              .append(", \"base_open\": \"").append(i.baseOpen().getAmount().toPlainString()).append('"')
              .append(", \"days_overdue\": ").append(i.daysOverdue(day))
              .append(", \"bucket\": ").append(Output.json(i.bucket(day).label())).append('}');
        }
        return sb.append(items.isEmpty() ? "]\n" : "\n]\n").toString();
      case TEXT:
        Output.Table t = new Output.Table(false, false, false, false, false, true, true, true, true, false);
        t.row("account", "partner", "document", "due", "currency", "amount", "open", "base_open", "days", "bucket");
        for (OpenItem i : items) {
          t.row(row(i, day));
        }
        t.appendTo(sb);
        return sb.toString();
      default:
        sb.append(HEADER).append('\n');
        for (OpenItem i : items) {
          String[] r = row(i, day);
          for (int k = 0; k < r.length; k++) {
            sb.append(k == 0 ? "" : ",").append(Output.csv(r[k]));
          }
          sb.append('\n');
        }
        return sb.toString();
    }
  }

  private static String[] row(OpenItem i, LocalDate day) {
    return new String[] {i.account(), i.partner(), i.document(), i.due().toString(), i.currency().getCode(),
        i.amount().getAmount().toPlainString(), i.open().getAmount().toPlainString(),
        i.baseOpen().getAmount().toPlainString(), Long.toString(i.daysOverdue(day)), i.bucket(day).label()};
  }
}
