package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.PeriodClosedException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalCalendar;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Accounting periods. Owns the periods that are not open (by start date) and the history of period changes.
 * Checks a transition ({@link #change}) and a posting's date ({@link #check}) without changing anything;
 * changed only by {@link PostingEngine#apply} under the ledger's write lock; read under the ledger's lock.
 */
final class Periods {
  private final FiscalCalendar calendar;
  private final TreeMap<LocalDate, PeriodChange> nonOpen = new TreeMap<>();
  private final List<PeriodChange> history = new ArrayList<>();

  Periods(FiscalCalendar calendar) {
    this.calendar = calendar;
  }

  /** Forgets every period change, for a ledger that reads its store again. */
  void reset() {
    nonOpen.clear();
    history.clear();
  }

  /** Throws if an entry's date lies in a closed period, or in a soft-closed one and the entry is not adjusting. */
  void check(JournalEntry entry, @Nullable EntryId id) {
    if (nonOpen.isEmpty()) {
      return;
    }
    Map.Entry<LocalDate, PeriodChange> f = nonOpen.floorEntry(entry.date());
    if (f == null || !f.getValue().period().contains(entry.date())) {
      return;
    }
    PeriodChange pc = f.getValue();
    if (pc.to() == PeriodState.CLOSED) {
      throw new PeriodClosedException(PostingEngine.subject(id, entry), pc.period().id(), "CLOSED", entry.date());
    }
    if (pc.to() == PeriodState.SOFT_CLOSED && !entry.adjusting()) {
      throw new PeriodClosedException(PostingEngine.subject(id, entry), pc.period().id(),
          "SOFT_CLOSED (only adjusting entries)", entry.date());
    }
  }

  /** A period's state: open unless a change says otherwise. */
  PeriodState state(AccountingPeriod period) {
    PeriodChange c = nonOpen.get(period.start());
    return c != null && c.period().equals(period) ? c.to() : PeriodState.OPEN;
  }

  /** Validates a period transition and returns the change, without applying it. */
  PeriodChange change(AccountingPeriod period, PeriodState to, @Nullable String reason, Instant now,
      Reservations reservations) {
    AccountingPeriod actual = calendar.periodOf(period.start());
    if (!actual.equals(period)) {
      throw new ValidationException("period", period.id(), "must be a period of the fiscal calendar (the date "
          + period.start() + " lies in " + actual.id() + ")");
    }
    PeriodState from = state(period);
    String subject = "period " + period.id();
    if (from == to) {
      throw new ConflictException(subject, "is already " + to);
    }
    if (to == PeriodState.SOFT_CLOSED && from == PeriodState.CLOSED) {
      throw new ConflictException(subject, "is CLOSED; reopen it before soft-closing");
    }
    if (to != PeriodState.OPEN) {
      PostedEntry open = reservations.openIn(period);
      if (open != null) {
        throw new ConflictException(subject, "has an open reservation, entry " + open.id() + "; commit or void it first");
      }
    }
    return PeriodChange.of(period, from, to, Optional.ofNullable(reason), now);
  }

  /** Applies a change (checked by {@link #change}, or replayed). */
  void apply(PeriodChange c) {
    history.add(c);
    if (c.to() == PeriodState.OPEN) {
      nonOpen.remove(c.period().start());
    } else {
      nonOpen.put(c.period().start(), c);
    }
  }

  /** Every change, oldest first. */
  ImmutableList<PeriodChange> history() {
    return ImmutableList.copyOf(history);
  }
}
