package dev.backoffice.ledger;

import org.joda.money.CurrencyUnit;

/**
 * The running state of one account in one currency: posted and pending totals in minor units, the signed
 * base-currency value, and (inherited) its day index. Scratch fields hold one entry's deltas while it is
 * validated. It extends the day index rather than holding one so that posting a line reaches the day's slot
 * with one object fewer to load.
 */
final class CurrencyBook extends DayIndex {
  final AccountState owner;
  final CurrencyUnit currency;
  long postedDr;
  long postedCr;
  long pendingDr;
  long pendingCr;
  long baseValue;

  // deltas of the entry being validated; valid when mark == the ledger's current validation mark
  long mark;
  long dPostedDr;
  long dPostedCr;
  long dPendingDr;
  long dPendingCr;

  CurrencyBook(AccountState owner, CurrencyUnit currency) {
    this.owner = owner;
    this.currency = currency;
  }

  void resetDeltas(long newMark) {
    mark = newMark;
    dPostedDr = 0;
    dPostedCr = 0;
    dPendingDr = 0;
    dPendingCr = 0;
  }
}
