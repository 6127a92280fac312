package dev.backoffice.ledger;

import dev.backoffice.ledger.account.Account;
import java.util.Arrays;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/** The ledger's state of one account: its definition, a book per currency, and where its lines are. */
final class AccountState {
  Account account;
  CurrencyBook[] books = new CurrencyBook[0];
  /** Posted lines of this account: journal index << 20 | line index, in journal order. */
  long[] lineRefs = new long[4];
  int lineCount;
  int pendingLines;

  AccountState(Account account) {
    this.account = account;
  }

  @Nullable CurrencyBook book(CurrencyUnit currency) {
    for (CurrencyBook b : books) {
      if (b.currency.equals(currency)) {
        return b;
      }
    }
    return null;
  }

  CurrencyBook bookOrCreate(CurrencyUnit currency) {
    CurrencyBook b = book(currency);
    if (b == null) {
      b = new CurrencyBook(this, currency);
      CurrencyBook[] nb = Arrays.copyOf(books, books.length + 1);
      nb[books.length] = b;
      Arrays.sort(nb, (x, y) -> x.currency.compareTo(y.currency));
      books = nb;
    }
    return b;
  }

  void addLineRef(long ref) {
    if (lineCount == lineRefs.length) {
      lineRefs = Arrays.copyOf(lineRefs, lineRefs.length * 2);
    }
    lineRefs[lineCount++] = ref;
  }

  boolean hasPostings() {
    return lineCount > 0 || pendingLines > 0;
  }
}
