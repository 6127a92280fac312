package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.guard.ProposedPosting;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PostingEngine#check} found for one proposed posting, handed to {@link PostingEngine#apply} with
 * the record that carries it: the book each line moves and the line's amount and base value in minor units
 * (so applying does not look the accounts up and convert the amounts a second time), the guards' warnings,
 * and the proposal the guards checked (so a guard's {@code onApplied} gets the very object its {@code check}
 * saw). It owns no ledger state; it is valid for as long as nothing else changes the ledger between the check
 * and the apply, which the ledger's write lock ensures.
 */
final class PreparedPosting {
  final JournalEntry entry;
  final @Nullable EntryId id;
  final PostingKind kind;
  final @Nullable PostedEntry reservation;
  /** The book of line i. */
  final CurrencyBook[] books;
  /** Line i's amount at 2i and its unsigned base-currency value at 2i + 1, in minor units. */
  final long[] amounts;
  final ImmutableList<PostingWarning> warnings;
  /** The proposal the guards checked, or null when the ledger has no guards (then made when needed). */
  private final @Nullable ProposedPosting proposal;

  PreparedPosting(JournalEntry entry, @Nullable EntryId id, PostingKind kind, @Nullable PostedEntry reservation,
      CurrencyBook[] books, long[] amounts, ImmutableList<PostingWarning> warnings,
      @Nullable ProposedPosting proposal) {
    this.entry = entry;
    this.id = id;
    this.kind = kind;
    this.reservation = reservation;
    this.books = books;
    this.amounts = amounts;
    this.warnings = warnings;
    this.proposal = proposal;
  }

  /** The proposal to tell the guards of once it is applied. */
  ProposedPosting proposal() {
    return proposal != null ? proposal : ProposedPosting.of(kind, entry, Optional.ofNullable(reservation));
  }

  /** True if this was prepared for an entry with this very content object (the one a record carries). */
  boolean isFor(JournalEntry content) {
    return entry == content;
  }
}
