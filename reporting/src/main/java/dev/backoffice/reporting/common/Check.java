package dev.backoffice.reporting.common;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;

/**
 * A check a report makes of its own figures — debits equal credits, turnover equals the journal total,
 * assets equal equity and liabilities — and its outcome, said in English and in Polish.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Check {
  /** A stable identifier of the check, e.g. {@code "debits-equal-credits:PLN"}. */
  @Value.Parameter
  public abstract String code();

  /** True when the figures agree. */
  @Value.Parameter
  public abstract boolean passed();

  /** What was checked and what was found, in English. */
  @Value.Parameter
  public abstract String english();

  /** The same in Polish. */
  @Value.Parameter
  public abstract String polish();

  /**
   * A check outcome.
   *
   * @param code the stable identifier
   * @param passed whether the figures agree
   * @param english the finding in English
   * @param polish the finding in Polish
   * @return the check
   */
  public static Check of(String code, boolean passed, String english, String polish) {
    return ImmutableCheck.of(code, passed, english, polish);
  }

  @Value.Check
  void check() {
    Checks.check(!code().isBlank(), "check", "code", code(), "must not be blank");
  }

  @Override
  public String toString() {
    return (passed() ? "OK " : "FAILED ") + code() + ": " + english();
  }
}
