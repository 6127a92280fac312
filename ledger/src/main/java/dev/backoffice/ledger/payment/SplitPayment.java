package dev.backoffice.ledger.payment;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The split-payment data of a transfer (mechanizm podzielonej płatności, MPP, art. 108a ustawy o VAT): the VAT part of
 * the amount, which the bank moves to the payee's VAT account, the payee's NIP and the invoice paid. A bank reads
 * them from the title in the form {@code /VAT/10,00/IDC/5261040828/INV/FV/1/2025/TXT/free text} (see
 * {@link #title()}).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class SplitPayment {
  /** The VAT amount of the invoice paid (kwota VAT), in PLN, at most the transfer's amount. */
  public abstract Money vatAmount();

  /** The payee's NIP (IDC: identyfikator dostawcy), 10 digits with a valid check digit. */
  public abstract String nip();

  /** The number of the invoice paid (INV), at most 35 characters. */
  public abstract String invoiceNumber();

  /** Free text (TXT), at most 33 characters. */
  public abstract Optional<String> text();

  /**
   * Split-payment data without free text.
   *
   * @param vatAmount the VAT amount in PLN
   * @param nip the payee's NIP
   * @param invoiceNumber the invoice number
   * @return the data
   */
  public static SplitPayment of(Money vatAmount, String nip, String invoiceNumber) {
    return ImmutableSplitPayment.builder().vatAmount(vatAmount).nip(nip).invoiceNumber(invoiceNumber).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSplitPayment.Builder builder() {
    return ImmutableSplitPayment.builder();
  }

  /**
   * The title banks read split-payment data from: {@code /VAT/} the VAT amount with a decimal comma, {@code /IDC/} the
   * NIP, {@code /INV/} the invoice number, {@code /TXT/} the free text (left out when there is none).
   *
   * @return the title, e.g. {@code /VAT/23,00/IDC/5261040828/INV/FV/1/2025/TXT/zaplata}
   */
  public String title() {
    return "/VAT/" + vatAmount().getAmount().toPlainString().replace('.', ',') + "/IDC/" + nip() + "/INV/"
        + invoiceNumber() + text().map(t -> "/TXT/" + t).orElse("");
  }

  @Value.Check
  void check() {
    Checks.check(vatAmount().getCurrencyUnit().getCode().equals("PLN"), "splitPayment", "vatAmount", vatAmount(),
        "must be in PLN (split payment is for złoty invoices)");
    Checks.check(!vatAmount().isNegative(), "splitPayment", "vatAmount", vatAmount(), "must not be negative");
    Checks.check(Nip.isValid(nip()), "splitPayment", "nip", nip(),
        "must be 10 digits whose check digit is the weighted sum (6,5,7,2,3,4,5,6,7) mod 11");
    Checks.check(!invoiceNumber().isBlank() && invoiceNumber().length() <= 35, "splitPayment", "invoiceNumber",
        invoiceNumber(), "must be 1 to 35 characters");
    Checks.check(!invoiceNumber().contains("/TXT/") && !invoiceNumber().contains("/VAT/"), "splitPayment",
        "invoiceNumber", invoiceNumber(), "must not contain a split-payment tag");
    text().ifPresent(t -> Checks.check(!t.isBlank() && t.length() <= 33, "splitPayment", "text", t,
        "must be 1 to 33 characters"));
  }
}
