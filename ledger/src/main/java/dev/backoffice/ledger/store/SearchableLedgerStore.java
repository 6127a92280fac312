package dev.backoffice.ledger.store;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.PostedEntry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LedgerStore} that keeps the ledger's history searchable itself (a database): a ledger over it opens
 * from the store's {@linkplain #summary summary} instead of replaying every record, keeps no posted entry in
 * memory (its memory grows with accounts, currencies and days, not with entries), and asks the store for
 * entries — by id, by idempotency key, by search. {@link #replay} is then not called by the ledger.
 *
 * <p>Every look-up answers from what the store has committed; the ledger itself remembers the entries it
 * applied recently, so that an entry posted but not yet committed (a group commit in progress) is found too.
 * Look-ups may be called with or without the ledger's lock held, from any thread. An implementation that
 * fails throws {@link dev.backoffice.ledger.error.LedgerStoreException}.
 */
public interface SearchableLedgerStore extends LedgerStore {
  /**
   * Feeds the sink a consistent summary of everything committed (one snapshot of the store): first every
   * record other than a posted entry's, in store order (accounts, periods, reservations still open, and
   * records of other kinds, such as budgets'), then the posted totals per account, currency and day, then the
   * journal's size. After it, {@link #beginWrite}/{@link #catchUp} hand over only what was committed after the
   * snapshot. Also clears a failure of the store's own (memory it held for a write that did not commit), so
   * that a ledger can rebuild itself from the store after a failed commit.
   *
   * @param baseCurrency the ledger's base currency: the store values its totals in it, and refuses a ledger
   *     whose base currency differs from the one the store's books were first opened with
   * @param sink receives the summary
   */
  void summary(CurrencyUnit baseCurrency, SummarySink sink);

  /**
   * The entry with an id as the store last has it (posted, pending, voided or expired).
   *
   * @param id the id
   * @return the entry, or empty
   */
  Optional<PostedEntry> entry(EntryId id);

  /**
   * The entry that carries an idempotency key.
   *
   * @param key the key
   * @return the entry, or empty
   */
  Optional<PostedEntry> entryByKey(IdempotencyKey key);

  /**
   * The entries that carry some idempotency keys: one look-up for a batch. The default asks for each key.
   *
   * @param keys the keys
   * @return the entries found, by key
   */
  default Map<IdempotencyKey, PostedEntry> entriesByKeys(Collection<IdempotencyKey> keys) {
    Map<IdempotencyKey, PostedEntry> out = new HashMap<>();
    for (IdempotencyKey k : keys) {
      entryByKey(k).ifPresent(p -> out.put(k, p));
    }
    return out;
  }

  /**
   * The posted entry that reverses an entry.
   *
   * @param id the reversed entry
   * @return the reversal's id, or empty
   */
  Optional<EntryId> reversedBy(EntryId id);

  /**
   * Visits the entries with a status, posted ones in journal order and others in the order they were recorded,
   * dated within {@code from .. to} (both included; null: unbounded) and, for posted entries, with a line on
   * one of {@code accounts} (null: any account). Stops when the visitor returns false.
   *
   * @param status the status
   * @param from the first date, or null
   * @param to the last date, or null
   * @param accounts the accounts, or null
   * @param visitor receives the entries; returns whether to go on
   */
  void scan(EntryStatus status, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable Collection<String> accounts, Predicate<PostedEntry> visitor);

  /**
   * The posted entries in journal order, read lazily in pages (close the stream when done early).
   *
   * @return the journal
   */
  Stream<PostedEntry> journal();

  /** Receives a {@linkplain #summary summary}. */
  interface SummarySink {
    /**
     * A record that is not a posted entry (an open reservation comes as its {@link LedgerRecord.EntryReserved}).
     *
     * @param record the record
     */
    void record(LedgerRecord record);

    /**
     * The posted totals of one account, currency and day.
     *
     * @param account the account's code
     * @param currency the currency
     * @param day the effective date
     * @param debitMinor the debits, in minor units
     * @param creditMinor the credits, in minor units
     * @param baseMinor the signed base-currency value (debits less credits), in the base currency's minor units
     * @param lines how many posted lines
     */
    void totals(String account, CurrencyUnit currency, LocalDate day, long debitMinor, long creditMinor,
        long baseMinor, long lines);

    /**
     * The journal's size and the highest number of an entry id of the form {@code E<n>}.
     *
     * @param postedCount how many posted entries
     * @param highestEntryNumber the highest n of an id {@code E<n>} taken (posted or not), 0 if none
     */
    void journal(long postedCount, long highestEntryNumber);
  }
}
