/**
 * Bank formats (formaty bankowe): bank statements read from SWIFT MT940 and ISO 20022 camt.053 into
 * {@link dev.backoffice.ledger.bank.BankStatement} values, and the account-number rules (IBAN, Polish NRB) they and
 * payment orders share.
 *
 * <p>Readers take bytes and a source name and either return every statement of the input, each balanced
 * (opening + lines = closing), or throw: a malformed MT940 file names {@code file:line:column}, a malformed camt
 * document the XML element path, an unbalanced statement names the statement. They keep no state between calls.
 */
@NullMarked
package dev.backoffice.ledger.bank;

import org.jspecify.annotations.NullMarked;
