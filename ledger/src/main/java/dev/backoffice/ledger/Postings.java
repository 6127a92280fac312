package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingOutcome;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.store.LedgerRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The posting flows behind {@code Ledger.post}, {@code postAll}, {@code reserve}, {@code commit},
 * {@code voidReservation} and reservation expiry. Owns no state. Each flow runs under the ledger's write lock
 * inside one {@link Change}, in the same steps: an earlier result for a repeated key or id; the entry's id;
 * {@link PostingEngine#check} (changes nothing); the record; {@link Change#append} (the store, then
 * {@link PostingEngine#apply}); the guards told; the listeners' calls noted for after the lock.
 */
final class Postings {
  private final Clock clock;
  private final PostingEngine engine;
  private final Entries entries;
  private final Reservations reservations;

  Postings(Clock clock, PostingEngine engine, Entries entries, Reservations reservations) {
    this.clock = clock;
    this.engine = engine;
    this.entries = entries;
    this.reservations = reservations;
  }

  /**
   * Posts one entry.
   *
   * @param groupContinues true when the change appends more records of one all-or-nothing group after it
   */
  PostedEntry post(JournalEntry entry, Change change, boolean groupContinues) {
    PostedEntry earlier = earlier(entry, change);
    if (earlier != null) {
      return earlier;
    }
    EntryId id = entries.idFor(entry);
    PostedEntry original = entry.reversalOf().isPresent() ? entries.reversible(entry.reversalOf().get()) : null;
    PreparedPosting prepared = engine.check(entry, id, PostingKind.POST, null);
    PostedEntry result = PostedEntry.of(id, entries.size() + 1L, clock.instant(), entry, EntryStatus.POSTED,
        Optional.empty(), prepared.warnings);
    change.append(new LedgerRecord.EntryPosted(result), prepared, groupContinues);
    if (change.applied()) {
      engine.applied(prepared, result);
    }
    if (change.heard()) { // no listener call is built when nobody listens
      change.tell(l -> l.onPosted(result));
      if (original != null) {
        change.tell(l -> l.onReversed(original, result));
      }
    }
    return result;
  }

  /**
   * The earlier result of a repeated idempotency key or id with the same content (the change then waits for
   * the last record appended, which another writer may still be syncing), or null; a conflict throws.
   */
  private @Nullable PostedEntry earlier(JournalEntry entry, Change change) {
    PostedEntry earlier = entries.earlierResult(entry);
    if (earlier != null) {
      change.awaitLast();
    }
    return earlier;
  }

  /** Posts a batch, each entry on its own; a domain rejection becomes the entry's outcome. */
  BatchResult postAll(List<JournalEntry> batch, Change change) {
    List<PostingOutcome> outcomes = new ArrayList<>(batch.size());
    entries.prefetch(batch); // one look-up of the batch's keys where look-ups go to a database
    for (int i = 0; i < batch.size(); i++) {
      PostedEntry posted;
      try {
        posted = post(batch.get(i), change, false);
      } catch (LedgerStoreException e) {
        throw e;
      } catch (BackOfficeException e) {
        outcomes.add(PostingOutcome.rejected(i, e));
        continue;
      }
      outcomes.add(PostingOutcome.posted(i, posted));
    }
    return BatchResult.of(outcomes);
  }

  /** The warnings posting an entry would raise, or the rejection; changes nothing. */
  ImmutableList<PostingWarning> check(JournalEntry entry) {
    PostedEntry earlier = entries.earlierResult(entry);
    return earlier != null ? earlier.warnings() : engine.check(entry, entry.id().orElse(null), PostingKind.POST, null).warnings;
  }

  /** Reserves an entry until {@code expiresAt}. */
  PostedEntry reserve(JournalEntry entry, Instant expiresAt, Change change) {
    PostedEntry earlier = earlier(entry, change);
    if (earlier != null) {
      return earlier;
    }
    EntryId id = entries.idFor(entry);
    Instant now = clock.instant();
    Checks.check(expiresAt.isAfter(now), "entry " + id, "expiresAt", expiresAt, "must be after now (" + now + ")");
    PreparedPosting prepared = engine.check(entry, id, PostingKind.RESERVE, null);
    PostedEntry result = PostedEntry.of(id, 0, now, entry, EntryStatus.PENDING, Optional.of(expiresAt), prepared.warnings);
    change.append(new LedgerRecord.EntryReserved(result), prepared, false);
    if (change.applied()) {
      engine.applied(prepared, result);
    }
    change.tell(l -> l.onReserved(result));
    return result;
  }

  /** Commits a reservation, in full ({@code amounts} null) or with smaller amounts. */
  PostedEntry commit(EntryId id, @Nullable List<org.joda.money.Money> amounts, Change change) {
    PostedEntry reservation = entries.requirePending(id);
    JournalEntry entry = amounts == null ? reservation.entry() : Reservations.withAmounts(reservation, amounts);
    PreparedPosting prepared = engine.check(entry, id, PostingKind.COMMIT, reservation);
    PostedEntry result = PostedEntry.of(id, entries.size() + 1L, clock.instant(), entry, EntryStatus.POSTED,
        Optional.empty(), ImmutableList.<PostingWarning>builder().addAll(reservation.warnings()).addAll(prepared.warnings).build());
    change.append(new LedgerRecord.ReservationCommitted(result), prepared, false);
    if (change.applied()) {
      engine.applied(prepared, result);
    }
    change.tell(l -> l.onCommitted(result));
    return result;
  }

  /** Voids a reservation. */
  PostedEntry voidReservation(EntryId id, Change change) {
    PostedEntry reservation = entries.requirePending(id);
    change.append(new LedgerRecord.ReservationVoided(id, clock.instant()), null, false);
    PostedEntry result = entries.lookup(id);
    if (change.applied()) {
      engine.applied(ProposedPosting.of(PostingKind.VOID, reservation.entry(), Optional.of(reservation)), result);
    }
    change.tell(l -> l.onReleased(result));
    return result;
  }

  /** Expires the reservations due by the clock; returns how many. */
  int expireDue(Change change) {
    if (reservations.noneToExpire()) {
      return 0;
    }
    Instant now = clock.instant();
    int n = 0;
    for (PostedEntry p = reservations.nextDue(now); p != null; p = reservations.nextDue(now)) {
      change.append(new LedgerRecord.ReservationExpired(p.id(), now), null, false);
      PostedEntry r = entries.lookup(p.id());
      if (change.applied()) {
        engine.applied(ProposedPosting.of(PostingKind.EXPIRE, p.entry(), Optional.of(p)), r);
      }
      if (change.heard()) {
        change.tell(l -> l.onReleased(r));
      }
      n++;
    }
    return n;
  }
}
