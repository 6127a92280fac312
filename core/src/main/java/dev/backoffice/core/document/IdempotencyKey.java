package dev.backoffice.core.document;

import dev.backoffice.core.error.Checks;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A caller-chosen key that makes a request safe to repeat: posting the same key with the same content
 * again returns the earlier result instead of booking twice; the same key with different content is a
 * conflict. Keys are 1 to 128 printable ASCII characters (no spaces), e.g. a payment id or
 * {@code "FV/1/2025"}.
 */
public final class IdempotencyKey implements Comparable<IdempotencyKey>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  private IdempotencyKey(String value) {
    this.value = value;
  }

  /**
   * A key.
   *
   * @param value 1 to 128 printable ASCII characters without spaces
   * @return the key
   */
  public static IdempotencyKey of(String value) {
    Checks.notNull(value, "idempotencyKey");
    boolean ok = !value.isEmpty() && value.length() <= 128;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = c > 0x20 && c < 0x7f;
    }
    Checks.check(ok, "idempotencyKey", value, "must be 1 to 128 printable ASCII characters without spaces");
    return new IdempotencyKey(value);
  }

  /** The key's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(IdempotencyKey o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IdempotencyKey && ((IdempotencyKey) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The key's text. */
  @Override
  public String toString() {
    return value;
  }
}
