package dev.backoffice.core.dimension;

import com.google.common.collect.ImmutableSortedMap;
import dev.backoffice.core.error.Checks;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of dimension tags on a posting or budget line: at most one value per {@link Dimension},
 * kept sorted by dimension name. Values are non-blank text of at most 100 characters without line breaks.
 *
 * <pre>{@code
 * Dimensions d = Dimensions.of(Dimension.COST_CENTRE, "MPK-01").with(Dimension.PROJECT, "ERP");
 * d.matches(Dimensions.of(Dimension.PROJECT, "ERP"));   // true: every tag of the filter is present
 * }</pre>
 */
public final class Dimensions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Dimensions EMPTY = new Dimensions(ImmutableSortedMap.of());

  private final ImmutableSortedMap<Dimension, String> tags;

  private Dimensions(ImmutableSortedMap<Dimension, String> tags) {
    this.tags = tags;
  }

  /** No tags. */
  public static Dimensions empty() {
    return EMPTY;
  }

  /**
   * One tag.
   *
   * @param dimension the key
   * @param value the value
   * @return the tags
   */
  public static Dimensions of(Dimension dimension, String value) {
    return EMPTY.with(dimension, value);
  }

  /**
   * Two tags.
   *
   * @param d1 the first key
   * @param v1 its value
   * @param d2 the second key
   * @param v2 its value
   * @return the tags
   */
  public static Dimensions of(Dimension d1, String v1, Dimension d2, String v2) {
    return EMPTY.with(d1, v1).with(d2, v2);
  }

  /**
   * Tags from a map.
   *
   * @param tags dimension to value
   * @return the tags
   */
  public static Dimensions of(Map<Dimension, String> tags) {
    Checks.notNull(tags, "dimensions");
    if (tags.isEmpty()) {
      return EMPTY;
    }
    TreeMap<Dimension, String> m = new TreeMap<>();
    tags.forEach((k, v) -> m.put(Checks.notNull(k, "dimension"), checkValue(k, v)));
    return new Dimensions(ImmutableSortedMap.copyOfSorted(m));
  }

  private static String checkValue(Dimension d, @Nullable String value) {
    Checks.notNull(value, "dimensions." + d);
    Checks.check(!value.isBlank() && value.length() <= 100 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0,
        "dimensions." + d, value, "must be non-blank text of at most 100 characters on one line");
    return value;
  }

  /**
   * These tags with one more (or a replaced) value.
   *
   * @param dimension the key
   * @param value the value
   * @return new tags; this object is unchanged
   */
  public Dimensions with(Dimension dimension, String value) {
    Checks.notNull(dimension, "dimension");
    checkValue(dimension, value);
    TreeMap<Dimension, String> m = new TreeMap<>(tags);
    m.put(dimension, value);
    return new Dimensions(ImmutableSortedMap.copyOfSorted(m));
  }

  /**
   * These tags without a dimension.
   *
   * @param dimension the key to drop
   * @return new tags
   */
  public Dimensions without(Dimension dimension) {
    if (!tags.containsKey(dimension)) {
      return this;
    }
    TreeMap<Dimension, String> m = new TreeMap<>(tags);
    m.remove(dimension);
    return m.isEmpty() ? EMPTY : new Dimensions(ImmutableSortedMap.copyOfSorted(m));
  }

  /**
   * The value of a dimension.
   *
   * @param dimension the key
   * @return its value, or empty when untagged
   */
  public Optional<String> get(Dimension dimension) {
    return Optional.ofNullable(tags.get(dimension));
  }

  /**
   * True when a dimension is tagged.
   *
   * @param dimension the key
   * @return whether a value is present
   */
  public boolean has(Dimension dimension) {
    return tags.containsKey(dimension);
  }

  /**
   * True when every tag of the filter is present here with the same value (an empty filter matches all).
   *
   * @param filter the tags required
   * @return whether these tags satisfy the filter
   */
  public boolean matches(Dimensions filter) {
    for (Map.Entry<Dimension, String> e : filter.tags.entrySet()) {
      if (!e.getValue().equals(tags.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The tags as a sorted map. */
  public ImmutableSortedMap<Dimension, String> asMap() {
    return tags;
  }

  /** True when there are no tags. */
  public boolean isEmpty() {
    return tags.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dimensions && ((Dimensions) o).tags.equals(tags);
  }

  @Override
  public int hashCode() {
    return tags.hashCode();
  }

  /** {@code {costCentre=MPK-01, project=ERP}}. */
  @Override
  public String toString() {
    return tags.toString();
  }
}
