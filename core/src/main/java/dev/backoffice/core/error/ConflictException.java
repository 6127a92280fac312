package dev.backoffice.core.error;

/**
 * The request contradicts state that already exists: the same idempotency key with different content,
 * reversing an entry twice, committing a voided reservation, deleting an account that has postings.
 */
public class ConflictException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String reason;

  /**
   * Creates a conflict on a named subject.
   *
   * @param subject the object in conflict ({@code "entry E-1"})
   * @param reason why the request conflicts with its state
   */
  public ConflictException(String subject, String reason) {
    super(subject + ": " + reason);
    this.subject = subject;
    this.reason = reason;
  }

  /** The object in conflict. */
  public String subject() {
    return subject;
  }

  /** Why the request conflicts with the object's state. */
  public String reason() {
    return reason;
  }
}
