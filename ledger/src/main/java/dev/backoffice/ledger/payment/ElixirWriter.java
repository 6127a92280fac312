package dev.backoffice.ledger.payment;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link PaymentBatch} as the Elixir-O import file Polish banks accept for domestic transfers (one
 * comma-separated record per transfer, lines ending CR LF, no header or footer), after the layout of the KIR
 * Elixir-O message as banks publish it for import (e.g. PKO BP, "ipko biznes – struktura pliku wejściowego
 * ELIXIR-O"):
 *
 * <ol>
 *   <li>message type {@code 110} (transfer);</li>
 *   <li>execution date {@code YYYYMMDD};</li>
 *   <li>amount in grosze, digits only;</li>
 *   <li>the debtor's bank sort code (8 digits of the NRB);</li>
 *   <li>{@code 0};</li>
 *   <li>the debtor's NRB, quoted;</li>
 *   <li>the creditor's NRB, quoted;</li>
 *   <li>the debtor's name and address, up to 4 lines of 35 separated by {@code |}, quoted;</li>
 *   <li>the creditor's name and address, likewise;</li>
 *   <li>{@code 0};</li>
 *   <li>the creditor's bank sort code;</li>
 *   <li>the title, up to 4 lines of 35 separated by {@code |}, quoted; for a split payment the MPP title
 *       {@code /VAT/…/IDC/…/INV/…/TXT/…};</li>
 *   <li>{@code ""};</li>
 *   <li>{@code ""};</li>
 *   <li>the classification: {@code "51"} for a transfer, {@code "53"} for a split payment (MPP);</li>
 *   <li>the customer's reference, quoted.</li>
 * </ol>
 *
 * <p>Only PLN transfers between Polish accounts can be written; anything else, and text the format cannot carry (a
 * double quote, a {@code |} inside a title or name line, more than 4 × 35 characters), is refused naming the
 * instruction and field. The text is returned as a {@code String}: encode it as the bank asks (ISO-8859-2,
 * Windows-1250 or CP852).
 */
public final class ElixirWriter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private ElixirWriter() {}

  /**
   * The Elixir-O file.
   *
   * @param batch the batch
   * @return the records, each ending CR LF
   * @throws ValidationException if an instruction cannot be written in Elixir-O
   */
  public static String write(PaymentBatch batch) {
    Checks.notNull(batch, "batch");
    StringBuilder out = new StringBuilder();
    String debtorName = lines("batch " + batch.messageId(), "debtorName", batch.debtorName());
    for (PaymentInstruction i : batch.instructions()) {
      String subject = "payment " + i.reference();
      Checks.check(i.amount().getCurrencyUnit().getCode().equals("PLN"), subject, "amount", i.amount(),
          "must be in PLN for Elixir-O (a domestic clearing system)");
      Checks.check(i.creditorAccount().isPolish(), subject, "creditorAccount", i.creditorAccount(),
          "must be a Polish account (NRB) for Elixir-O");
      Checks.check(i.debtorAccount().isPolish(), subject, "debtorAccount", i.debtorAccount(),
          "must be a Polish account (NRB) for Elixir-O");
      long grosze = i.amount().getAmountMinorLong();
      List<String> fields = List.of(
          "110",
          i.executionDate().format(DATE),
          Long.toString(grosze),
          i.debtorAccount().sortCode(),
          "0",
          quote(i.debtorAccount().nrb()),
          quote(i.creditorAccount().nrb()),
          quote(debtorName),
          quote(lines(subject, "creditorName", i.creditorName())),
          "0",
          i.creditorAccount().sortCode(),
          quote(chunks(subject, "title", i.remittance())),
          quote(""),
          quote(""),
          quote(i.splitPayment().isPresent() ? "53" : "51"),
          quote(plain(subject, "reference", i.reference())));
      out.append(String.join(",", fields)).append("\r\n");
    }
    return out.toString();
  }

  /** A name with optional address lines after {@code |}; a single long line is cut into lines of 35. */
  private static String lines(String subject, String field, String text) {
    plain(subject, field, text.replace("|", ""));
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\|", -1)) {
      for (int i = 0; i < line.length(); i += 35) {
        lines.add(line.substring(i, Math.min(line.length(), i + 35)));
      }
    }
    Checks.check(lines.size() <= 4, subject, field, text, "must fit 4 lines of 35 characters");
    return String.join("|", lines);
  }

  /** A title: cut into lines of 35 (the bank joins them again). */
  private static String chunks(String subject, String field, String text) {
    plain(subject, field, text);
    Checks.check(!text.contains("|"), subject, field, text, "must not contain | (the Elixir-O line separator)");
    Checks.check(text.length() <= 140, subject, field, text, "must be at most 4 lines of 35 characters");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < text.length(); i += 35) {
      lines.add(text.substring(i, Math.min(text.length(), i + 35)));
    }
    return String.join("|", lines);
  }

  private static String plain(String subject, String field, String text) {
    Checks.check(text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0, subject, field, text,
        "must not contain a double quote or a line break (Elixir-O quotes text fields)");
    return text;
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
