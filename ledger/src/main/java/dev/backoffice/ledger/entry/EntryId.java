package dev.backoffice.ledger.entry;

import dev.backoffice.core.error.Checks;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a journal entry: chosen by the caller (a UUID, a document number) or assigned by the
 * ledger ({@code "E1"}, {@code "E2"}, …). 1 to 128 printable characters without line breaks.
 */
public final class EntryId implements Comparable<EntryId>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String value;

  private EntryId(String value) {
    this.value = value;
  }

  /**
   * An id.
   *
   * @param value 1 to 128 characters, no control characters
   * @return the id
   */
  public static EntryId of(String value) {
    Checks.notNull(value, "entryId");
    boolean ok = !value.isEmpty() && value.length() <= 128 && !value.isBlank();
    for (int i = 0; ok && i < value.length(); i++) {
      ok = !Character.isISOControl(value.charAt(i));
    }
    Checks.check(ok, "entryId", value, "must be 1 to 128 characters without control characters");
    return new EntryId(value);
  }

  /** The id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(EntryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EntryId && ((EntryId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The id's text. */
  @Override
  public String toString() {
    return value;
  }
}
