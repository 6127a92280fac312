package dev.backoffice.payroll.calc;

/**
 * The zero-PIT reliefs that exempt revenue from employment and mandate contracts up to one shared annual
 * limit (85,528 zł in 2024–2026). Social and health contributions stay due.
 */
public enum TaxRelief {
  /** Youth relief (ulga dla młodych, art. 21 ust. 1 pkt 148): revenue until the day the person turns 26; applied without a statement. */
  YOUTH("art. 21 ust. 1 pkt 148 ustawy o PIT"),
  /** Return relief (ulga na powrót, art. 21 ust. 1 pkt 152), on the employee's statement. */
  RETURN("art. 21 ust. 1 pkt 152 ustawy o PIT"),
  /** Relief for parents of four or more children (art. 21 ust. 1 pkt 153), on the employee's statement. */
  FAMILY("art. 21 ust. 1 pkt 153 ustawy o PIT"),
  /** Relief for working seniors (art. 21 ust. 1 pkt 154), on the employee's statement. */
  SENIOR("art. 21 ust. 1 pkt 154 ustawy o PIT");

  private final String source;

  TaxRelief(String source) {
    this.source = source;
  }

  /** The legal source of the relief. */
  public String source() {
    return source;
  }
}
