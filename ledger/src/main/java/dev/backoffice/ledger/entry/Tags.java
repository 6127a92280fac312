package dev.backoffice.ledger.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimap;
import dev.backoffice.core.error.Checks;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Named facts about an entry or a line that the ledger keeps but does not interpret: the counterparty
 * ({@code partner}), the settled document ({@code doc}), its due date ({@code due}), VAT data ({@code vat-rate},
 * {@code vat-base}, {@code gtu}, …). They are the tags of a journal file's comments ({@code ; partner: 5261040828,
 * doc: FV/1/2025}), and the settlement and VAT features read them.
 *
 * <p>A key may carry several values, kept in the order they were added ({@code gtu: GTU_01} and {@code gtu:
 * GTU_12} on one invoice); keys keep the order of their first value. A key is 1 to 64 letters, digits, {@code -}
 * or {@code _}; a value is text of at most 512 characters on one line without a comma (the journal format ends
 * a tag's value at a comma), with no leading or trailing blanks, and may be empty (a bare tag {@code ; paid:}).
 * Tags count as content: two entries that differ only in tags are different entries.
 *
 * <pre>{@code
 * Tags t = Tags.of("partner", "5261040828").with("doc", "FV/1/2025").with("gtu", "GTU_01").with("gtu", "GTU_12");
 * t.first("doc");   // Optional[FV/1/2025]
 * t.all("gtu");     // [GTU_01, GTU_12]
 * }</pre>
 */
public final class Tags implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Tags EMPTY = new Tags(ImmutableListMultimap.of());
  private static final int MAX_KEY = 64;
  private static final int MAX_VALUE = 512;

  private final ImmutableListMultimap<String, String> values;

  private Tags(ImmutableListMultimap<String, String> values) {
    this.values = values;
  }

  /**
   * No tags.
   *
   * @return the empty tags
   */
  public static Tags empty() {
    return EMPTY;
  }

  /**
   * One tag.
   *
   * @param key the name
   * @param value its value
   * @return the tags
   * @throws dev.backoffice.core.error.ValidationException when the key or value breaks the rules above
   */
  public static Tags of(String key, String value) {
    return EMPTY.with(key, value);
  }

  /**
   * Tags from a multimap, in its iteration order.
   *
   * @param tags name to values
   * @return the tags
   * @throws dev.backoffice.core.error.ValidationException when a key or value breaks the rules above
   */
  public static Tags of(Multimap<String, String> tags) {
    Checks.notNull(tags, "tags");
    if (tags.isEmpty()) {
      return EMPTY;
    }
    ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
    for (Map.Entry<String, String> e : tags.entries()) {
      b.put(checkKey(e.getKey()), checkValue(e.getKey(), e.getValue()));
    }
    return new Tags(b.build());
  }

  /**
   * These tags with one more value (after any the key already has).
   *
   * @param key the name
   * @param value the value
   * @return new tags; this object is unchanged
   * @throws dev.backoffice.core.error.ValidationException when the key or value breaks the rules above
   */
  public Tags with(String key, String value) {
    checkKey(key);
    checkValue(key, value);
    return new Tags(ImmutableListMultimap.<String, String>builder().putAll(values).put(key, value).build());
  }

  /**
   * These tags with a key's values replaced by one value.
   *
   * @param key the name
   * @param value the only value it will have
   * @return new tags; this object is unchanged
   */
  public Tags withOnly(String key, String value) {
    return without(key).with(key, value);
  }

  /**
   * These tags without a key.
   *
   * @param key the name to drop
   * @return new tags
   */
  public Tags without(String key) {
    if (!values.containsKey(key)) {
      return this;
    }
    ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
    values.entries().stream().filter(e -> !e.getKey().equals(key)).forEach(b::put);
    return new Tags(b.build());
  }

  /**
   * These tags followed by another's (the other's values come after this one's for a shared key).
   *
   * @param other more tags
   * @return new tags
   */
  public Tags plus(Tags other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Tags(ImmutableListMultimap.<String, String>builder().putAll(values).putAll(other.values).build());
  }

  /**
   * The first value of a key.
   *
   * @param key the name
   * @return its first value, or empty when the key is absent
   */
  public Optional<String> first(String key) {
    ImmutableList<String> v = values.get(key);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * Every value of a key, in the order added.
   *
   * @param key the name
   * @return its values, empty when absent
   */
  public ImmutableList<String> all(String key) {
    return values.get(key);
  }

  /**
   * True when the key has a value.
   *
   * @param key the name
   * @return whether it is present
   */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The keys, in the order of their first value. */
  public ImmutableSet<String> keys() {
    return values.keySet();
  }

  /** True when there are no tags. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Every key and value, in order. */
  public ImmutableListMultimap<String, String> asMultimap() {
    return values;
  }

  private static String checkKey(@Nullable String key) {
    Checks.notNull(key, "tag");
    boolean ok = !key.isEmpty() && key.length() <= MAX_KEY;
    for (int i = 0; ok && i < key.length(); i++) {
      char c = key.charAt(i);
      ok = Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
    Checks.check(ok, "tag", key, "must be 1 to " + MAX_KEY + " letters, digits, '-' or '_'");
    return key;
  }

  private static String checkValue(String key, @Nullable String value) {
    Checks.notNull(value, "tag " + key);
    Checks.check(value.length() <= MAX_VALUE && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
            && value.indexOf(',') < 0 && value.strip().equals(value),
        "tag " + key, value,
        "must be at most " + MAX_VALUE + " characters on one line, without a comma or leading/trailing blanks");
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tags && ((Tags) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** As a journal comment writes them: {@code partner: 5261040828, doc: FV/1/2025}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    values.entries().forEach(e -> s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(": ")
        .append(e.getValue()));
    return s.toString();
  }
}
