package dev.backoffice.ledger.budget;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.ChartOfAccounts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which accounts a {@link BudgetLine} covers: one account, a range of codes or a code prefix — each
 * together with its analytic children (the accounts below it in the chart's parent tree).
 *
 * <p>An account matches when its own code, or the code of any of its ancestors in the chart, satisfies the
 * selector. Ranges compare codes as text (lexicographically), so {@code range("400", "409")} covers 400,
 * 401-01, 405 and 409-002 in the Polish chart.
 *
 * <pre>{@code
 * AccountSelector.account("402");        // 402 Usługi obce and its analytic accounts
 * AccountSelector.range("400", "409");   // all costs by nature (zespół 4) except 490
 * AccountSelector.prefix("5");           // costs by function (zespół 5)
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class AccountSelector {
  /** How the codes are compared. */
  public enum Kind {
    /** Exactly {@link #code()} (and its analytic children). */
    ACCOUNT,
    /** Codes from {@link #code()} to {@link #lastCode()}, both inclusive, in text order. */
    RANGE,
    /** Codes starting with {@link #code()}. */
    PREFIX
  }

  /** How the codes are compared. */
  @Value.Parameter
  public abstract Kind kind();

  /** The account, the first code of the range, or the prefix. */
  @Value.Parameter
  public abstract String code();

  /** The last code of the range (for the other kinds equal to {@link #code()}). */
  @Value.Parameter
  public abstract String lastCode();

  /**
   * One account with its analytic children.
   *
   * @param code the account code
   * @return the selector
   */
  public static AccountSelector account(String code) {
    return ImmutableAccountSelector.of(Kind.ACCOUNT, code, code);
  }

  /**
   * All accounts whose code (or an ancestor's code) lies between two codes, both inclusive, in text order.
   *
   * @param from the first code
   * @param to the last code, not before {@code from}
   * @return the selector
   */
  public static AccountSelector range(String from, String to) {
    return ImmutableAccountSelector.of(Kind.RANGE, from, to);
  }

  /**
   * All accounts whose code (or an ancestor's code) starts with a prefix.
   *
   * @param prefix the prefix, e.g. {@code "40"}
   * @return the selector
   */
  public static AccountSelector prefix(String prefix) {
    return ImmutableAccountSelector.of(Kind.PREFIX, prefix, prefix);
  }

  /**
   * True when this one code satisfies the selector, ignoring the chart's tree.
   *
   * @param code an account code
   * @return whether the code itself is selected
   */
  public boolean matchesCode(String code) {
    switch (kind()) {
      case ACCOUNT:
        return code.equals(code());
      case RANGE:
        return code.compareTo(code()) >= 0 && code.compareTo(lastCode()) <= 0;
      default:
        return code.startsWith(code());
    }
  }

  /**
   * True when an account, or any of its ancestors in the chart, satisfies the selector.
   *
   * @param code the account code
   * @param chart the chart giving the parent tree (a code missing from it is judged by itself)
   * @return whether the account is covered
   */
  public boolean matches(String code, ChartOfAccounts chart) {
    Checks.notNull(code, "code");
    Checks.notNull(chart, "chart");
    String c = code;
    for (int depth = 0; depth <= chart.size(); depth++) { // the chart is a tree; the bound only guards the loop
      if (matchesCode(c)) {
        return true;
      }
      Optional<String> parent = chart.account(c).flatMap(Account::parent);
      if (parent.isEmpty()) {
        return false;
      }
      c = parent.get();
    }
    return false;
  }

  @Value.Check
  void check() {
    Checks.check(!code().isBlank() && code().strip().equals(code()), "account selector", "code", code(),
        "must be a non-blank account code without surrounding spaces");
    Checks.check(!lastCode().isBlank() && lastCode().strip().equals(lastCode()), "account selector", "lastCode", lastCode(),
        "must be a non-blank account code without surrounding spaces");
    if (kind() == Kind.RANGE) {
      Checks.check(lastCode().compareTo(code()) >= 0, "account selector", "lastCode", lastCode(), "must not sort before code " + code());
    } else {
      Checks.check(lastCode().equals(code()), "account selector", "lastCode", lastCode(), "must equal code for a " + kind() + " selector");
    }
  }

  /** {@code "402"}, {@code "400..409"} or {@code "40*"}. */
  @Override
  public String toString() {
    switch (kind()) {
      case ACCOUNT:
        return code();
      case RANGE:
        return code() + ".." + lastCode();
      default:
        return code() + "*";
    }
  }
}
