package dev.backoffice.ledger.entry;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.ValidationException;
import org.immutables.value.Value;

/**
 * The result of {@code Ledger.postAll}: one {@link PostingOutcome} per submitted entry, in submission order.
 * Every posted entry in it was durable in the ledger's store when the result was returned.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BatchResult {
  /** One outcome per submitted entry; the outcome at position {@code i} has {@code index() == i}. */
  @Value.Parameter
  public abstract ImmutableList<PostingOutcome> outcomes();

  /** The posted entries, in submission order (rejected ones left out). */
  @Value.Derived
  public ImmutableList<PostedEntry> posted() {
    ImmutableList.Builder<PostedEntry> b = ImmutableList.builderWithExpectedSize(outcomes().size());
    for (PostingOutcome o : outcomes()) {
      o.posted().ifPresent(b::add);
    }
    return b.build();
  }

  /** The outcomes of the rejected entries, in submission order. */
  public final ImmutableList<PostingOutcome> rejected() {
    ImmutableList.Builder<PostingOutcome> b = ImmutableList.builder();
    for (PostingOutcome o : outcomes()) {
      if (!o.isPosted()) {
        b.add(o);
      }
    }
    return b.build();
  }

  /** Whether every entry of the batch was posted. */
  public final boolean allPosted() {
    return posted().size() == outcomes().size();
  }

  /**
   * The outcome of the entry at a position of the batch.
   *
   * @param index the position, from 0
   * @return its outcome
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public final PostingOutcome outcome(int index) {
    return outcomes().get(index);
  }

  @Value.Check
  final void check() {
    for (int i = 0; i < outcomes().size(); i++) {
      int at = outcomes().get(i).index();
      if (at != i) {
        throw new ValidationException("batch result", "outcomes[" + i + "].index", at, "must equal its position " + i);
      }
    }
  }

  /**
   * A batch result.
   *
   * @param outcomes one per submitted entry, in order
   * @return the result
   */
  public static BatchResult of(Iterable<? extends PostingOutcome> outcomes) {
    return ImmutableBatchResult.of(outcomes);
  }
}
