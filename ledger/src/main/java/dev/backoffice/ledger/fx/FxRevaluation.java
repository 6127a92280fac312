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

  private FxRevaluation(ExchangeRateProvider rates, RateLookup lookup, String gainAccount, String lossAccount,
      Predicate<Account> accounts) {
    this.rates = rates;
    this.lookup = lookup;
    this.gainAccount = gainAccount;
    this.lossAccount = lossAccount;
    this.accounts = accounts;
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
        a -> a.category() == AccountCategory.BALANCE_SHEET);
  }

  /**
   * This revaluation with other accounts for the differences.
   *
   * @param gains the account credited with positive differences
   * @param losses the account debited with negative differences
   * @return a new revaluation
   */
  public FxRevaluation withDifferenceAccounts(String gains, String losses) {
    return new FxRevaluation(rates, lookup, Checks.notBlank(gains, "gains"), Checks.notBlank(losses, "losses"), accounts);
  }

  /**
   * This revaluation with another rate lookup.
   *
   * @param value the lookup
   * @return a new revaluation
   */
  public FxRevaluation withLookup(RateLookup value) {
    return new FxRevaluation(rates, Checks.notNull(value, "lookup"), gainAccount, lossAccount, accounts);
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
        a -> a.category() == AccountCategory.BALANCE_SHEET && filter.test(a));
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
        Money valued = bal.net().isZero() ? Money.zero(base) : rate.convert(bal.net(), RoundingMode.HALF_UP);
        Money diff = valued.minus(bal.baseValue());
        if (diff.isZero()) {
          continue;
        }
        Side side = diff.isPositive() ? Side.DEBIT : Side.CREDIT;
        b.addLines(JournalLine.builder().account(a.code()).side(side).amount(Money.zero(cu)).cost(diff.abs())
            .rate(rate.rate()).memo("kurs " + rate.rate().toPlainString() + " " + rate.source()).build());
        if (diff.isPositive()) {
          gains = gains.plus(diff);
        } else {
          losses = losses.plus(diff.abs());
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
}
