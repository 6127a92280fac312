package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import org.immutables.value.Value;

/**
 * Which accounts hold settlements and where their side effects are booked.
 *
 * <p>An account is a settlement account when its code starts with one of {@link #accountPrefixes()}; the default
 * is {@code 20} (odbiorcy, dostawcy: 201, 202, 203, 204), {@code 234} (pozostałe rozrachunki z pracownikami:
 * advances) and {@code 24} (pozostałe rozrachunki: 240, 245, 249), with their analytic accounts ({@code 201-01}).
 * Public-law settlements (22x: VAT, ZUS, the tax office) and wages (231) are settled by period, not by document,
 * so they are left out: add their prefixes where they are kept per document. Realised exchange differences go to
 * {@link #gainAccount()} (750, przychody finansowe) and {@link #lossAccount()} (751, koszty finansowe);
 * statement lines nobody could match go to {@link #suspenseAccount()} (249, rozrachunki do wyjaśnienia).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class SettlementPolicy {
  /** Account code prefixes of settlement accounts. */
  @Value.Default
  public ImmutableSet<String> accountPrefixes() {
    return ImmutableSet.of("20", "234", "24");
  }

  /** Credited with positive realised exchange differences. */
  @Value.Default
  public String gainAccount() {
    return PolishChartOfAccounts.FINANCIAL_REVENUE;
  }

  /** Debited with negative realised exchange differences. */
  @Value.Default
  public String lossAccount() {
    return PolishChartOfAccounts.FINANCIAL_COSTS;
  }

  /** Where unmatched bank statement lines wait to be explained. */
  @Value.Default
  public String suspenseAccount() {
    return "249";
  }

  /**
   * The default policy.
   *
   * @return prefixes 20, 234 and 24, differences to 750/751, suspense 249
   */
  public static SettlementPolicy standard() {
    return ImmutableSettlementPolicy.builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSettlementPolicy.Builder builder() {
    return ImmutableSettlementPolicy.builder();
  }

  /**
   * Whether postings on an account are settlements.
   *
   * @param account the account code
   * @return true when the code starts with one of the prefixes
   */
  public boolean isSettlementAccount(String account) {
    for (String p : accountPrefixes()) {
      if (account.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    Checks.check(!accountPrefixes().isEmpty(), "settlement policy", "accountPrefixes", accountPrefixes(), "must not be empty");
    for (String p : accountPrefixes()) {
      Checks.check(!p.isBlank(), "settlement policy", "accountPrefixes", accountPrefixes(), "must not hold a blank prefix");
    }
    Checks.notBlank(gainAccount(), "gainAccount");
    Checks.notBlank(lossAccount(), "lossAccount");
    Checks.notBlank(suspenseAccount(), "suspenseAccount");
  }
}
