package dev.backoffice.ledger.entry;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry as the ledger holds it: the caller's {@link JournalEntry} with the id the ledger settled on, its
 * place in the journal, the instant it was booked (data księgowania, from the ledger's clock), its status
 * and any warnings raised by guards.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PostedEntry {
  /** The entry's id: the caller's, or the one the ledger assigned. */
  @Value.Parameter
  public abstract EntryId id();

  /**
   * The entry's position in the journal (1, 2, …) in booking order; 0 while it is only reserved, voided or
   * expired.
   */
  @Value.Parameter
  public abstract long sequence();

  /** When the ledger booked it (or reserved it, for a pending entry). */
  @Value.Parameter
  public abstract Instant recordedAt();

  /** The content as posted (for a committed reservation: with the committed amounts). */
  @Value.Parameter
  public abstract JournalEntry entry();

  /** Where the entry stands. */
  @Value.Parameter
  public abstract EntryStatus status();

  /** For a reservation: when it expires if not committed. */
  @Value.Parameter
  public abstract Optional<Instant> expiresAt();

  /** Warnings raised by guards when it was posted. */
  @Value.Parameter
  public abstract ImmutableList<PostingWarning> warnings();

  /**
   * Creates a posted entry (used by the ledger and by stores rebuilding it).
   *
   * @param id the id
   * @param sequence the journal position, 0 if not in the journal
   * @param recordedAt the booking instant
   * @param entry the content
   * @param status the status
   * @param expiresAt the expiry of a reservation
   * @param warnings the warnings
   * @return the posted entry
   */
  public static PostedEntry of(EntryId id, long sequence, Instant recordedAt, JournalEntry entry, EntryStatus status,
      Optional<? extends Instant> expiresAt, Iterable<? extends PostingWarning> warnings) {
    return ImmutablePostedEntry.of(id, sequence, recordedAt, entry, status, expiresAt, warnings);
  }

  /** The effective date (data operacji) of the entry. */
  public LocalDate date() {
    return entry().date();
  }

  /** The lines of the entry. */
  public ImmutableList<JournalLine> lines() {
    return entry().lines();
  }

  /** "entry E17", for messages. */
  public String subject() {
    return "entry " + id();
  }
}
