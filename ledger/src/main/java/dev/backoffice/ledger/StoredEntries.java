package dev.backoffice.ledger;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.store.SearchableLedgerStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a ledger whose store keeps them searchable ({@link SearchableLedgerStore}): look-ups go to
 * the store. Owns the journal's size, the next automatic id, and the entries this ledger applied most recently
 * (at most {@value #RECENT} by id, by key and by reversal), which answer first: an entry applied but not yet
 * committed (a group commit under way, a batch posting the same key twice) is found there, and its latest
 * status wins over the store's. Memory stays bounded however many entries the ledger holds. Changed only by
 * {@link PostingEngine#apply} under the ledger's write lock; the recent maps keep insertion order, so readers
 * under the read lock only read them.
 */
final class StoredEntries implements Entries {
  /** How many recent entries are remembered; more than any group of records one commit writes in practice. */
  static final int RECENT = 16_384;

  private final SearchableLedgerStore store;
  private int size;
  private long nextAutoId = 1;
  private final Map<EntryId, PostedEntry> recent = bounded();
  private final Map<IdempotencyKey, PostedEntry> recentByKey = bounded();
  private final Map<EntryId, EntryId> recentReversals = bounded();
  /** What {@link #prefetch} found of a batch's keys, and the keys it found absent: for the change under way. */
  private final Map<IdempotencyKey, PostedEntry> prefetched = new HashMap<>();
  private final Set<IdempotencyKey> absent = new HashSet<>();

  StoredEntries(SearchableLedgerStore store) {
    this.store = store;
  }

  private static <K, V> Map<K, V> bounded() {
    return new LinkedHashMap<>(64, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > RECENT;
      }
    };
  }

  /** Forgets everything, for a ledger that reads its store's summary again. */
  void reset() {
    size = 0;
    nextAutoId = 1;
    recent.clear();
    recentByKey.clear();
    recentReversals.clear();
    endChange();
  }

  /** Sets what a store's summary says of the journal: its size and the highest entry number taken. */
  void summary(long postedCount, long highestEntryNumber) {
    size = Math.toIntExact(postedCount);
    nextAutoId = Math.max(nextAutoId, highestEntryNumber + 1);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Stream<PostedEntry> stream() {
    return store.journal();
  }

  @Override
  public @Nullable PostedEntry lookup(EntryId id) {
    PostedEntry p = recent.get(id);
    return p != null ? p : store.entry(id).orElse(null);
  }

  @Override
  public @Nullable EntryId reversedBy(EntryId id) {
    EntryId by = recentReversals.get(id);
    return by != null ? by : store.reversedBy(id).orElse(null);
  }

  @Override
  public @Nullable PostedEntry byKey(IdempotencyKey key) {
    PostedEntry p = recentByKey.get(key);
    if (p != null) {
      return p;
    }
    p = prefetched.get(key);
    if (p != null || absent.contains(key)) {
      return p;
    }
    return store.entryByKey(key).orElse(null);
  }

  @Override
  public void prefetch(List<JournalEntry> batch) {
    List<IdempotencyKey> keys = new ArrayList<>(batch.size());
    for (JournalEntry e : batch) {
      Optional<IdempotencyKey> k = e.idempotencyKey();
      if (k.isPresent() && !recentByKey.containsKey(k.get())) {
        keys.add(k.get());
      }
    }
    if (keys.size() < 2) {
      return; // one key: the look-up itself is as cheap
    }
    Map<IdempotencyKey, PostedEntry> found = store.entriesByKeys(keys);
    prefetched.putAll(found);
    for (IdempotencyKey k : keys) {
      if (!found.containsKey(k)) {
        absent.add(k);
      }
    }
  }

  @Override
  public void endChange() {
    if (!prefetched.isEmpty() || !absent.isEmpty()) {
      prefetched.clear();
      absent.clear();
    }
  }

  @Override
  public EntryId idFor(JournalEntry entry) {
    if (entry.id().isPresent()) {
      return entry.id().get();
    }
    return EntryId.ofNumber(nextAutoId); // see EntryIndex#idFor: the counter moves only when an entry is applied
  }

  @Override
  public int addPosted(PostedEntry p) {
    int index = size;
    size++;
    remember(p);
    Optional<EntryId> original = p.entry().reversalOf();
    if (original.isPresent()) {
      recentReversals.put(original.get(), p.id());
    }
    return index;
  }

  @Override
  public void remember(PostedEntry p) {
    Optional<IdempotencyKey> key = p.entry().idempotencyKey();
    if (key.isPresent()) {
      recentByKey.put(key.get(), p);
      absent.remove(key.get());
    }
    if (p.id().number() >= nextAutoId) {
      nextAutoId = p.id().number() + 1;
    }
    recent.remove(p.id());
    recent.put(p.id(), p);
  }

  @Override
  public void released(PostedEntry r) {
    recent.remove(r.id()); // to the young end, so that it outlives older entries
    recent.put(r.id(), r);
    r.entry().idempotencyKey().ifPresent(k -> recentByKey.put(k, r));
  }
}
