package dev.backoffice.payroll.absence;

/** Why a person did not work for part of a month, as the deduction rules tell the cases apart. */
public enum AbsenceKind {
  /**
   * Incapacity for work paid by employer sick pay (art. 92 KP) or a ZUS benefit: deducted at 1/30 of the monthly
   * rate per calendar day (§ 11 ust. 1 rozporządzenia MPiPS z 29 maja 1996 r.).
   */
  SICKNESS,
  /**
   * Unpaid absence (urlop bezpłatny, unexcused or excused unpaid absence): deducted by the hourly method
   * (§ 12 ust. 1 rozporządzenia MPiPS z 29 maja 1996 r.).
   */
  UNPAID
}
