package dev.backoffice.core.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks at the public boundary, in the spirit of Guava {@code Preconditions} and Strata
 * {@code ArgChecker}: each failure names the field and the value. Nulls give a {@link NullPointerException}
 * naming the field; broken rules give a {@link ValidationException}.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns the value, or throws a {@link NullPointerException} whose message names the field.
   *
   * @param value the value to check
   * @param field the field name for the message
   * @param <T> the value type
   * @return the value, never null
   */
  public static <T> T notNull(@Nullable T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /**
   * Throws a {@link ValidationException} unless the condition holds.
   *
   * @param condition the rule's outcome
   * @param field the field checked
   * @param value the value checked (shown in the message)
   * @param rule the rule, phrased as a requirement
   */
  public static void check(boolean condition, String field, @Nullable Object value, String rule) {
    if (!condition) {
      throw new ValidationException(field, value, rule);
    }
  }

  /**
   * Throws a {@link ValidationException} naming the subject unless the condition holds.
   *
   * @param condition the rule's outcome
   * @param subject the object validated ({@code "entry E-1"})
   * @param field the field checked
   * @param value the value checked (shown in the message)
   * @param rule the rule, phrased as a requirement
   */
  public static void check(
      boolean condition, String subject, String field, @Nullable Object value, String rule) {
    if (!condition) {
      throw new ValidationException(subject, field, value, rule);
    }
  }

  /**
   * Returns a non-blank string, or throws.
   *
   * @param value the string
   * @param field the field name for the message
   * @return the string
   */
  public static String notBlank(@Nullable String value, String field) {
    notNull(value, field);
    check(!value.isBlank(), field, value, "must not be blank");
    return value;
  }
}
