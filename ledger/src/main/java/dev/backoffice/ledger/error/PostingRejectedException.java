package dev.backoffice.ledger.error;

import dev.backoffice.core.error.BackOfficeException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ledger refused an entry: an unknown or blocked account, a currency the account does not take, a
 * missing dimension, a posting to a non-leaf account. Nothing was changed. The message names the entry,
 * the account and the rule.
 */
public class PostingRejectedException extends BackOfficeException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final @Nullable String account;
  private final String rule;

  /**
   * Creates the rejection.
   *
   * @param subject the entry ({@code "entry E17"})
   * @param account the account concerned, or null when the rule is not about one account
   * @param rule what was broken
   */
  public PostingRejectedException(String subject, @Nullable String account, String rule) {
    super(subject + (account == null ? "" : ": account " + account) + ": " + rule);
    this.subject = subject;
    this.account = account;
    this.rule = rule;
  }

  /** The entry refused. */
  public String subject() {
    return subject;
  }

  /** The account concerned, if the rule was about one. */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  /** The rule broken. */
  public String rule() {
    return rule;
  }
}
