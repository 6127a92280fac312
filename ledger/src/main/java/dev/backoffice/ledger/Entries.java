package dev.backoffice.ledger;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.error.IdempotencyConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where the ledger finds its entries: by id, by idempotency key, which entry reversed which, the journal's size
 * and the next automatic id. Two parts implement it: {@link EntryIndex} keeps every entry in memory (a store
 * that replays), {@link StoredEntries} asks a {@link dev.backoffice.ledger.store.SearchableLedgerStore} and
 * remembers only recent entries. Changed only by {@link PostingEngine#apply} under the ledger's write lock; read
 * under the ledger's lock. The rules that only read entries (repeated keys, what may be reversed or committed)
 * are here, once for both.
 */
interface Entries {
  /** How many posted entries the journal holds. */
  int size();

  /** The journal as of now, in booking order. */
  Stream<PostedEntry> stream();

  /** The entry with an id, whatever its status, or null. */
  @Nullable PostedEntry lookup(EntryId id);

  /** The entry that reversed an entry, or null. */
  @Nullable EntryId reversedBy(EntryId id);

  /** The entry that carries an idempotency key, or null. */
  @Nullable PostedEntry byKey(IdempotencyKey key);

  /** The id an entry gets: its own, or the next automatic one. */
  EntryId idFor(JournalEntry entry);

  /** Appends a posted entry to the journal and indexes it; returns its journal index. */
  int addPosted(PostedEntry p);

  /** Indexes an entry (posted or pending) by its id and key, and moves the automatic id past it. */
  void remember(PostedEntry p);

  /** Replaces a pending entry by its released version (voided or expired), under its id and key. */
  void released(PostedEntry r);

  /**
   * Reads ahead what the entries of a batch need for {@link #earlierResult} (one look-up for all of them,
   * where look-ups are costly); valid until {@link #endChange}. The default does nothing.
   */
  default void prefetch(List<JournalEntry> batch) {
    // entries in memory: nothing to read ahead
  }

  /** Forgets what {@link #prefetch} read ahead; called at the end of every change. */
  default void endChange() {
    // nothing read ahead
  }

  /** The earlier result for a repeated key or id with the same content; conflict for different content. */
  default @Nullable PostedEntry earlierResult(JournalEntry entry) {
    if (entry.idempotencyKey().isPresent()) {
      PostedEntry earlier = byKey(entry.idempotencyKey().get());
      if (earlier != null) {
        return sameOrConflict(earlier, entry, entry.idempotencyKey().get().value());
      }
    }
    if (entry.id().isPresent()) {
      PostedEntry earlier = lookup(entry.id().get());
      if (earlier != null) {
        return sameOrConflict(earlier, entry, entry.id().get().value());
      }
    }
    return null;
  }

  /**
   * The earlier entry if it holds the same content, else a conflict on the key. A committed reservation is
   * compared with its committed content, so after a partial commit the original request counts as different.
   */
  private static PostedEntry sameOrConflict(PostedEntry earlier, JournalEntry entry, String key) {
    if (earlier.entry().equals(entry)) {
      return earlier;
    }
    throw new IdempotencyConflictException(key, earlier.id().value());
  }

  /** The entry a reversal names, if it may be reversed: posted and not reversed yet. */
  default PostedEntry reversible(EntryId id) {
    PostedEntry original = lookup(id);
    if (original == null) {
      throw new NotFoundException("entry", id.value());
    }
    if (original.status() != EntryStatus.POSTED) {
      throw new ConflictException("entry " + id, "is " + original.status() + " and cannot be reversed"
          + (original.status() == EntryStatus.PENDING ? "; void the reservation instead" : ""));
    }
    EntryId by = reversedBy(id);
    if (by != null) {
      throw new ConflictException("entry " + id, "is already reversed by entry " + by);
    }
    return original;
  }

  /** The entry with an id, which must be a pending reservation. */
  default PostedEntry requirePending(EntryId id) {
    PostedEntry p = lookup(id);
    if (p == null) {
      throw new NotFoundException("entry", id.value());
    }
    if (p.status() != EntryStatus.PENDING) {
      throw new ConflictException("entry " + id, "is " + p.status() + ", not a pending reservation");
    }
    return p;
  }

  /**
   * The entry that reverses a posted one on a date: red (negated amounts) or black (opposite sides), with the
   * original's document and tags (settlements match a storno to its item by them).
   */
  static JournalEntry reversal(PostedEntry original, LocalDate date, ReversalMode mode) {
    String description = "Storno: " + original.entry().description();
    ImmutableJournalEntry.Builder b = JournalEntry.builder()
        .date(date)
        .description(description.length() <= 512 ? description : description.substring(0, 512))
        .adjusting(original.entry().adjusting())
        .tags(original.entry().tags())
        .reversalOf(original.id());
    original.entry().document().ifPresent(b::document);
    for (JournalLine l : original.lines()) {
      b.addLines(mode == ReversalMode.RED ? l.negated() : l.withOppositeSide());
    }
    return b.build();
  }
}
