package dev.backoffice.reporting.statement;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import org.immutables.value.Value;

/**
 * One rule of a {@link StatementMapping}: accounts whose code starts with {@link #prefix()} put their
 * {@link #measure()} — when its side matches {@link #side()} — on statement line {@link #line()}.
 *
 * <p>Text form: {@code prefix side line [measure]}, e.g. {@code 201 debit A.B.II.3.a.1} or
 * {@code 860 any P.A.V opening}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class MappingRule {
  /** The account code prefix ({@code "201"} matches {@code 201} and {@code 201-001}; {@code "4"} all of zespół 4). */
  @Value.Parameter
  public abstract String prefix();

  /** Which balances the rule takes. */
  @Value.Parameter
  public abstract BalanceSide side();

  /** The id of the statement line the amount goes to. */
  @Value.Parameter
  public abstract String line();

  /** Which figure of the account it takes. */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * A rule taking the balance.
   *
   * @param prefix the account code prefix
   * @param side which balances
   * @param line the statement line id
   * @return the rule
   */
  public static MappingRule of(String prefix, BalanceSide side, String line) {
    return ImmutableMappingRule.of(prefix, side, line, Measure.BALANCE);
  }

  /**
   * A rule.
   *
   * @param prefix the account code prefix
   * @param side which balances
   * @param line the statement line id
   * @param measure which figure
   * @return the rule
   */
  public static MappingRule of(String prefix, BalanceSide side, String line, Measure measure) {
    return ImmutableMappingRule.of(prefix, side, line, measure);
  }

  /**
   * True when the rule applies to an account code.
   *
   * @param account the code
   * @return whether the code starts with the prefix
   */
  public boolean matches(String account) {
    return account.startsWith(prefix());
  }

  @Value.Check
  void check() {
    Checks.check(!prefix().isBlank() && !prefix().contains(" "), "mapping rule", "prefix", prefix(),
        "must be a code prefix without spaces");
    Checks.check(!line().isBlank(), "mapping rule", "line", line(), "must not be blank");
  }

  /** The text form, {@code "201 debit A.B.II.3.a.1"}. */
  @Override
  public String toString() {
    String s = prefix() + " " + side().name().toLowerCase(java.util.Locale.ROOT) + " " + line();
    return measure() == Measure.BALANCE ? s : s + " " + measure().name().toLowerCase(java.util.Locale.ROOT);
  }
}
