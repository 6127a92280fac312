package dev.backoffice.core.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bad input: a field holds a value that breaks a rule. The message reads
 * {@code "<subject>: <field> = '<value>' is invalid: <rule>"}, and the parts are available as fields.
 *
 * <pre>{@code
 * throw new ValidationException("entry FV/1/2025", "lines[1].amount", "-5.00 PLN", "must be positive");
 * }</pre>
 */
public class ValidationException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String subject;
  private final String field;
  private final @Nullable String value;
  private final String rule;

  /**
   * Creates a validation failure of a field of a named subject.
   *
   * @param subject the object being validated (e.g. {@code "entry E-1"}, {@code "employee 17"}), or null
   * @param field the field, with a path where useful ({@code "lines[2].amount"})
   * @param value the offending value as text, or null when the value was absent
   * @param rule the rule broken, phrased as a requirement ({@code "must be positive"})
   */
  public ValidationException(@Nullable String subject, String field, @Nullable Object value, String rule) {
    super(format(subject, field, value, rule));
    this.subject = subject;
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
    this.rule = rule;
  }

  /**
   * Creates a validation failure of a field without a named subject.
   *
   * @param field the field
   * @param value the offending value, or null when absent
   * @param rule the rule broken
   */
  public ValidationException(String field, @Nullable Object value, String rule) {
    this(null, field, value, rule);
  }

  /**
   * Creates a validation failure from a complete message; used by generated value builders when a required
   * attribute is missing (the message names the attribute).
   *
   * @param message the complete message
   */
  public ValidationException(String message) {
    super(message);
    this.subject = null;
    this.field = "";
    this.value = null;
    this.rule = message;
  }

  private static String format(@Nullable String subject, String field, @Nullable Object value, String rule) {
    String prefix = subject == null ? "" : subject + ": ";
    String shown = value == null ? "<absent>" : "'" + value + "'";
    return prefix + field + " = " + shown + " is invalid: " + rule;
  }

  /** The object validated ({@code "entry E-1"}), if the thrower named one. */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** The field whose value broke the rule (empty for a message-only failure). */
  public String field() {
    return field;
  }

  /** The offending value as text, or empty when the value was absent. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The rule broken, phrased as a requirement. */
  public String rule() {
    return rule;
  }
}
