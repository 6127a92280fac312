package dev.backoffice.examples.cli;

import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.BankStatements;
import dev.backoffice.ledger.bank.StatementLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backoffice bank-statement}: the lines of a bank statement file, MT940 or camt.053 (001.02, 001.08), the
 * format told by the content ({@link BankStatements}). Every statement of the file must add up (opening + lines =
 * closing) or the command fails naming it; a malformed file fails naming {@code file:line:column} (MT940) or the
 * element path (camt).
 *
 * <p>Output, one row per line of every statement in file order:
 * <ul>
 *   <li>{@code csv} (default): header
 *       {@code account,statement,booking_date,value_date,amount,currency,counterparty_name,counterparty_account,title,reference},
 *       the amount a plain signed decimal (money in positive), the reference the bank's (else the customer's);
 *   <li>{@code json}: an array of objects with those keys, amounts as strings.
 * </ul>
 */
@Command(
    name = "bank-statement",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the lines of a bank statement file: SWIFT MT940 or ISO 20022 camt.053 (001.02 and 001.08), "
            + "told apart by the content.",
        "Amounts are signed from the account holder's side: money in positive. Every statement must add up."})
final class BankStatementCommand implements Callable<Integer> {
  static final String HEADER = "account,statement,booking_date,value_date,amount,currency,counterparty_name,"
      + "counterparty_account,title,reference";

  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The statement file.")
  private Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default; header " + HEADER + ") or json.")
  private Format format;

  BankStatementCommand() {}

  @Override
  public Integer call() {
    Commands.requireFormat(spec, format, EnumSet.of(Format.CSV, Format.JSON));
    Commands.requireReadable(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<BankStatement> statements = BankStatements.read(file.toString(), bytes);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.CSV) {
      out.print(HEADER + "\n");
      for (BankStatement s : statements) {
        for (StatementLine l : s.lines()) {
          out.print(String.join(",", row(s, l).stream().map(Output::csv).toList()) + "\n");
        }
      }
    } else {
      out.print("[");
      boolean first = true;
      String[] keys = HEADER.split(",");
      for (BankStatement s : statements) {
        for (StatementLine l : s.lines()) {
          List<String> values = row(s, l);
          StringBuilder o = new StringBuilder(first ? "\n  {" : ",\n  {");
          for (int i = 0; i < keys.length; i++) {
            o.append(i == 0 ? "" : ", ").append(Output.json(keys[i])).append(": ").append(Output.json(values.get(i)));
          }
          out.print(o.append('}'));
          first = false;
        }
      }
      out.print(first ? "]\n" : "\n]\n");
    }
    out.flush();
    return 0;
  }

  private static List<String> row(BankStatement s, StatementLine l) {
    return List.of(s.account(), s.statementNumber(), l.bookingDate().toString(), l.valueDate().toString(),
        l.amount().getAmount().toPlainString(), l.amount().getCurrencyUnit().getCode(),
        l.counterpartyName().orElse(""), l.counterpartyAccount().orElse(""), l.title(),
        l.bankReference().or(l::customerReference).orElse(""));
  }
}
