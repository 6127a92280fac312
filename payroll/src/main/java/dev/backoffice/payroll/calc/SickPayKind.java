package dev.backoffice.payroll.calc;

/**
 * Pay for days of illness. Both kinds are outside the ZUS social contribution base but subject to health
 * insurance and PIT.
 */
public enum SickPayKind {
  /** Employer-financed sick pay (wynagrodzenie chorobowe, art. 92 Kodeksu pracy): 80 % or 100 % of the basis. */
  EMPLOYER_SICK_PAY("Wynagrodzenie chorobowe", "art. 92 Kodeksu pracy; poza podstawą składek społecznych (art. 18 ust. 1 i art. 20 ustawy o sus)"),
  /** Sickness benefit paid by the payer on behalf of ZUS (zasiłek chorobowy). */
  SICKNESS_BENEFIT("Zasiłek chorobowy", "art. 11 ustawy z 25 czerwca 1999 r. o świadczeniach pieniężnych z ubezpieczenia społecznego w razie choroby i macierzyństwa");

  private final String polishName;
  private final String source;

  SickPayKind(String polishName, String source) {
    this.polishName = polishName;
    this.source = source;
  }

  /** The Polish name printed on the payslip. */
  public String polishName() {
    return polishName;
  }

  /** The legal source. */
  public String source() {
    return source;
  }

  /** True when ZUS finances the amount (the payer only pays it out and settles it with ZUS). */
  public boolean financedByZus() {
    return this == SICKNESS_BENEFIT;
  }
}
