package dev.backoffice.ledger.account;

import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.Side;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An account of the chart (konto): its code, name, type and the rules postings to it must follow.
 *
 * <pre>{@code
 * Account bank = Account.builder().code("130-001").name("Rachunek bieżący PKO").type(AccountType.ASSET)
 *     .parent("130").constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Account {
  /** The code, e.g. {@code "201-001"} or {@code "Assets:Bank:Checking"}; unique in the chart. */
  public abstract String code();

  /** The name, e.g. {@code "Rozrachunki z odbiorcami"}. */
  public abstract String name();

  /** What the account records. */
  public abstract AccountType type();

  /** The side on which the account normally carries its balance; by default the type's. */
  @Value.Default
  public Side normalBalance() {
    return type().normalBalance();
  }

  /** The synthetic account (konto syntetyczne) this analytic account belongs to. */
  public abstract Optional<String> parent();

  /** The currencies postings may use; empty means any. */
  public abstract ImmutableSet<CurrencyUnit> allowedCurrencies();

  /** A blocked account accepts no postings or reservations. */
  @Value.Default
  public boolean blocked() {
    return false;
  }

  /** When true, postings are rejected while the account has analytic children (post to the leaves). */
  @Value.Default
  public boolean leafOnly() {
    return false;
  }

  /** A limit on the balance, checked on every posting and reservation. */
  @Value.Default
  public BalanceConstraint constraint() {
    return BalanceConstraint.NONE;
  }

  /**
   * How far the constraint may be exceeded, in the limit's currency (other currencies get no overdraft).
   */
  public abstract Optional<Money> overdraftLimit();

  /** Dimensions every posting to this account must carry (e.g. cost centre on cost accounts). */
  public abstract ImmutableSet<Dimension> requiredDimensions();

  /**
   * An account with the type's normal balance and no restrictions.
   *
   * @param code the code
   * @param name the name
   * @param type the type
   * @return the account
   */
  public static Account of(String code, String name, AccountType type) {
    return ImmutableAccount.builder().code(code).name(name).type(type).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAccount.Builder builder() {
    return ImmutableAccount.builder();
  }

  /** Balance-sheet, result or off-balance, from the type. */
  public AccountCategory category() {
    return type().category();
  }

  /**
   * True when the account accepts postings in this currency.
   *
   * @param currency the currency
   * @return whether it is allowed
   */
  public boolean allows(CurrencyUnit currency) {
    return allowedCurrencies().isEmpty() || allowedCurrencies().contains(currency);
  }

  /**
   * This account renamed.
   *
   * @param newName the new name
   * @return a copy with the name replaced
   */
  public Account withName(String newName) {
    return ImmutableAccount.copyOf(this).withName(newName);
  }

  /**
   * This account blocked or unblocked.
   *
   * @param isBlocked whether postings are refused
   * @return a copy with the flag set
   */
  public Account withBlocked(boolean isBlocked) {
    return ImmutableAccount.copyOf(this).withBlocked(isBlocked);
  }

  @Value.Check
  void check() {
    String subject = "account " + code();
    Checks.check(!code().isBlank() && code().strip().equals(code()) && code().length() <= 200
            && !code().contains("  ") && code().indexOf('\t') < 0 && code().indexOf('\n') < 0 && code().indexOf(';') < 0,
        subject, "code", code(),
        "must be 1 to 200 characters without leading or trailing spaces, double spaces, tabs, line breaks or ';'");
    Checks.check(!name().isBlank() && name().length() <= 256, subject, "name", name(), "must be 1 to 256 characters");
    parent().ifPresent(p -> Checks.check(!p.equals(code()), subject, "parent", p, "must not be the account itself"));
    overdraftLimit().ifPresent(l -> Checks.check(l.getAmount().signum() >= 0, subject, "overdraftLimit", l,
        "must not be negative"));
  }

  /** {@code "201 Rozrachunki z odbiorcami"}. */
  @Override
  public String toString() {
    return code().equals(name()) ? code() : code() + " " + name();
  }
}
