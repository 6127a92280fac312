package dev.backoffice.ledger.query;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/**
 * One page of a search result.
 *
 * @param <T> the item type
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Page<T> {
  /** The items of this page, in order. */
  @Value.Parameter
  public abstract ImmutableList<T> items();

  /** The offset of the first item. */
  @Value.Parameter
  public abstract int offset();

  /** How many items match in all. */
  @Value.Parameter
  public abstract int total();

  /**
   * A page.
   *
   * @param items the items
   * @param offset the offset of the first
   * @param total how many match in all
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(Iterable<? extends T> items, int offset, int total) {
    return ImmutablePage.of(items, offset, total);
  }

  /** True when more items follow this page. */
  public boolean hasMore() {
    return offset() + items().size() < total();
  }
}
