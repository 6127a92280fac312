/**
 * Payment orders (polecenia przelewu): instructions to pay, batches of them written as ISO 20022 pain.001.001.09 or
 * as the Polish Elixir-O import file, split-payment (MPP) data, and the VAT white list (wykaz podatników VAT,
 * art. 96b ustawy o VAT) as an SPI with an implementation over the Ministry of Finance's daily flat file.
 */
@NullMarked
package dev.backoffice.ledger.payment;

import org.jspecify.annotations.NullMarked;
