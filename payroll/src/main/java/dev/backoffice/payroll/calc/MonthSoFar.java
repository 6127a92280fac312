package dev.backoffice.payroll.calc;

/**
 * What the payouts already paid in a payment month charged under the same contract (and, for the PIT-2
 * reduction and the Labour Fund threshold, under the person's other contracts): the next payout of the month
 * owes the contributions of the month's summed base less these. Written once by
 * {@link PayoutHistory#monthSoFar}, read by the engine; all zero for the month-keyed case.
 */
final class MonthSoFar {
  /** Nothing paid earlier in the month. */
  static final MonthSoFar NONE = new MonthSoFar();

  int payouts;
  long base;
  long pdBase;
  long fullMonthBase;
  long healthBase;
  long eePension;
  long eeDisability;
  long eeSickness;
  long health;
  long erPension;
  long erDisability;
  long erAccident;
  long fp;
  long fgsp;
  long eePpk;
  long erPpk;
  long costsUsed;
  long reductionUsed;
  long otherBase;
  long ppkToFund;
  long ppkRevenueTaken;
  boolean severalEmploymentContracts;
}
