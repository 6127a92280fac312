package dev.backoffice.payroll.absence;

/** What an {@link AbsenceLine} computes. Names are stable identifiers; new kinds may be added. */
public enum AbsenceLineKind {
  /** The deduction of 1/30 of the monthly rate per day of illness paid by sick pay or benefit. */
  SICKNESS_DEDUCTION("Potrącenie za dni choroby (1/30)"),
  /** The deduction for unpaid absence by the hourly method. */
  UNPAID_ABSENCE_DEDUCTION("Potrącenie za nieobecność nieodpłatną (metoda godzinowa)"),
  /** Pay for the hours worked when illness covers all but those hours (variant of the 1/30 rule). */
  PAY_FOR_HOURS_WORKED("Wynagrodzenie za godziny przepracowane"),
  /** The total deduction of the month. */
  TOTAL_DEDUCTION("Potrącenie za czas nieprzepracowany razem"),
  /** The sickness base (podstawa wymiaru) from the last 12 months. */
  SICKNESS_BASE("Podstawa wymiaru wynagrodzenia chorobowego i zasiłku"),
  /** How the days of illness split between employer sick pay and ZUS benefit under the yearly limit. */
  SICK_DAYS_SPLIT("Podział dni choroby: wynagrodzenie chorobowe / zasiłek"),
  /** Employer sick pay (wynagrodzenie chorobowe). */
  EMPLOYER_SICK_PAY("Wynagrodzenie chorobowe"),
  /** Sickness benefit (zasiłek chorobowy) paid by the payer on ZUS's behalf, or by ZUS directly. */
  SICKNESS_BENEFIT("Zasiłek chorobowy"),
  /** Holiday pay from fixed components: paid as if working. */
  HOLIDAY_PAY_FIXED("Wynagrodzenie urlopowe – składniki stałe"),
  /** Holiday pay from variable components averaged over the preceding months. */
  HOLIDAY_PAY_VARIABLE("Wynagrodzenie urlopowe – składniki zmienne"),
  /** The coefficient of the equivalent for unused leave. */
  LEAVE_COEFFICIENT("Współczynnik urlopowy"),
  /** The equivalent for unused leave (ekwiwalent pieniężny za urlop). */
  LEAVE_EQUIVALENT("Ekwiwalent za niewykorzystany urlop");

  private final String polishName;

  AbsenceLineKind(String polishName) {
    this.polishName = polishName;
  }

  /** The Polish name. */
  public String polishName() {
    return polishName;
  }
}
