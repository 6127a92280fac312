package dev.backoffice.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's settlements section, figures by hand. */
class FebruarySettlementsTest {
  private static String section;

  @BeforeAll
  static void runTheDemo() {
    StringBuilder out = new StringBuilder();
    SmallCompanyMonth.run(out);
    String all = out.toString();
    section = all.substring(all.indexOf("Settlements (February 2025)"));
  }

  @Test
  void theStatementIsMatchedAndPosted() {
    // 3,000.00 of FV/3/2025's 6,150.00: a partial payment (0.95 − 0.10); the unexplained 1,230.00 waits on 249
    assertThat(section).contains("statement 12/1 line 1    3000.00 PLN  DOCUMENT_IN_TITLE 0.85 → posted "
        + "[Dr 130 PLN 3000.00, Cr 201 PLN 3000.00]");
    assertThat(section).contains("statement 12/1 line 2    1230.00 PLN  NONE              0 → suspense 249");
  }

  @Test
  void theEuroInvoicePaidAtALowerRateBooksARealisedLossOnThePaymentDate() {
    // booked 2,000 × 4.3000 = 8,600.00; received 2,000 × 4.2500 = 8,500.00; loss 100.00 to 751
    assertThat(section).contains("Dr 131 EUR 2000.00 @@ PLN 8500.00, Cr 201 EUR 2000.00 @@ PLN 8500.00, "
        + "Cr 201 EUR 0.00 @@ PLN 100.00, Dr 751 PLN 100.00]");
  }

  @Test
  void agingAtMonthEnd() {
    // January's FV/2/2025 of Klient B (NIP 7740001454; 9,840.00, dated 2025-01-17: 42 days) and FZ/2/2025 of
    // Papiernik (9512345678; 984.00, 2025-01-13: 46), unpaid, named by their invoices' VAT data; FV/1 and FZ/1 were
    // paid in January by payments naming the same counterparties, so they are closed;
    // FV/3/2025 6,150.00 − 3,000.00 = 3,150.00 due 02-17 (11 days); FZ/5 due 02-10 (18); FZ/4 due 02-20 (8)
    assertThat(section).contains(
        "    201  7740001454   PLN  1-30 3150.00  31-60 9840.00\n"
            + "    202  1132853869   PLN  1-30 -984.00\n"
            + "    202  5261040828   PLN  1-30 -3690.00\n"
            + "    202  9512345678   PLN  31-60 -984.00\n"
            + "    249  (no partner) PLN  1-30 -1230.00\n");
  }

  @Test
  void thePaymentBatchPaysWhatIsDueWithSplitPaymentWhereMarked() {
    assertThat(section).contains("pay FZ/4/2025     3690.00 to PL61109010140000071219812874  "
        + "/VAT/690,00/IDC/5261040828/INV/FZ/4/2025");
    assertThat(section).contains("payment batch PAY-2025-02-28 of 4674.00 PLN"); // 3,690.00 + 984.00
    // left: 9,840.00 + 3,150.00 receivable; −984.00 (January's FZ/2) − 1,230.00 (suspense) payable
    assertThat(section).contains("open after the batch: 4 items, receivables 12990.00, payables -2214.00 (PLN)");
  }
}
