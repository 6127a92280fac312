package dev.backoffice.ledger.settlement;

import java.util.Optional;

/**
 * The title of a split payment (mechanizm podzielonej płatności, art. 108a ust. 3 ustawy o VAT):
 * {@code /VAT/10,00/IDC/5261040828/INV/FV/1/2025/TXT/opis}, the VAT amount (comma or dot decimals), the
 * supplier's NIP, the invoice number and free text. The invoice number may itself hold slashes; it ends where
 * {@code /TXT/} starts.
 */
record SplitPaymentTitle(String vat, String idc, String invoice, String text) {
  private static final String[] MARKERS = {"/VAT/", "/IDC/", "/INV/", "/TXT/"};

  /** The parts of a split-payment title, or empty when the text is not one. */
  static Optional<SplitPaymentTitle> parse(String title) {
    String t = title.replace("\n", "").strip();
    int[] at = new int[MARKERS.length];
    for (int i = 0; i < MARKERS.length; i++) {
      at[i] = t.indexOf(MARKERS[i], i == 0 ? 0 : Math.max(0, at[i - 1]));
    }
    if (at[0] < 0 || at[1] < 0 || at[2] < 0 || !(at[0] < at[1] && at[1] < at[2])) {
      return Optional.empty();
    }
    String vat = t.substring(at[0] + 5, at[1]);
    String idc = t.substring(at[1] + 5, at[2]);
    int invEnd = at[3] > at[2] ? at[3] : t.length();
    String inv = t.substring(at[2] + 5, invEnd);
    String text = at[3] > at[2] ? t.substring(at[3] + 5) : "";
    return Optional.of(new SplitPaymentTitle(vat.strip(), idc.strip(), inv.strip(), text.strip()));
  }
}
