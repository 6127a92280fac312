package dev.backoffice.ledger.settlement;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.bank.Iban;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.payment.ImmutablePaymentInstruction;
import dev.backoffice.ledger.payment.PaymentBatch;
import dev.backoffice.ledger.payment.PaymentInstruction;
import dev.backoffice.ledger.payment.SplitPayment;
import dev.backoffice.ledger.payment.WhiteList;
import dev.backoffice.ledger.payment.WhiteListPolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment run (przelewy do dostawców): from the payables due by a day, the transfers to make, for the
 * bankfmt writers ({@code Pain001Writer}, {@code ElixirWriter}), and the two-phase entry that reserves the money.
 *
 * <p>A payable is an open item with a credit balance and a document, in the base currency (PLN; foreign-currency
 * payables are listed as skipped), due on or before the day. Its counterparty's account is its {@code iban} tag
 * (IBAN or 26-digit NRB, checked by ISO 13616 mod 97: a wrong one is an error naming the item); an item without
 * one is skipped. An item marked split payment ({@code proc: MPP}) whose entry has VAT lines ({@code vat-rate})
 * is paid by MPP with that VAT amount and the counterparty's NIP ({@code partner}). With a VAT white list
 * (art. 96b ustawy o VAT), a payment over 15,000 PLN to an account the list does not hold for the NIP is skipped
 * with the register's answer.
 */
public final class PaymentRun {
  private final Settlements settlements;
  private final Iban debtorAccount;
  private final String debtorName;
  private final String bankAccount;
  private final @Nullable WhiteList whiteList;

  private PaymentRun(Settlements settlements, Iban debtorAccount, String debtorName, String bankAccount,
      @Nullable WhiteList whiteList) {
    this.settlements = settlements;
    this.debtorAccount = debtorAccount;
    this.debtorName = debtorName;
    this.bankAccount = bankAccount;
    this.whiteList = whiteList;
  }

  /**
   * A run paying from one bank account.
   *
   * @param settlements the ledger's settlements
   * @param debtorAccount the account paid from
   * @param debtorName the payer's name
   * @param bankAccount the ledger account of that bank account (130)
   * @return the run
   */
  public static PaymentRun of(Settlements settlements, Iban debtorAccount, String debtorName, String bankAccount) {
    return new PaymentRun(Checks.notNull(settlements, "settlements"), Checks.notNull(debtorAccount, "debtorAccount"),
        Checks.notBlank(debtorName, "debtorName"), Checks.notBlank(bankAccount, "bankAccount"), null);
  }

  /**
   * This run checking payments over 15,000 PLN against the VAT white list of the order's day.
   *
   * @param list the register
   * @return a new run
   */
  public PaymentRun withWhiteList(WhiteList list) {
    return new PaymentRun(settlements, debtorAccount, debtorName, bankAccount, Checks.notNull(list, "list"));
  }

  /**
   * The payables due by a day, as a batch and its reservation.
   *
   * @param dueBy the last due date paid
   * @param executionDate the day the bank is to pay (the reservation's date)
   * @param messageId the batch's id, 1 to 35 characters
   * @param createdAt when the batch is made (the library reads no clock)
   * @return the proposal
   * @throws ValidationException when an item's {@code iban} tag is not a valid account number
   */
  public PaymentProposal propose(LocalDate dueBy, LocalDate executionDate, String messageId, OffsetDateTime createdAt) {
    Checks.notNull(dueBy, "dueBy");
    Checks.notNull(executionDate, "executionDate");
    Checks.notBlank(messageId, "messageId");
    Checks.notNull(createdAt, "createdAt");
    ImmutablePaymentProposal.Builder out = PaymentProposal.builder();
    List<PaymentInstruction> instructions = new ArrayList<>();
    Set<String> references = new HashSet<>();
    ImmutableJournalEntry.Builder reservation = JournalEntry.builder().date(executionDate)
        .document(DocumentRef.of("WB", messageId, executionDate))
        .idempotencyKey(IdempotencyKey.of(("pay/" + messageId).replace(' ', '_')))
        .description("Przelewy " + messageId + ": zobowiązania wymagalne do " + dueBy);
    Money total = Money.zero(settlements.baseCurrency());
    for (OpenItem i : settlements.openItems(executionDate)) {
      if (!i.open().isNegative() || i.isUnapplied() || i.due().isAfter(dueBy)) {
        continue;
      }
      if (!i.currency().equals(settlements.baseCurrency())) {
        out.addSkipped(i + ": in " + i.currency() + ", not paid by this run");
        continue;
      }
      if (i.iban().isEmpty()) {
        out.addSkipped(i + ": no iban tag");
        continue;
      }
      Iban creditor = Iban.parse("iban tag of " + i, i.iban().get());
      Money amount = i.open().negated();
      ImmutablePaymentInstruction.Builder b = PaymentInstruction.builder()
          .reference(reference(i.document(), instructions.size() + 1, references)).debtorAccount(debtorAccount)
          .creditorName(name(i)).creditorAccount(creditor).amount(amount).executionDate(executionDate)
          .title(title(i.document()));
      if (i.splitPayment() && i.vat().isPresent()) {
        b.splitPayment(SplitPayment.of(i.vat().get().abs(), i.partner(), i.document()));
      }
      PaymentInstruction p = b.build();
      if (whiteList != null) {
        try {
          WhiteListPolicy.verify(p, i.partner(), whiteList);
        } catch (ValidationException refused) {
          out.addSkipped(i + ": " + refused.getMessage()); // reported, not lost: the caller shows what is left
          continue;
        }
      }
      instructions.add(p);
      out.addPaid(i);
      reservation.addLines(JournalLine.builder().account(i.account()).side(Side.DEBIT).amount(amount)
          .tags(SettlementTags.naming(i.partner(), i.document())).build());
      total = total.plus(amount);
    }
    if (instructions.isEmpty()) {
      return out.build();
    }
    reservation.addLines(JournalLine.credit(bankAccount, total));
    return out.batch(PaymentBatch.builder().messageId(messageId).createdAt(createdAt).debtorName(debtorName)
            .debtorAccount(debtorAccount).instructions(instructions).build())
        .reservation(reservation.build()).build();
  }

  private static String name(OpenItem i) {
    String n = i.partnerName().orElse(i.partner());
    return n.length() <= 140 ? n : n.substring(0, 140);
  }

  private static String title(String doc) {
    String t = "Zapłata za " + doc;
    return t.length() <= 140 ? t : t.substring(0, 140);
  }

  /** The document number when it fits pain.001's 35 characters and is unique in the batch, else a numbered one. */
  private static String reference(String doc, int n, Set<String> used) {
    String r = doc.length() <= 35 && !used.contains(doc) ? doc : "P" + n + "-" + doc.substring(0, Math.min(doc.length(), 30));
    used.add(r);
    return r;
  }
}
