package dev.backoffice.ledger;

import dev.backoffice.ledger.query.Balance;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The sums of one currency's balance while a query adds them up, in minor units: posted debits and credits,
 * the signed base-currency value, pending debits and credits, and how many lines (and books with open
 * reservations) went in — a currency with none shows no balance. Owned by the query that made it.
 */
final class BalanceSum {
  long debit;
  long credit;
  long baseValue;
  long pendingDebit;
  long pendingCredit;
  long lines;

  /** Adds a book's posted sums over a range ({@link DayIndex#sum}) and its pending totals. */
  void addBook(long[] sums, CurrencyBook book) {
    debit += sums[DayIndex.DR];
    credit += sums[DayIndex.CR];
    baseValue += sums[DayIndex.BASE];
    pendingDebit += book.pendingDr;
    pendingCredit += book.pendingCr;
    lines += sums[DayIndex.COUNT] + (book.pendingDr != 0 || book.pendingCr != 0 ? 1 : 0);
  }

  /** Adds one posted line. */
  void addPosted(boolean credit, long minor, long baseMinor) {
    if (credit) {
      this.credit += minor;
      baseValue -= baseMinor;
    } else {
      debit += minor;
      baseValue += baseMinor;
    }
    lines++;
  }

  /** Adds one pending line. */
  void addPending(boolean credit, long minor) {
    if (credit) {
      pendingCredit += minor;
    } else {
      pendingDebit += minor;
    }
    lines++;
  }

  /** The balance in currency {@code cu} of a ledger kept in {@code base}. */
  Balance toBalance(CurrencyUnit cu, CurrencyUnit base) {
    return Balance.builder().currency(cu)
        .debit(Money.ofMinor(cu, debit)).credit(Money.ofMinor(cu, credit))
        .baseValue(cu.equals(base) ? Money.ofMinor(cu, debit - credit) : Money.ofMinor(base, baseValue))
        .pendingDebit(Money.ofMinor(cu, pendingDebit)).pendingCredit(Money.ofMinor(cu, pendingCredit))
        .build();
  }
}
