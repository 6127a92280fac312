/**
 * VAT data on journal entries and the VAT registers (ewidencja VAT: rejestr sprzedaży, rejestr zakupów) built
 * from it: {@link dev.backoffice.reporting.vat.VatInvoice} is the typed view of an entry's VAT tags (the
 * counterparty, dates, GTU codes, procedure markers, document type, correction, KSeF number),
 * {@link dev.backoffice.reporting.vat.VatPosting} of a line's (rate and net base); a
 * {@link dev.backoffice.reporting.vat.VatRegister} lists a period's invoices with their amounts per rate and the
 * JPK_V7 fields (K_10…K_47) they fill, and {@link dev.backoffice.reporting.vat.VatDeclaration} holds the
 * declaration's P_ fields computed from the registers.
 */
@NullMarked
package dev.backoffice.reporting.vat;

import org.jspecify.annotations.NullMarked;
