package dev.backoffice.ledger;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import java.util.HashMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The entry index in memory (see {@link Entries}). Owns the journal (posted entries in booking order), every entry by its id (posted, pending
 * and released), the entries by idempotency key, which entry reversed which, and the next automatic id.
 * Changed only by {@link PostingEngine#apply} under the ledger's write lock; read under the ledger's lock (the
 * journal's size and slots also without it: see {@link Journal}).
 */
final class EntryIndex implements Entries {
  private final Journal journal = new Journal();
  private final HashMap<IdempotencyKey, PostedEntry> byKey = new HashMap<>();
  /** Entries whose id is not of the form E<n>; those of that form live in {@link #numbered}. */
  private final HashMap<EntryId, PostedEntry> byId = new HashMap<>();
  /**
   * Entries with ids E<n>, by n (the ledger's own ids and callers' ids of that form): no hashing on the hot
   * path. A posted entry E<n> at journal index n − 1 (so every entry a ledger numbers itself, while it makes
   * no reservations) is found in the journal and takes no slot here.
   */
  private final Journal numbered = new Journal();
  private final HashMap<EntryId, EntryId> reversedBy = new HashMap<>();
  private long nextAutoId = 1;

  /** How many entries the journal holds; a snapshot that readers may read below without a lock. */
  @Override
  public int size() {
    return journal.size();
  }

  /** The posted entry at a journal index below {@link #size()}. */
  PostedEntry get(int journalIndex) {
    return journal.get(journalIndex);
  }

  /** The journal as of now, in booking order. */
  @Override
  public Stream<PostedEntry> stream() {
    return journal.stream();
  }

  /** The entry with an id, whatever its status, or null. */
  @Override
  public @Nullable PostedEntry lookup(EntryId id) {
    long n = id.number();
    if (n < 0) {
      return byId.get(id);
    }
    // a posted entry is final: found at its number in the journal, it is the one (ids are unique)
    if (n <= journal.size()) {
      PostedEntry p = journal.get((int) n - 1);
      if (p.id().number() == n) {
        return p;
      }
    }
    return numbered.find(n);
  }

  @Override
  public @Nullable PostedEntry byKey(IdempotencyKey key) {
    return byKey.get(key);
  }

  @Override
  public @Nullable EntryId reversedBy(EntryId id) {
    return reversedBy.get(id);
  }

  /** The id an entry gets: its own, or the next automatic one. */
  @Override
  public EntryId idFor(JournalEntry entry) {
    if (entry.id().isPresent()) {
      return entry.id().get();
    }
    // The counter moves only when an entry is applied (see remember), so a rejected entry uses up no id;
    // every id of the form E<n> already taken, also a caller's, has n below the counter, so this one is free.
    return EntryId.ofNumber(nextAutoId);
  }

  /** Appends a posted entry to the journal and indexes it; returns its journal index. */
  @Override
  public int addPosted(PostedEntry p) {
    int index = journal.size();
    journal.add(p);
    remember(p);
    Optional<EntryId> original = p.entry().reversalOf();
    if (original.isPresent()) {
      reversedBy.put(original.get(), p.id());
    }
    return index;
  }

  /** Indexes an entry (posted or pending) by its id and key, and moves the automatic id past it. */
  @Override
  public void remember(PostedEntry p) {
    Optional<IdempotencyKey> key = p.entry().idempotencyKey();
    if (key.isPresent()) {
      byKey.put(key.get(), p);
    }
    if (p.id().number() >= nextAutoId) {
      nextAutoId = p.id().number() + 1;
    }
    replace(p);
  }

  /** Replaces a pending entry by its released version (voided or expired), under its id and key. */
  @Override
  public void released(PostedEntry r) {
    replace(r);
    r.entry().idempotencyKey().ifPresent(k -> byKey.put(k, r));
  }

  /** Stores an entry under its id: ids E<n> by index (or by its place in the journal), others by hash. */
  private void replace(PostedEntry p) {
    long n = p.id().number();
    if (n < 0) {
      byId.put(p.id(), p);
    } else if (n <= journal.size() && journal.get((int) n - 1) == p) {
      numbered.clear(n); // a committed reservation leaves its pending version there
    } else {
      numbered.set(n, p);
    }
  }
}
