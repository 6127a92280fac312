package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.payment.PaymentBatch;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A payment run's result: the batch to send to the bank, the entry that reserves its money in the ledger, and
 * the payables left out with the reason.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PaymentProposal {
  /** The batch for the pain.001 or Elixir-O writer; empty when no payable could be paid. */
  public abstract Optional<PaymentBatch> batch();

  /**
   * The two-phase entry: Dr each payable (its {@code partner} and {@code doc}) / Cr the bank account, dated the
   * execution date, with idempotency key {@code pay/<message id>}. Reserve it when the batch is sent, commit it
   * when the bank confirms, void it when the bank refuses.
   */
  public abstract Optional<JournalEntry> reservation();

  /** The items paid, one per instruction in the same order. */
  public abstract ImmutableList<OpenItem> paid();

  /** Payables due but left out, each with why ("no iban tag", "not on the VAT white list", …). */
  public abstract ImmutableList<String> skipped();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePaymentProposal.Builder builder() {
    return ImmutablePaymentProposal.builder();
  }
}
