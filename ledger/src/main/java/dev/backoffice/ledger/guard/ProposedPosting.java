package dev.backoffice.ledger.guard;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change a guard is asked about (or told of): its kind, the entry content, and for commits, voids and
 * expiries the reservation concerned.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class ProposedPosting {
  /** What the change is. */
  @Value.Parameter
  public abstract PostingKind kind();

  /** The content to be posted or reserved (for a commit, with the committed amounts). */
  @Value.Parameter
  public abstract JournalEntry entry();

  /** The reservation concerned by a commit, void or expiry. */
  @Value.Parameter
  public abstract Optional<PostedEntry> reservation();

  /**
   * A proposal.
   *
   * @param kind the kind
   * @param entry the content
   * @param reservation the reservation concerned, if any
   * @return the proposal
   */
  public static ProposedPosting of(PostingKind kind, JournalEntry entry, Optional<? extends PostedEntry> reservation) {
    return ImmutableProposedPosting.of(kind, entry, reservation);
  }
}
