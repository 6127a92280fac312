package dev.backoffice.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.BankStatements;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.io.JournalWriter;
import dev.backoffice.ledger.settlement.Allocation;
import dev.backoffice.ledger.settlement.BankPostings;
import dev.backoffice.ledger.settlement.OpenItem;
import dev.backoffice.ledger.settlement.Settlements;
import dev.backoffice.ledger.settlement.StatementMatch;
import dev.backoffice.ledger.settlement.StatementMatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice reconcile}: matches a bank statement (MT940 or camt.053) with the open items of a journal.
 *
 * <p>{@code csv} (default) prints one row per statement line: header
 * {@value #HEADER}; {@code status} is {@code accepted}, {@code ambiguous} (several items fit equally: listed in
 * {@code candidates}), {@code suggested} (a match too weak to accept), {@code unmatched} or {@code posted} (the
 * journal already holds the line's posting). {@code ledger} prints the bank postings (WB) of the lines not yet
 * posted, in journal format, ready to append to the journal: accepted lines settle their items, the others go to
 * the suspense account 249.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
        "Matches a bank statement (MT940 or camt.053) with the open items of a journal: by the invoice number in the "
            + "title, split-payment /INV/, amount with the counterparty's account or NIP.",
        "csv: one row per statement line with its rule, confidence and status; ledger: the bank postings to append "
            + "to the journal (unmatched lines to the suspense account 249)."})
final class ReconcileCommand implements Callable<Integer> {
  static final String HEADER =
      "statement,line,booking_date,amount,currency,rule,confidence,status,documents,unapplied,candidates";

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--statement", required = true, paramLabel = "FILE", description = "The statement: MT940 or camt.053.")
  private Path statementFile;

  @Option(names = "--bank-account", paramLabel = "ACCOUNT", defaultValue = "130",
      description = "The ledger account of the statement's bank account (default 130).")
  private String bankAccount;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default; header " + HEADER + ") or ledger (the postings in journal format).")
  private String format;

  ReconcileCommand() {}

  @Override
  public Integer call() {
    if (!format.equals("csv") && !format.equals("ledger")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--format': '" + format + "'; expected csv or ledger");
    }
    Commands.requireReadable(statementFile);
    ImmutableList<BankStatement> statements;
    try {
      statements = BankStatements.read(statementFile.toString(), Files.readAllBytes(statementFile));
    } catch (IOException e) {
      throw new UncheckedIOException(statementFile + ": " + e.getMessage(), e);
    }
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    List<JournalEntry> entries = new ArrayList<>();
    try (SettlementJournal j = SettlementJournal.load(file)) {
      Settlements settlements = Settlements.of(j.ledger);
      for (BankStatement s : statements) {
        ImmutableList<StatementMatch> matches = StatementMatcher.of(settlements, s.closing().date()).match(s);
        matches.forEach(m -> row(csv, s, m));
        entries.addAll(BankPostings.of(settlements, bankAccount).entries(s, matches));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.append(format.equals("csv") ? csv.toString() : JournalWriter.toText(writable(entries)));
    out.flush();
    return 0;
  }

  /**
   * The entries as the journal format can hold them: without the idempotency key (the journal has no place for
   * it; the entry's {@code statement-line} tag names the line, so a later reconcile of the appended journal knows
   * it is posted).
   */
  private static List<JournalEntry> writable(List<JournalEntry> entries) {
    List<JournalEntry> out = new ArrayList<>(entries.size());
    for (JournalEntry e : entries) {
      out.add(ImmutableJournalEntry.copyOf(e).withIdempotencyKey(java.util.Optional.empty()));
    }
    return out;
  }

  private static void row(StringBuilder sb, BankStatement s, StatementMatch m) {
    String status = m.alreadyPosted() ? "posted" : m.accepted() ? "accepted" : m.ambiguous() ? "ambiguous"
        : m.allocations().isEmpty() ? "unmatched" : "suggested";
    String[] r = {s.statementNumber(), Integer.toString(m.line().index()), m.line().bookingDate().toString(),
        m.line().amount().getAmount().toPlainString(), m.line().amount().getCurrencyUnit().getCode(),
        m.rule().name(), m.confidence().toPlainString(), status,
        m.allocations().stream().map(ReconcileCommand::allocation).collect(Collectors.joining(" ")),
        m.unapplied().getAmount().toPlainString(),
        m.candidates().stream().map(OpenItem::document).collect(Collectors.joining(" "))};
    for (int k = 0; k < r.length; k++) {
      sb.append(k == 0 ? "" : ",").append(Output.csv(r[k]));
    }
    sb.append('\n');
  }

  private static String allocation(Allocation a) {
    return a.item().document() + "=" + a.amount().getAmount().toPlainString();
  }
}
