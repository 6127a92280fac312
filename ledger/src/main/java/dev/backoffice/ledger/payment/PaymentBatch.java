package dev.backoffice.ledger.payment;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.bank.Iban;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A batch of transfers from one debtor (paczka przelewów) with what a payment file needs besides them: a message id,
 * the moment it was created (given by the caller: the library reads no clock) and the debtor's name.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PaymentBatch {
  /** The message id, unique per file sent: pain.001 {@code MsgId}, at most 35 characters. */
  public abstract String messageId();

  /** When the batch was created (pain.001 {@code CreDtTm}). */
  public abstract OffsetDateTime createdAt();

  /** The debtor's name (and, for Elixir-O, address lines after {@code '|'}), at most 140 characters. */
  public abstract String debtorName();

  /** The account every instruction pays from. */
  public abstract Iban debtorAccount();

  /** The transfers, at least one. */
  public abstract ImmutableList<PaymentInstruction> instructions();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePaymentBatch.Builder builder() {
    return ImmutablePaymentBatch.builder();
  }

  /**
   * The sum of the amounts (pain.001 {@code CtrlSum}).
   *
   * @return the total in the instructions' currency
   * @throws dev.backoffice.core.error.ValidationException if the instructions are in several currencies
   */
  public Money total() {
    Money total = Money.zero(instructions().get(0).amount().getCurrencyUnit());
    for (PaymentInstruction i : instructions()) {
      Checks.check(i.amount().getCurrencyUnit().equals(total.getCurrencyUnit()), "batch " + messageId(),
          "instructions[" + i.reference() + "].amount", i.amount(), "must be in " + total.getCurrencyUnit()
              + " like the first instruction for a total");
      total = total.plus(i.amount());
    }
    return total;
  }

  @Value.Check
  void check() {
    String subject = "batch " + messageId();
    Checks.check(!messageId().isBlank() && messageId().length() <= 35, "batch", "messageId", messageId(),
        "must be 1 to 35 characters");
    Checks.check(!debtorName().isBlank() && debtorName().length() <= 140, subject, "debtorName", debtorName(),
        "must be 1 to 140 characters");
    Checks.check(!instructions().isEmpty(), subject, "instructions", "[]", "must hold at least one transfer");
    Set<String> references = new HashSet<>();
    for (PaymentInstruction i : instructions()) {
      Checks.check(i.debtorAccount().equals(debtorAccount()), subject, "instructions[" + i.reference()
          + "].debtorAccount", i.debtorAccount(), "must be the batch's debtor account " + debtorAccount());
      Checks.check(references.add(i.reference()), subject, "instructions[" + i.reference() + "].reference",
          i.reference(), "must be unique in the batch");
    }
  }
}
