package dev.backoffice.ledger.store;

import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.period.PeriodChange;
import java.time.Instant;

/**
 * One change of the ledger as its store keeps it: the log a ledger is rebuilt from. Records are immutable
 * and appended in order; replaying them in that order rebuilds the same state.
 */
public sealed interface LedgerRecord {
  /** An entry was posted (including reversals and year-end closings). */
  record EntryPosted(PostedEntry entry) implements LedgerRecord {
    /** @param entry the posted entry */
    public EntryPosted {
      Checks.notNull(entry, "entry");
    }
  }

  /** A reservation (first phase of a two-phase posting) was made. */
  record EntryReserved(PostedEntry entry) implements LedgerRecord {
    /** @param entry the pending entry */
    public EntryReserved {
      Checks.notNull(entry, "entry");
    }
  }

  /** A reservation was committed; {@code entry} holds the committed amounts and its journal sequence. */
  record ReservationCommitted(PostedEntry entry) implements LedgerRecord {
    /** @param entry the entry as posted */
    public ReservationCommitted {
      Checks.notNull(entry, "entry");
    }
  }

  /** A reservation was voided by the caller. */
  record ReservationVoided(EntryId id, Instant at) implements LedgerRecord {
    /**
     * @param id the reservation
     * @param at when
     */
    public ReservationVoided {
      Checks.notNull(id, "id");
      Checks.notNull(at, "at");
    }
  }

  /** A reservation expired. */
  record ReservationExpired(EntryId id, Instant at) implements LedgerRecord {
    /**
     * @param id the reservation
     * @param at when it was found expired
     */
    public ReservationExpired {
      Checks.notNull(id, "id");
      Checks.notNull(at, "at");
    }
  }

  /** A period changed state. */
  record PeriodChanged(PeriodChange change) implements LedgerRecord {
    /** @param change the change */
    public PeriodChanged {
      Checks.notNull(change, "change");
    }
  }

  /** An account was opened or changed (renamed, blocked…). */
  record AccountSaved(Account account, Instant at) implements LedgerRecord {
    /**
     * @param account the account as it now is
     * @param at when
     */
    public AccountSaved {
      Checks.notNull(account, "account");
      Checks.notNull(at, "at");
    }
  }

  /** An account without postings was deleted. */
  record AccountDeleted(String code, Instant at) implements LedgerRecord {
    /**
     * @param code the deleted account's code
     * @param at when
     */
    public AccountDeleted {
      Checks.notNull(code, "code");
      Checks.notNull(at, "at");
    }
  }

  /**
   * A change of a guard's own state (budget control's budgets, revisions and commitments), applied by the guard
   * that owns it (see {@link dev.backoffice.ledger.guard.PostingGuard#onRecord}).
   */
  record GuardRecorded(GuardRecord record) implements LedgerRecord {
    /** @param record the guard's record */
    public GuardRecorded {
      Checks.notNull(record, "record");
    }
  }
}
