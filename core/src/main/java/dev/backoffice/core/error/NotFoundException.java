package dev.backoffice.core.error;

/** Something the request refers to does not exist: an account code, an entry id, an exchange rate. */
public class NotFoundException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates a not-found failure.
   *
   * @param kind what was looked for ({@code "account"}, {@code "entry"})
   * @param id the identifier that matched nothing
   */
  public NotFoundException(String kind, String id) {
    this(kind, id, kind + " '" + id + "' does not exist");
  }

  /**
   * Creates a not-found failure with a more specific message.
   *
   * @param kind what was looked for
   * @param id the identifier that matched nothing
   * @param message the complete message
   */
  public NotFoundException(String kind, String id, String message) {
    super(message);
    this.kind = kind;
    this.id = id;
  }

  /** What was looked for ({@code "account"}, {@code "entry"}, {@code "exchange rate"}). */
  public String kind() {
    return kind;
  }

  /** The identifier that matched nothing. */
  public String id() {
    return id;
  }
}
