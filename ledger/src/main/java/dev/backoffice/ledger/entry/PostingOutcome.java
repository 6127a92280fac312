package dev.backoffice.ledger.entry;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What became of one entry of a batch given to {@code Ledger.postAll}: either it was posted (or, for a
 * repeated idempotency key with the same content, the earlier result was returned) or it was rejected with
 * the same exception {@code Ledger.post} would have thrown for it.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PostingOutcome {
  /** The entry's position in the submitted batch, from 0. */
  @Value.Parameter
  public abstract int index();

  /** The posted entry, if it was posted. */
  @Value.Parameter
  public abstract Optional<PostedEntry> posted();

  /** Why it was rejected, if it was; then nothing of it is in the ledger. */
  @Value.Parameter
  public abstract Optional<BackOfficeException> rejection();

  /** Whether the entry was posted. */
  public final boolean isPosted() {
    return posted().isPresent();
  }

  /**
   * The posted entry, or the rejection thrown.
   *
   * @return the posted entry
   * @throws BackOfficeException the rejection, if the entry was rejected
   */
  public final PostedEntry postedOrThrow() {
    Optional<BackOfficeException> r = rejection();
    if (r.isPresent()) {
      throw r.get();
    }
    return posted().orElseThrow();
  }

  @Value.Check
  final void check() {
    Checks.check(index() >= 0, "posting outcome", "index", index(), "must not be negative");
    if (posted().isPresent() == rejection().isPresent()) {
      throw new ValidationException("posting outcome #" + index(), "posted/rejection",
          posted().isPresent() ? "both" : "neither", "exactly one must be present");
    }
  }

  /**
   * An entry that was posted.
   *
   * @param index its position in the batch, from 0
   * @param posted the posted entry
   * @return the outcome
   */
  public static PostingOutcome posted(int index, PostedEntry posted) {
    return ImmutablePostingOutcome.of(index, Optional.of(posted), Optional.empty());
  }

  /**
   * An entry that was rejected.
   *
   * @param index its position in the batch, from 0
   * @param rejection the exception {@code Ledger.post} would have thrown
   * @return the outcome
   */
  public static PostingOutcome rejected(int index, BackOfficeException rejection) {
    return ImmutablePostingOutcome.of(index, Optional.empty(), Optional.of(rejection));
  }
}
