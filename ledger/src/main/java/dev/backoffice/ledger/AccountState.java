package dev.backoffice.ledger;

import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import java.util.Arrays;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/** The ledger's state of one account: its definition, a book per currency, and where its lines are. */
final class AccountState {
  /** The account's code and its hash, kept here so that {@link AccountIndex} probes touch only this object. */
  final String code;
  final int hash;
  /** The account as last saved; change it only with {@link #update}. */
  Account account;
  /**
   * True when a line needs no check of the account beyond its existence: not blocked, every currency allowed,
   * no dimension required, not leaf-only. Posting checks the rest only when this is false.
   */
  boolean plain;
  /** True when the account has no balance constraint to check. */
  boolean unconstrained;
  CurrencyBook[] books = new CurrencyBook[0];
  /** The book used last: most accounts post in one currency, so no search of {@link #books}. */
  private @Nullable CurrencyBook lastBook;
  /**
   * The journal indexes of the posted entries with a line on this account, each once, in journal order, in
   * chunks of 1,024 that are never copied (a doubling array copied a third of all posting allocations). An
   * entry's lines on the account are found again by reading its lines: an int per entry instead of a long per
   * line keeps a fifth less in memory per posted entry.
   */
  private int[][] refChunks = new int[4][];
  /** The chunk {@link #addLine} writes to (refChunks[(entryCount - 1) >>> 10]) and the last reference in it. */
  private int @Nullable [] tail;
  private int lastRef;
  /** How many entries {@link #entryRef} holds. */
  int entryCount;
  /** How many posted lines the account has (an entry may have several on it). */
  int lineCount;
  int pendingLines;

  /**
   * A state with an (empty) book in the ledger's base currency. The code is copied and the book made here so
   * that what posting a line reads of an account lies together in memory rather than wherever the chart and
   * the first posting happened to allocate it; an empty book shows in no query.
   */
  AccountState(Account account, CurrencyUnit base) {
    this.code = new String(account.code().toCharArray());
    this.hash = code.hashCode();
    update(account);
    bookOrCreate(base);
  }

  /** Replaces the account's definition (same code) and what posting derives from it. */
  void update(Account a) {
    account = a;
    plain = !a.blocked() && a.allowedCurrencies().isEmpty() && a.requiredDimensions().isEmpty() && !a.leafOnly();
    unconstrained = a.constraint() == BalanceConstraint.NONE;
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
    CurrencyBook b = lastBook;
    if (b != null && b.currency == currency) { // currency units are interned by Joda-Money; else search
      return b;
    }
    b = book(currency);
    if (b == null) {
      b = new CurrencyBook(this, currency);
      CurrencyBook[] nb = Arrays.copyOf(books, books.length + 1);
      nb[books.length] = b;
      Arrays.sort(nb, (x, y) -> x.currency.compareTo(y.currency));
      books = nb;
    }
    lastBook = b;
    return b;
  }

  /** Counts a posted line without keeping where it is (the journal is in the store: {@link StoredEntries}). */
  void countLine() {
    lineCount++;
  }

  /** Counts a posted line of the entry at a journal index; entries come in journal order. */
  void addLine(int journalIndex) {
    int n = entryCount;
    lineCount++;
    if (n > 0 && lastRef == journalIndex) {
      return; // another line of the same entry
    }
    int at = n & 1023;
    int[] chunk = tail;
    if (chunk == null || at == 0 || at == chunk.length) { // no chunk yet, a new one, or the first one grows
      chunk = growTo(n);
    }
    chunk[at] = journalIndex;
    lastRef = journalIndex;
    entryCount = n + 1;
  }

  /** The chunk that takes reference n, made (or, for the first, enlarged) and remembered as the tail. */
  private int[] growTo(int n) {
    int c = n >>> 10;
    if (c == refChunks.length) {
      refChunks = Arrays.copyOf(refChunks, c * 2);
    }
    int[] chunk = refChunks[c];
    if (chunk == null) {
      // the first chunk starts small: most accounts of a chart have few lines
      chunk = new int[c == 0 ? 16 : 1024];
      refChunks[c] = chunk;
    } else if (c == 0 && n == chunk.length) {
      chunk = Arrays.copyOf(chunk, Math.min(1024, chunk.length * 4));
      refChunks[0] = chunk;
    }
    tail = chunk;
    return chunk;
  }

  /** The journal index of the k-th posted entry on the account, k below {@link #entryCount}. */
  int entryRef(int k) {
    return refChunks[k >>> 10][k & 1023];
  }

  /** The first k whose {@link #entryRef} is at or after a journal index ({@link #entryCount} if none). */
  int firstEntryAtOrAfter(int journalIndex) {
    int lo = 0;
    int hi = entryCount;
    while (lo < hi) { // references are in journal order
      int mid = (lo + hi) >>> 1;
      if (entryRef(mid) < journalIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean hasPostings() {
    return lineCount > 0 || pendingLines > 0;
  }
}
