package dev.backoffice.ledger;

import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import dev.backoffice.ledger.store.SearchableLedgerStore;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;

/**
 * How a ledger reads its store when it opens: a store that keeps its history searchable hands over its summary
 * (accounts, periods, open reservations and other records, then the totals per account, currency and day, then
 * the journal's size), any other store replays every record through {@link PostingEngine#apply}. Owns no
 * state; runs in the ledger's constructor, before anything else can see the ledger, and (a summary store) again
 * under the write lock after a failed commit.
 */
final class Opening {
  private Opening() {}

  /**
   * Reads the store into the parts.
   *
   * @return whether the store held anything
   */
  static boolean load(LedgerStore store, CurrencyUnit base, PostingEngine engine, Accounts accounts, Entries entries) {
    long[] read = {0};
    accounts.startBatch();
    try {
      if (store instanceof SearchableLedgerStore searchable) {
        searchable.summary(base, new SearchableLedgerStore.SummarySink() {
          @Override
          public void record(LedgerRecord record) {
            read[0]++;
            engine.apply(record, null);
          }

          @Override
          public void totals(String account, CurrencyUnit currency, LocalDate day, long debitMinor, long creditMinor,
              long baseMinor, long lines) {
            read[0]++;
            addTotals(accounts, account, currency, day, debitMinor, creditMinor, baseMinor, lines);
          }

          @Override
          public void journal(long postedCount, long highestEntryNumber) {
            read[0] += postedCount;
            ((StoredEntries) entries).summary(postedCount, highestEntryNumber);
          }
        });
      } else {
        store.replay(r -> {
          read[0]++;
          engine.apply(r, null); // the path of live changes, without a prepared posting
        });
      }
    } finally {
      accounts.endBatch();
    }
    return read[0] > 0;
  }

  /**
   * Forgets memory and reads the store's summary again, after a commit that failed once its change was applied
   * (see {@link StoreLink#requireUsable}); the guards rebuild their state from their records read again.
   */
  static void reread(LedgerStore store, CurrencyUnit base, PostingEngine engine, Accounts accounts,
      StoredEntries entries, Reservations reservations, Periods periods) {
    boolean complete = false;
    engine.startReread();
    try {
      accounts.reset();
      entries.reset();
      reservations.reset();
      periods.reset();
      load(store, base, engine, accounts, entries);
      complete = true;
    } finally {
      engine.endReread(complete);
    }
  }

  /** Adds a day's posted totals to an account's book, as posting its lines one by one would have. */
  private static void addTotals(Accounts accounts, String account, CurrencyUnit currency, LocalDate day, long debit,
      long credit, long baseMinor, long lines) {
    AccountState st = accounts.stateOrRecreate(account);
    CurrencyBook book = st.bookOrCreate(currency);
    book.postedDr = Math.addExact(book.postedDr, debit);
    book.postedCr = Math.addExact(book.postedCr, credit);
    book.baseValue = Math.addExact(book.baseValue, baseMinor);
    book.addDayTotals(DayIndex.monthKey(day), day.getDayOfMonth(), debit, credit, baseMinor, lines);
    st.lineCount = Math.toIntExact(st.lineCount + lines);
  }
}
