package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.guard.ProposedPosting;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PostingEngine#check} found for one proposed posting, handed explicitly to
 * {@link PostingEngine#apply} with the record that carries it: the book each line moves and the line's amount
 * and base value in minor units (so applying does not look the accounts up and convert the amounts a second
 * time), the guards' warnings, and the proposal the guards checked (so a guard's {@code onApplied} gets the
 * very object its {@code check} saw).
 *
 * <p>Owns no ledger state. The engine has one and refills it with every check (posting allocates nothing for
 * it), so it describes the last successful check until the next one starts; {@code apply} uses it only for
 * the very entry object it was prepared for ({@link #isFor}) and only once, and otherwise resolves the lines
 * itself. Check and apply run under one write lock, with nothing between them that changes the books.
 */
final class PreparedPosting {
  /** The entry checked last. */
  private @Nullable JournalEntry entry;
  /** Whether {@link #entry} passed its check and was not applied yet. */
  private boolean ready;
  @Nullable EntryId id;
  PostingKind kind = PostingKind.POST;
  @Nullable PostedEntry reservation;
  /** The book of line i. */
  CurrencyBook[] books = new CurrencyBook[8];
  /** Line i's amount at 2i and its unsigned base-currency value at 2i + 1, in minor units. */
  long[] amounts = new long[16];
  ImmutableList<PostingWarning> warnings = ImmutableList.of();
  /** The proposal the guards checked, or null when the ledger has no guards (then made when needed). */
  private @Nullable ProposedPosting proposal;

  /** Starts a check of a posting of {@code lines} lines: forgets the last one and makes room. */
  void start(@Nullable EntryId id, PostingKind kind, @Nullable PostedEntry reservation, int lines) {
    this.ready = false;
    this.entry = null;
    this.id = id;
    this.kind = kind;
    this.reservation = reservation;
    this.warnings = ImmutableList.of();
    this.proposal = null;
    if (lines > books.length) {
      int n = Math.max(lines, books.length * 2);
      books = Arrays.copyOf(books, n);
      amounts = Arrays.copyOf(amounts, 2 * n);
    }
  }

  /** Ends a successful check of {@code content}: from now on {@link #isFor} it. */
  void done(JournalEntry content, ImmutableList<PostingWarning> warnings, @Nullable ProposedPosting proposal) {
    this.warnings = warnings;
    this.proposal = proposal;
    this.entry = content;
    this.ready = true;
  }

  /** The proposal to tell the guards of once it is applied. */
  ProposedPosting proposal() {
    ProposedPosting p = proposal;
    return p != null ? p : ProposedPosting.of(kind, java.util.Objects.requireNonNull(entry), Optional.ofNullable(reservation));
  }

  /** True if this was prepared, and not yet applied, for an entry with this very content object. */
  boolean isFor(JournalEntry content) {
    return ready && entry == content;
  }

  /** Marks it applied: it is used once. */
  void applied() {
    ready = false;
  }
}
