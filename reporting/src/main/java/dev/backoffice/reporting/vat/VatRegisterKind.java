package dev.backoffice.reporting.vat;

/** Which VAT register: output tax (rejestr sprzedaży) or input tax (rejestr zakupów). */
public enum VatRegisterKind {
  /** Sales and every other event with output tax (including self-assessed tax on reverse-charge purchases). */
  SALES,
  /** Purchases with input tax to deduct. */
  PURCHASES
}
