package dev.backoffice.ledger;

import dev.backoffice.ledger.event.LedgerListener;
import dev.backoffice.ledger.store.LedgerRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One change under the ledger's write lock, made by its write template ({@code Ledger#writing}) and handed to
 * the code that makes the change. Owns what the change leaves for after the lock: the store ticket to wait
 * for and the listener calls to make. Records go to the store through {@link #append}, which is the ledger's
 * own append ({@link StoreLink#append}: store, then {@link PostingEngine#apply}); a Change is used only while the
 * lock is held.
 */
final class Change {
  private final StoreLink link;
  private final Listeners listeners;
  /** The ticket to wait for before the change is acknowledged (0: nothing to wait for). */
  long ticket;
  private @Nullable List<Runnable> notes;

  Change(StoreLink link, Listeners listeners) {
    this.link = link;
    this.listeners = listeners;
  }

  /**
   * Appends a record to the ledger's store and applies it to memory.
   *
   * @param prepared what the posting engine's check resolved for the record's posting, or null
   * @param groupContinues true when the next record appended belongs to the same all-or-nothing group
   */
  void append(LedgerRecord record, @Nullable PreparedPosting prepared, boolean groupContinues) {
    ticket = link.append(record, prepared, groupContinues);
  }

  /** Appends records as one all-or-nothing group, then applies them ({@link StoreLink#appendGroup}). */
  void appendGroup(List<LedgerRecord> records) {
    ticket = link.appendGroup(records);
  }

  /**
   * Whether the last record appended reached memory: tell the guards of a change only then (inside a caller's
   * transaction they hear of it when the record comes back after the commit, see {@link PostingEngine#applyShared}).
   */
  boolean applied() {
    return link.lastApplied();
  }

  /** Waits, after the lock, for the last record appended by anyone (an earlier result may still be syncing). */
  void awaitLast() {
    ticket = link.lastTicket();
  }

  /** True if the ledger has listeners: build a call for {@link #tell} only then. */
  boolean heard() {
    return !listeners.isEmpty();
  }

  /** Calls every listener once the change is durable and the lock released. */
  void tell(Consumer<LedgerListener> call) {
    if (!listeners.isEmpty()) {
      if (notes == null) {
        notes = new ArrayList<>(2);
      }
      notes.add(() -> listeners.notify(call));
    }
  }

  /** Starts a change with this object: nothing to wait for, no calls noted. */
  Change begin() {
    ticket = 0;
    notes = null;
    return this;
  }

  /** The listener calls noted (null if none), taken off this change. */
  @Nullable List<Runnable> takeNotes() {
    List<Runnable> n = notes;
    notes = null;
    return n;
  }

  /** Runs listener calls, in order (by index: no iterator on the posting path). */
  static void run(@Nullable List<Runnable> notes) {
    if (notes != null) {
      for (int i = 0, size = notes.size(); i < size; i++) {
        notes.get(i).run();
      }
    }
  }
}
