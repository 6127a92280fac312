package dev.backoffice.examples.cli;

import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.ledger.bank.Iban;
import dev.backoffice.ledger.payment.ElixirWriter;
import dev.backoffice.ledger.payment.Pain001Writer;
import dev.backoffice.ledger.settlement.PaymentProposal;
import dev.backoffice.ledger.settlement.PaymentRun;
import dev.backoffice.ledger.settlement.Settlements;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code backoffice pay}: the payment batch of a journal's payables due by a day, as ISO 20022 pain.001.001.09 or
 * Elixir-O, on standard output.
 *
 * <p>Payables are open items with a credit balance and a document on the settlement accounts, in PLN, due on or
 * before {@code --due-by}, each paid in full to its {@code iban} tag, by split payment where the invoice is marked
 * {@code proc: MPP} and has VAT lines. Payables left out (no {@code iban} tag, another currency) are listed on
 * standard error as warnings. The batch's id is {@code PAY-<due-by>}, its execution date {@code --execution-date}
 * (default: the due-by day) and its creation time midnight UTC of that day, so the output depends on the journal and
 * options only.
 */
@Command(
    name = "pay",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the payment batch of the payables due by a date (pain.001.001.09 or Elixir-O), each to the account in "
            + "its 'iban' tag, split payment (MPP) where the invoice is marked 'proc: MPP'."})
final class PayCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journal file (UTF-8).")
  private Path file;

  @Option(names = "--due-by", required = true, paramLabel = "DATE", converter = Converters.Date.class,
      description = "Pay what is due on or before DATE (YYYY-MM-DD).")
  private LocalDate dueBy;

  @Option(names = "--debtor-iban", required = true, paramLabel = "IBAN", converter = IbanConverter.class,
      description = "The account to pay from: IBAN or 26-digit NRB.")
  private Iban debtor;

  @Option(names = "--debtor-name", paramLabel = "NAME", defaultValue = "Backoffice",
      description = "The payer's name in the batch (default: Backoffice).")
  private String debtorName;

  @Option(names = "--execution-date", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The day the bank is to pay (default: the --due-by day).")
  private @Nullable LocalDate executionDate;

  @Option(names = "--bank-account", paramLabel = "ACCOUNT", defaultValue = "130",
      description = "The ledger account of the account paid from (default 130).")
  private String bankAccount;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "pain001 (ISO 20022 pain.001.001.09 XML) or elixir (Elixir-O).")
  private PayFormat format;

  /** The batch formats. */
  enum PayFormat {
    PAIN001, ELIXIR
  }

  PayCommand() {}

  @Override
  public Integer call() {
    LocalDate day = executionDate != null ? executionDate : dueBy;
    PaymentProposal p;
    try (SettlementJournal j = SettlementJournal.load(file)) {
      p = PaymentRun.of(Settlements.of(j.ledger), debtor, debtorName, bankAccount)
          .propose(dueBy, day, "PAY-" + dueBy, day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    PrintWriter err = spec.commandLine().getErr();
    p.skipped().forEach(s -> err.append("pay: warning: ").append(s.replace('\n', ' ')).append('\n'));
    err.flush();
    if (p.batch().isEmpty()) {
      throw new BackOfficeException("no payable due by " + dueBy + " can be paid (" + p.skipped().size() + " skipped)");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.append(format == PayFormat.PAIN001 ? Pain001Writer.write(p.batch().get()) : ElixirWriter.write(p.batch().get()));
    out.flush();
    return 0;
  }

  /** An IBAN or NRB option; a wrong one is bad usage. */
  static final class IbanConverter implements ITypeConverter<Iban> {
    @Override
    public Iban convert(String value) {
      try {
        return Iban.parse(value);
      } catch (BackOfficeException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
