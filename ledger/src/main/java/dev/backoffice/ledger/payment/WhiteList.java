package dev.backoffice.ledger.payment;

import dev.backoffice.ledger.bank.Iban;
import java.time.LocalDate;

/**
 * The VAT taxpayers' register (wykaz podatników VAT, "biała lista", art. 96b ustawy o VAT) as far as payments need
 * it: whether an account belongs to a registered active or exempt VAT taxpayer with a given NIP. An SPI: the
 * library ships {@link FlatFileWhiteList} over the Ministry of Finance's daily flat file; an application may
 * implement it over the Ministry's online API.
 */
public interface WhiteList {
  /** The day the list describes (a check is valid for payments ordered on that day). */
  LocalDate date();

  /**
   * The register's answer for a NIP and an account on {@link #date()}.
   *
   * @param nip the payee's NIP, 10 digits
   * @param account the payee's account (settlement account, SKOK account or a virtual account)
   * @return whether the pair is listed, and as what
   */
  WhiteListStatus check(String nip, Iban account);
}
