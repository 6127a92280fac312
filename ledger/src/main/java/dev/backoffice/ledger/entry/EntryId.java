package dev.backoffice.ledger.entry;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a journal entry: chosen by the caller (a UUID, a document number) or assigned by the
 * ledger ({@code "E1"}, {@code "E2"}, …). 1 to 128 printable characters without line breaks.
 *
 * <p>An id the ledger assigns keeps its number and spells out {@code "E<n>"} only when asked: a million
 * postings do not need a million strings. It is equal to {@code EntryId.of("E<n>")} in every respect, and
 * {@code EntryId.of("E<n>")} keeps only the number too (a ledger replayed from its store holds no id strings).
 */
public final class EntryId implements Comparable<EntryId>, Serializable {
  private static final long serialVersionUID = 1L;

  private @Nullable String value;
  private final long number;

  private EntryId(@Nullable String value, long number) {
    this.value = value;
    this.number = number;
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
    long n = parseNumber(value);
    return new EntryId(n > 0 ? null : value, n); // E<n> keeps only its number, like an id the ledger assigns
  }

  /** n when the text is E<n> (n from 1, no leading zeros, below 2^31), else -1. */
  private static long parseNumber(String v) {
    if (v.length() < 2 || v.length() > 11 || v.charAt(0) != 'E' || v.charAt(1) == '0') {
      return -1;
    }
    long n = 0;
    for (int i = 1; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n < Integer.MAX_VALUE ? n : -1;
  }

  /**
   * The id {@code "E<n>"} the ledger gives its n-th numbered entry.
   *
   * @param n the number, at least 1
   * @return the id, equal to {@code EntryId.of("E" + n)}
   */
  public static EntryId ofNumber(long n) {
    if (n < 1 || n >= Integer.MAX_VALUE) { // checked before calling Checks: no boxing on the posting path
      throw new ValidationException("entryId", n, "must be numbered from 1 to 2^31 − 2");
    }
    return new EntryId(null, n);
  }

  /**
   * The number n of an id of the ledger's form {@code "E<n>"} (however it was created), or -1 for any other id.
   *
   * @return n, or -1
   */
  public long number() {
    return number;
  }

  /** The id's text. */
  public String value() {
    String v = value;
    if (v == null) {
      v = "E" + number;
      value = v; // benign race: every thread computes the same string
    }
    return v;
  }

  @Override
  public int compareTo(EntryId o) {
    return value().compareTo(o.value());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EntryId)) {
      return false;
    }
    EntryId other = (EntryId) o;
    if (number > 0 || other.number > 0) {
      return number == other.number; // E<n> is spelled one way only, so the numbers decide
    }
    return value().equals(other.value());
  }

  @Override
  public int hashCode() {
    if (number < 1) {
      return value().hashCode();
    }
    // String.hashCode of "E<n>" without building the string
    long div = 1;
    while (div <= number / 10) {
      div *= 10;
    }
    int h = 'E';
    for (long d = div; d > 0; d /= 10) {
      h = 31 * h + ('0' + (int) (number / d % 10));
    }
    return h;
  }

  /** The id's text. */
  @Override
  public String toString() {
    return value();
  }
}
