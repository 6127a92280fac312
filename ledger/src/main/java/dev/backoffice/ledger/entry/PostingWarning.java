package dev.backoffice.ledger.entry;

import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;

/**
 * A warning raised while posting an entry that was nonetheless posted, e.g. a budget line exceeded under a
 * WARN rule. Returned to the caller in {@link PostedEntry#warnings()} and passed to listeners.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PostingWarning {
  /** Who raised it, e.g. {@code "budget"}. */
  @Value.Parameter
  public abstract String source();

  /** A complete, human-readable message. */
  @Value.Parameter
  public abstract String message();

  /**
   * A warning.
   *
   * @param source who raised it
   * @param message what it says
   * @return the warning
   */
  public static PostingWarning of(String source, String message) {
    return ImmutablePostingWarning.of(source, message);
  }
}
