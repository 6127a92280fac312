package dev.backoffice.ledger;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.PriorityQueue;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reservations, the first phase of two-phase entries. Owns the open (pending) reservations in the order they
 * were made, their expiry queue, and the released ones (voided or expired). Changed only by
 * {@link PostingEngine#apply} under the ledger's write lock; read under the ledger's lock. Their amounts in the
 * books (pending totals) are kept by the posting engine; their ids and keys by the {@link EntryIndex}.
 */
final class Reservations {
  private final LinkedHashMap<EntryId, PostedEntry> pending = new LinkedHashMap<>();
  private final List<PostedEntry> released = new ArrayList<>();
  /** False when the store keeps the released ones ({@link StoredEntries}): memory holds only open reservations. */
  private final boolean keepReleased;
  private final PriorityQueue<PostedEntry> expiries =
      new PriorityQueue<>(Comparator.comparing((PostedEntry p) -> p.expiresAt().orElseThrow()));

  Reservations(boolean keepReleased) {
    this.keepReleased = keepReleased;
  }

  /** Forgets every reservation, for a ledger that reads its store again. */
  void reset() {
    pending.clear();
    released.clear();
    expiries.clear();
  }

  /** Opens a reservation. */
  void add(PostedEntry p) {
    pending.put(p.id(), p);
    expiries.add(p);
  }

  /** Closes a reservation (committed or released); returns it, or null if it was not open. */
  @Nullable PostedEntry remove(EntryId id) {
    return pending.remove(id);
  }

  /** Records a released (voided or expired) reservation. */
  void released(PostedEntry r) {
    if (keepReleased) {
      released.add(r);
    }
  }

  /**
   * The next open reservation whose expiry is not after {@code now}, taken off the expiry queue; null when
   * none is due.
   */
  @Nullable PostedEntry nextDue(Instant now) {
    while (!expiries.isEmpty() && !expiries.peek().expiresAt().orElseThrow().isAfter(now)) {
      PostedEntry p = expiries.poll();
      if (pending.containsKey(p.id())) {
        return p;
      }
    }
    return null;
  }

  /** True when no reservation waits to expire (the posting path's quick test). */
  boolean noneToExpire() {
    return expiries.isEmpty();
  }

  /** The open reservations, in the order they were made. */
  Collection<PostedEntry> open() {
    return pending.values();
  }

  /** The first open reservation dated in a period, or null. */
  @Nullable PostedEntry openIn(AccountingPeriod period) {
    for (PostedEntry p : pending.values()) {
      if (period.contains(p.date())) {
        return p;
      }
    }
    return null;
  }

  /** The released reservations with a status, in the order released. */
  List<PostedEntry> released(EntryStatus status) {
    List<PostedEntry> out = new ArrayList<>();
    for (PostedEntry p : released) {
      if (p.status() == status) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The content a partial commit posts: the reservation's entry with one smaller amount per line, each in the
   * line's currency, of the same sign and not above the reserved amount; lines with a cost in full.
   */
  static JournalEntry withAmounts(PostedEntry reservation, List<Money> amounts) {
    String subject = "entry " + reservation.id();
    List<JournalLine> lines = reservation.lines();
    Checks.check(amounts.size() == lines.size(), subject, "amounts", amounts.size(),
        "must give one amount for each of the " + lines.size() + " lines");
    List<JournalLine> committed = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JournalLine l = lines.get(i);
      Money m = Checks.notNull(amounts.get(i), "amounts[" + i + "]");
      String field = "amounts[" + i + "]";
      Checks.check(m.getCurrencyUnit().equals(l.amount().getCurrencyUnit()), subject, field, m, "must be in " + l.amount().getCurrencyUnit());
      Checks.check(m.isZero() || m.getAmount().signum() == l.amount().getAmount().signum(), subject, field, m,
          "must have the sign of the reserved amount " + l.amount());
      Checks.check(m.abs().compareTo(l.amount().abs()) <= 0, subject, field, m,
          "must not exceed the reserved amount " + l.amount());
      Checks.check(l.cost().isEmpty() || m.equals(l.amount()), subject, field, m,
          "must equal the reserved amount " + l.amount() + " on a line with a cost");
      committed.add(ImmutableJournalLine.copyOf(l).withAmount(m));
    }
    return ImmutableJournalEntry.copyOf(reservation.entry()).withLines(committed);
  }
}
