package dev.backoffice.ledger.payment;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.bank.Iban;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One transfer to make (polecenie przelewu): from the debtor's account to the creditor's, an amount with a title, on
 * an execution date, optionally as a split payment (MPP).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PaymentInstruction {
  /** The caller's reference, unique in its batch: pain.001 {@code EndToEndId}, at most 35 characters. */
  public abstract String reference();

  /** The account paid from. */
  public abstract Iban debtorAccount();

  /** The payee's name, at most 140 characters (Elixir-O keeps 4 lines of 35). */
  public abstract String creditorName();

  /** The payee's account. */
  public abstract Iban creditorAccount();

  /** The amount, positive. */
  public abstract Money amount();

  /** The title (tytuł), at most 140 characters; for a split payment the free text, if any, goes in its data. */
  @Value.Default
  public String title() {
    return "";
  }

  /** The day the bank is to execute it. */
  public abstract LocalDate executionDate();

  /** Split-payment data: the transfer goes through MPP with this VAT amount. */
  public abstract Optional<SplitPayment> splitPayment();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePaymentInstruction.Builder builder() {
    return ImmutablePaymentInstruction.builder();
  }

  /** The title a bank receives: the split-payment title for MPP, else {@link #title()}. */
  public String remittance() {
    return splitPayment().map(SplitPayment::title).orElse(title());
  }

  @Value.Check
  void check() {
    String subject = "payment " + reference();
    Checks.check(!reference().isBlank() && reference().length() <= 35, subject, "reference", reference(),
        "must be 1 to 35 characters");
    Checks.check(amount().isPositive(), subject, "amount", amount(), "must be positive");
    Checks.check(!creditorName().isBlank() && creditorName().length() <= 140, subject, "creditorName",
        creditorName(), "must be 1 to 140 characters");
    Checks.check(remittance().length() <= 140, subject, "title", remittance(), "must be at most 140 characters");
    Checks.check(splitPayment().isPresent() || !title().isBlank(), subject, "title", title(), "must not be blank");
    splitPayment().ifPresent(mpp -> {
      Checks.check(amount().getCurrencyUnit().getCode().equals("PLN"), subject, "amount", amount(),
          "must be in PLN for a split payment");
      Checks.check(!mpp.vatAmount().isGreaterThan(amount()), subject, "splitPayment.vatAmount", mpp.vatAmount(),
          "must not exceed the amount " + amount());
      Checks.check(creditorAccount().isPolish(), subject, "creditorAccount", creditorAccount(),
          "must be a Polish account for a split payment");
    });
  }
}
