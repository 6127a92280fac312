package dev.backoffice.ledger.payment;

import dev.backoffice.core.error.Checks;
import org.joda.money.Money;

/**
 * When a payment must go to a white-listed account. A payment for a transaction over 15,000 PLN (art. 19 ustawy
 * Prawo przedsiębiorców) made to an account not on the list on the day of the order loses tax deductibility
 * (art. 15d ustawy o CIT, art. 22p ustawy o PIT) and makes the payer jointly liable for the payee's VAT
 * (art. 117ba Ordynacji podatkowej); a split payment (MPP) is exempt from that liability. The threshold is the
 * transaction's value; this policy takes the instruction's amount as that value, which holds for one invoice per
 * transfer.
 */
public final class WhiteListPolicy {
  /** The threshold: 15,000.00 PLN; payments above it need a listed account. */
  public static final Money THRESHOLD = Money.parse("PLN 15000.00");

  private WhiteListPolicy() {}

  /**
   * Whether the register must list the payee's account for this payment.
   *
   * @param instruction the payment
   * @return true for a PLN amount over 15,000.00 that is not a split payment
   */
  public static boolean requiresListedAccount(PaymentInstruction instruction) {
    Checks.notNull(instruction, "instruction");
    return instruction.amount().getCurrencyUnit().equals(THRESHOLD.getCurrencyUnit())
        && instruction.amount().isGreaterThan(THRESHOLD) && instruction.splitPayment().isEmpty();
  }

  /**
   * Checks a payment against the register and refuses it when it needs a listed account and the account is not
   * listed.
   *
   * @param instruction the payment
   * @param nip the payee's NIP
   * @param list the register for the day of the order
   * @return the register's status of the pair (checked whatever the amount)
   * @throws dev.backoffice.core.error.ValidationException naming the payment and account when it is over the
   *     threshold and the account is not listed for the NIP
   */
  public static WhiteListStatus verify(PaymentInstruction instruction, String nip, WhiteList list) {
    Checks.notNull(list, "list");
    WhiteListStatus status = list.check(nip, instruction.creditorAccount());
    Checks.check(status.isListed() || !requiresListedAccount(instruction), "payment " + instruction.reference(),
        "creditorAccount", instruction.creditorAccount(), "must be on the VAT white list of " + list.date()
            + " for NIP " + nip + ": the amount " + instruction.amount() + " is over " + THRESHOLD
            + " (art. 19 Prawa przedsiębiorców, art. 96b ustawy o VAT); pay to a listed account or by split payment");
    return status;
  }
}
