package dev.backoffice.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Backoffice throws. It is unchecked: a failed operation is a programming or
 * data error the caller decides how to report, and it never leaves partial state behind.
 *
 * <p>Subclasses carry the data of the failure (field, value, account, entry id, period…) as fields so that
 * callers can react without parsing the message; the message is still complete for a human reader.
 */
public class BackOfficeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a complete, human-readable message.
   *
   * @param message what went wrong, naming the thing concerned
   */
  public BackOfficeException(String message) {
    super(message);
  }

  /**
   * Creates an exception that wraps the underlying cause.
   *
   * @param message what went wrong, naming the thing concerned
   * @param cause the underlying failure, kept for diagnosis
   */
  public BackOfficeException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
