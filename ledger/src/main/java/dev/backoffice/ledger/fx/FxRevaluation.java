package dev.backoffice.ledger.fx;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.ExchangeRateProvider;
import dev.backoffice.core.fx.MissingExchangeRateException;
import dev.backoffice.core.fx.RateLookup;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.settlement.ItemQuery;
import dev.backoffice.ledger.settlement.OpenItem;
import dev.backoffice.ledger.settlement.SettlementPolicy;
import dev.backoffice.ledger.settlement.SettlementTags;
import dev.backoffice.ledger.settlement.Settlements;
import dev.backoffice.ledger.entry.Tags;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Balance-sheet valuation of foreign-currency balances (wycena bilansowa, art. 30 ust. 1 ustawy o
 * rachunkowości): every balance-sheet account's balance in a foreign currency is valued at the rate of the
 * valuation date, and the difference from its carried base-currency value is booked as an exchange
 * difference (różnice kursowe): gains to financial revenue (750), losses to financial costs (751).
 *
 * <p>On settlement accounts (see {@link SettlementPolicy}) the valuation is per open item (rozrachunek): only
 * what is still open is valued, at the rate of the valuation date, against the value it is carried at, and each
 * item's line carries the item's {@code partner} and {@code doc} tags. What a payment settled is not valued here:
 * its realised exchange difference belongs to the payment date ({@link Settlements#realisedDifferences}). Before
 * settlements were tracked the whole balance of the account was valued, so a paid foreign-currency invoice's
 * difference was booked at month end inside this entry; it no longer is.
 *
 * <p>The revaluation line on the account moves only its base-currency value: amount zero in the foreign
 * currency, with the difference as the line's cost in the base currency. Rounding: the valued balance is
 * rounded half up to the base currency's minor unit.
 *
 * <pre>{@code
 * FxRevaluation.of(nbp).entry(ledger, LocalDate.of(2025, 1, 31)).ifPresent(ledger::post);
 * }</pre>
 */
public final class FxRevaluation {
  private final ExchangeRateProvider rates;
  private final RateLookup lookup;
  private final String gainAccount;
  private final String lossAccount;
  private final Predicate<Account> accounts;
  private final SettlementPolicy settlements;

  private FxRevaluation(ExchangeRateProvider rates, RateLookup lookup, String gainAccount, String lossAccount,
      Predicate<Account> accounts, SettlementPolicy settlements) {
    this.rates = rates;
    this.lookup = lookup;
    this.gainAccount = gainAccount;
    this.lossAccount = lossAccount;
    this.accounts = accounts;
    this.settlements = settlements;
  }

  /**
   * A revaluation with the Polish defaults: the rate effective on or before the valuation date (the NBP
   * average rate of the balance-sheet day, or the last one published before it), gains to 750, losses to
   * 751, every balance-sheet account.
   *
   * @param rates where rates come from
   * @return the revaluation
   */
  public static FxRevaluation of(ExchangeRateProvider rates) {
    return new FxRevaluation(Checks.notNull(rates, "rates"), RateLookup.ON_OR_BEFORE,
        PolishChartOfAccounts.FINANCIAL_REVENUE, PolishChartOfAccounts.FINANCIAL_COSTS,
        a -> a.category() == AccountCategory.BALANCE_SHEET, SettlementPolicy.standard());
  }

  /**
   * This revaluation with another definition of settlement accounts (valued per open item).
   *
   * @param policy which accounts are settlements
   * @return a new revaluation
   */
  public FxRevaluation withSettlements(SettlementPolicy policy) {
    return new FxRevaluation(rates, lookup, gainAccount, lossAccount, accounts, Checks.notNull(policy, "policy"));
  }

  /**
   * This revaluation with other accounts for the differences.
   *
   * @param gains the account credited with positive differences
   * @param losses the account debited with negative differences
   * @return a new revaluation
   */
  public FxRevaluation withDifferenceAccounts(String gains, String losses) {
    return new FxRevaluation(rates, lookup, Checks.notBlank(gains, "gains"), Checks.notBlank(losses, "losses"), accounts,
        settlements);
  }

  /**
   * This revaluation with another rate lookup.
   *
   * @param value the lookup
   * @return a new revaluation
   */
  public FxRevaluation withLookup(RateLookup value) {
    return new FxRevaluation(rates, Checks.notNull(value, "lookup"), gainAccount, lossAccount, accounts,
        settlements);
  }

  /**
   * This revaluation restricted to some accounts (still only balance-sheet ones).
   *
   * @param filter which accounts to value
   * @return a new revaluation
   */
  public FxRevaluation withAccounts(Predicate<Account> filter) {
    Checks.notNull(filter, "filter");
    return new FxRevaluation(rates, lookup, gainAccount, lossAccount,
        a -> a.category() == AccountCategory.BALANCE_SHEET && filter.test(a), settlements);
  }

  /**
   * The revaluation entry as of a date, or empty when every foreign balance is already carried at the rate.
   *
   * @param ledger the ledger to value
   * @param date the valuation date; the entry is dated this day
   * @return the entry to post
   * @throws MissingExchangeRateException if a rate is missing for a currency with a balance
   */
  public Optional<JournalEntry> entry(LedgerView ledger, LocalDate date) {
    Checks.notNull(ledger, "ledger");
    Checks.notNull(date, "date");
    CurrencyUnit base = ledger.baseCurrency();
    ImmutableJournalEntry.Builder b = JournalEntry.builder()
        .date(date)
        .document(DocumentRef.of("PK", "WYC/" + date, date))
        .description("Wycena bilansowa sald walutowych na " + date);
    Money gains = Money.zero(base);
    Money losses = Money.zero(base);
    Settlements items = null;
    for (Account a : ledger.chart().accounts()) {
      if (!accounts.test(a)) {
        continue;
      }
      Map<CurrencyUnit, Balance> balances = ledger.balances(BalanceQuery.asOf(a.code(), date));
      for (Balance bal : balances.values()) {
        CurrencyUnit cu = bal.currency();
        if (cu.equals(base) || bal.net().isZero() && bal.baseValue().isZero()) {
          continue;
        }
        ExchangeRate rate = rates.rate(cu, base, date, lookup);
        if (settlements.isSettlementAccount(a.code())) {
          if (items == null) {
            items = Settlements.of(ledger, settlements);
          }
          for (OpenItem i : items.items(ItemQuery.builder().asOf(date).account(a.code()).currency(cu).build())) {
            if (i.open().isZero()) {
              continue; // settled: what is left in base currency is a realised difference of the payment date
            }
            Money diff = rate.convert(i.open(), RoundingMode.HALF_UP).minus(i.carriedBase());
            if (addLine(b, a.code(), cu, diff, rate, SettlementTags.naming(i.partner(), i.document()))) {
              gains = diff.isPositive() ? gains.plus(diff) : gains;
              losses = diff.isPositive() ? losses : losses.plus(diff.abs());
            }
          }
          continue;
        }
        Money valued = bal.net().isZero() ? Money.zero(base) : rate.convert(bal.net(), RoundingMode.HALF_UP);
        Money diff = valued.minus(bal.baseValue());
        if (addLine(b, a.code(), cu, diff, rate, Tags.empty())) {
          gains = diff.isPositive() ? gains.plus(diff) : gains;
          losses = diff.isPositive() ? losses : losses.plus(diff.abs());
        }
      }
    }
    if (gains.isZero() && losses.isZero()) {
      return Optional.empty();
    }
    if (!gains.isZero()) {
      b.addLines(JournalLine.builder().account(gainAccount).side(Side.CREDIT).amount(gains)
          .memo("dodatnie różnice kursowe").build());
    }
    if (!losses.isZero()) {
      b.addLines(JournalLine.builder().account(lossAccount).side(Side.DEBIT).amount(losses)
          .memo("ujemne różnice kursowe").build());
    }
    return Optional.of(b.build());
  }

  /** Adds the zero-amount line that moves an account's base value by a difference, unless it is zero. */
  private static boolean addLine(ImmutableJournalEntry.Builder b, String account, CurrencyUnit cu, Money diff,
      ExchangeRate rate, Tags tags) {
    if (diff.isZero()) {
      return false;
    }
    Side side = diff.isPositive() ? Side.DEBIT : Side.CREDIT;
    b.addLines(JournalLine.builder().account(account).side(side).amount(Money.zero(cu)).cost(diff.abs())
        .rate(rate.rate()).memo("kurs " + rate.rate().toPlainString() + " " + rate.source()).tags(tags).build());
    return true;
  }
}
