package dev.backoffice.ledger;

import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's calls to its store during changes. Owns whether the store failed and the ticket of the last record
 * appended; the store itself belongs to {@link Ledger}, which builds this link and calls it only under its write
 * lock (the flag is volatile all the same). A store failure here leaves memory as the store has it, or marks the
 * ledger failed: then it refuses every change, or, over a store that hands over its summary, reads it again first.
 */
final class StoreLink {
  private final LedgerStore store;
  private final PostingEngine engine;
  private volatile boolean failed;
  private long lastTicket;
  /** Whether the last record appended was applied to memory (not deferred to the caller's commit). */
  private boolean lastApplied;
  /** Whether the catch-up under way has applied anything (under the write lock). */
  private boolean applying;
  /** Applies what other writers committed; one instance, so that a change allocates nothing for it. */
  private final Consumer<LedgerRecord> applyShared;
  /**
   * Rebuilds memory from the store, for a store that can hand over its summary at any time
   * ({@link dev.backoffice.ledger.store.SearchableLedgerStore}); null for others.
   */
  private final @Nullable Runnable reread;

  StoreLink(LedgerStore store, PostingEngine engine, @Nullable Runnable reread) {
    this.store = store;
    this.engine = engine;
    this.reread = reread;
    this.applyShared = r -> {
      applying = true;
      engine.applyShared(r);
    };
  }

  /**
   * Refuses when the store failed earlier; under the write lock. A ledger whose store hands over its summary
   * instead reads it again: memory that a failed commit left ahead of the store is rebuilt as the store has it, and
   * the ledger works again once the store does (while the store still fails, this throws its failure).
   */
  void requireUsable() {
    if (failed) {
      if (reread == null) {
        throw new LedgerStoreException("the ledger's store failed earlier; reopen the ledger from its store");
      }
      reread.run();
      failed = false;
    }
  }

  /**
   * Before a change: a store shared with other writers hands over what they committed since this ledger last read,
   * applied as a replay would apply it, the guards told of its entries ({@link PostingEngine#applyShared}). A
   * failure while applying leaves the ledger refusing changes; one before it (the store could not take its lock)
   * only fails this change.
   */
  void beginWrite() {
    applying = false;
    try {
      store.beginWrite(applyShared);
    } catch (RuntimeException e) {
      failed |= applying;
      throw wrapped(e, "catching up with the ledger's store failed");
    }
  }

  /** Reads what other writers of a shared store committed ({@link Ledger#refresh}). */
  void catchUp() {
    requireUsable();
    try {
      store.catchUp(engine::applyShared);
    } catch (RuntimeException e) {
      failed = true;
      throw wrapped(e, "catching up with the ledger's store failed");
    }
  }

  /**
   * Appends a record to the store, then applies it to memory with what the engine prepared for it: the one place
   * that writes to the store (through {@link Change#append}). A store that fails leaves memory unchanged and the
   * ledger refusing every further change.
   *
   * @return the store's ticket for the record
   */
  long append(LedgerRecord record, @Nullable PreparedPosting prepared, boolean groupContinues) {
    long ticket;
    try {
      ticket = store.append(record, groupContinues);
    } catch (RuntimeException e) {
      failed = true;
      throw wrapped(e, "appending to the ledger's store failed");
    }
    lastApplied = !store.defersApply();
    if (lastApplied) { // a change inside the caller's transaction reaches memory after its commit
      engine.apply(record, prepared);
    }
    lastTicket = ticket;
    return ticket;
  }

  /**
   * Appends records as one all-or-nothing group, then applies them: a store that fails on any of them leaves
   * memory unchanged (and the ledger refusing every further change), so a guard's change is applied whole or not
   * at all.
   *
   * @return the store's ticket for the last record
   */
  long appendGroup(List<LedgerRecord> records) {
    long ticket = 0;
    try {
      for (int i = 0, n = records.size(); i < n; i++) {
        ticket = store.append(records.get(i), i < n - 1);
      }
    } catch (RuntimeException e) {
      failed = true;
      throw wrapped(e, "appending to the ledger's store failed");
    }
    lastApplied = !store.defersApply();
    if (lastApplied) {
      for (LedgerRecord r : records) {
        engine.apply(r, null);
      }
    }
    lastTicket = ticket;
    return ticket;
  }

  /**
   * Whether the last record appended reached memory; false inside a caller's transaction, where the record is
   * applied (and the guards told of it) only when it comes back after the caller's commit.
   */
  boolean lastApplied() {
    return lastApplied;
  }

  /** The ticket of the last record appended. */
  long lastTicket() {
    return lastTicket;
  }

  /** After a change, outside the write lock: waits until what it appended is durable (or committed). */
  void endWrite(long ticket) {
    try {
      store.endWrite(ticket);
    } catch (RuntimeException e) {
      failed |= !store.defersApply(); // a change left out of memory cannot have put memory ahead of the store
      throw wrapped(e, "syncing the ledger's store failed");
    }
  }

  private static RuntimeException wrapped(RuntimeException e, String what) {
    return e instanceof LedgerStoreException ? e : new LedgerStoreException(what, e);
  }
}
