package dev.backoffice.ledger;

import org.joda.money.CurrencyUnit;

/**
 * The running state of one account in one currency: posted and pending totals in minor units, the signed
 * base-currency value, and (inherited) its day index, whose month totals also answer undated queries. Scratch
 * fields hold one entry's deltas while it is validated. It extends the day index rather than holding one: one
 * object fewer per account and currency.
 */
final class CurrencyBook extends DayIndex {
  final AccountState owner;
  final CurrencyUnit currency;
  long postedDr;
  long postedCr;
  long pendingDr;
  long pendingCr;
  long baseValue;
  /**
   * The journal entries below this index have their lines in this book's day slots, beside all those below
   * the ledger's own mark (the day-index lock of {@link BalanceQueries} guards it).
   */
  int daysUpTo;

  // deltas of the entry being validated; valid when mark == the posting engine's current validation mark
  long mark;
  long dPostedDr;
  long dPostedCr;
  long dPendingDr;
  long dPendingCr;
  /** The signed base-currency value the entry adds to the posted totals. */
  long dBase;

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
    dBase = 0;
  }
}
