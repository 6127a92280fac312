package dev.backoffice.ledger;

import dev.backoffice.ledger.account.Account;
import java.util.Arrays;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/** The ledger's state of one account: its definition, a book per currency, and where its lines are. */
final class AccountState {
  Account account;
  CurrencyBook[] books = new CurrencyBook[0];
  /**
   * Posted lines of this account: journal index << 20 | line index, in journal order, in chunks of 1,024 that
   * are never copied (a doubling array copied a third of all posting allocations).
   */
  private long[][] refChunks = new long[4][];
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
    int c = lineCount >>> 10;
    if (c == refChunks.length) {
      refChunks = Arrays.copyOf(refChunks, c * 2);
    }
    long[] chunk = refChunks[c];
    if (chunk == null) {
      // the first chunk starts small: most accounts of a chart have few lines
      chunk = new long[c == 0 ? 16 : 1024];
      refChunks[c] = chunk;
    } else if (c == 0 && lineCount == chunk.length) {
      chunk = Arrays.copyOf(chunk, Math.min(1024, chunk.length * 4));
      refChunks[0] = chunk;
    }
    chunk[lineCount & 1023] = ref;
    lineCount++;
  }

  /** The k-th posted line reference, k below {@link #lineCount}. */
  long lineRef(int k) {
    return refChunks[k >>> 10][k & 1023];
  }

  boolean hasPostings() {
    return lineCount > 0 || pendingLines > 0;
  }
}
