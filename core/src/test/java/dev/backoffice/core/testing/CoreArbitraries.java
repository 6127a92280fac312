package dev.backoffice.core.testing;

import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Shared jqwik generators of core values, for the properties of every module. Ship in core's test-jar:
 * depend on {@code backoffice-core} with {@code <type>test-jar</type>} and {@code <scope>test</scope>}.
 *
 * <pre>{@code
 * @Provide Arbitrary<Money> amounts() { return CoreArbitraries.positivePln(new BigDecimal("100000")); }
 * }</pre>
 *
 * <p>Every generator yields only valid values (they pass the value's own checks), with jqwik's edge cases
 * (zero, the bounds, one minor unit) where the domain has them. Nothing here reads the clock or keeps state.
 */
public final class CoreArbitraries {
  /** The largest absolute amount {@link #plnMoney()} yields: one trillion złoty. */
  public static final BigDecimal LARGE_AMOUNT = new BigDecimal("1000000000000");

  /** The dates {@link #dates()} spans: 2000-01-01 to 2099-12-31. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

  /** The last date {@link #dates()} yields. */
  public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

  private static final List<CurrencyUnit> CURRENCIES = List.of(
      Monies.PLN, Monies.EUR, Monies.USD, CurrencyUnit.GBP, CurrencyUnit.CHF,
      CurrencyUnit.of("CZK"), CurrencyUnit.JPY, CurrencyUnit.of("KWD"));

  private static final List<String> DOCUMENT_TYPES = List.of("FV", "FZ", "WB", "RK", "LP", "PK", "BO", "ST");

  private CoreArbitraries() {}

  /**
   * Real ISO currencies with 0 (JPY), 2 (PLN, EUR, USD, GBP, CHF, CZK) and 3 (KWD) decimal places.
   *
   * @return currencies, shrinking towards PLN
   */
  public static Arbitrary<CurrencyUnit> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /**
   * Amounts of one currency between two bounds (inclusive), at the currency's scale.
   *
   * @param currency the currency
   * @param min the smallest amount
   * @param max the largest amount, not below {@code min}
   * @return amounts, with zero and the bounds among the edge cases
   */
  public static Arbitrary<Money> money(CurrencyUnit currency, BigDecimal min, BigDecimal max) {
    Checks.notNull(currency, "currency");
    int scale = Math.max(currency.getDecimalPlaces(), 0);
    return Arbitraries.bigDecimals()
        .between(min, max)
        .ofScale(scale)
        .map(amount -> Money.of(currency, amount));
  }

  /**
   * Złoty amounts from minus to plus {@link #LARGE_AMOUNT}, negative, zero and positive.
   *
   * @return PLN amounts
   */
  public static Arbitrary<Money> plnMoney() {
    return money(Monies.PLN, LARGE_AMOUNT.negate(), LARGE_AMOUNT);
  }

  /**
   * Złoty amounts from one grosz up to a maximum.
   *
   * @param max the largest amount, at least 0.01
   * @return positive PLN amounts
   */
  public static Arbitrary<Money> positivePln(BigDecimal max) {
    return money(Monies.PLN, new BigDecimal("0.01"), max);
  }

  /**
   * Amounts in any of {@link #currencies()}, from minus to plus {@link #LARGE_AMOUNT}.
   *
   * @return amounts in mixed currencies
   */
  public static Arbitrary<Money> anyMoney() {
    return currencies().flatMap(c -> money(c, LARGE_AMOUNT.negate(), LARGE_AMOUNT));
  }

  /**
   * Percentage rates from 0 % to 100 % with up to four decimals in the percentage (e.g. 9.76 %, 0.0245 %).
   *
   * @return rates
   */
  public static Arbitrary<Rate> rates() {
    return percentRates(BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  /**
   * Percentage rates between two percentages (inclusive), with up to four decimals in the percentage (or as
   * many as the bounds have).
   *
   * @param minPercent the smallest percentage, e.g. {@code 0}
   * @param maxPercent the largest percentage, e.g. {@code 100}
   * @return rates
   */
  public static Arbitrary<Rate> percentRates(BigDecimal minPercent, BigDecimal maxPercent) {
    int boundsScale = Math.max(0, Math.max(minPercent.scale(), maxPercent.scale()));
    return Arbitraries.integers().between(boundsScale, Math.max(boundsScale, 4)).flatMap(scale ->
        Arbitraries.bigDecimals().between(minPercent, maxPercent).ofScale(scale).map(Rate::ofPercent));
  }

  /**
   * Non-negative allocation weights with at least one positive, with up to four decimals each.
   *
   * @param minSize the fewest weights, at least 1
   * @param maxSize the most weights
   * @return weight lists whose sum is positive
   */
  public static Arbitrary<List<BigDecimal>> weights(int minSize, int maxSize) {
    return weightList(BigDecimal.ZERO, minSize, maxSize).filter(w -> sum(w).signum() > 0);
  }

  /**
   * Allocation weights that may be negative or zero but never sum to zero.
   *
   * @param minSize the fewest weights, at least 1
   * @param maxSize the most weights
   * @return weight lists with a non-zero sum
   */
  public static Arbitrary<List<BigDecimal>> signedWeights(int minSize, int maxSize) {
    return weightList(new BigDecimal("-1000"), minSize, maxSize).filter(w -> sum(w).signum() != 0);
  }

  private static Arbitrary<List<BigDecimal>> weightList(BigDecimal min, int minSize, int maxSize) {
    return Arbitraries.integers().between(0, 4).flatMap(scale ->
        Arbitraries.bigDecimals().between(min, new BigDecimal("1000")).ofScale(scale)
            .list().ofMinSize(minSize).ofMaxSize(maxSize));
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Exchange rates between two different {@link #currencies()}, positive with up to six decimals, between
   * 0.0001 and 10,000, effective on a day of {@link #dates()}.
   *
   * @return exchange rates with source {@code "TEST"}
   */
  public static Arbitrary<ExchangeRate> exchangeRates() {
    Arbitrary<List<CurrencyUnit>> pairs = currencies().list().ofSize(2).uniqueElements();
    Arbitrary<BigDecimal> values = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.0001"), new BigDecimal("10000")).ofScale(6)
        .filter(r -> r.signum() > 0);
    return Combinators.combine(pairs, values, dates())
        .as((pair, rate, date) -> ExchangeRate.of(pair.get(0), pair.get(1), rate, date, "TEST"));
  }

  /**
   * Dates in {@link #FIRST_DATE}..{@link #LAST_DATE}.
   *
   * @return dates
   */
  public static Arbitrary<LocalDate> dates() {
    return dates(FIRST_DATE, LAST_DATE);
  }

  /**
   * Dates between two days (inclusive).
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return dates
   */
  public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Dates.dates().between(from, to);
  }

  /**
   * Months from January 2000 to December 2099.
   *
   * @return months
   */
  public static Arbitrary<YearMonth> yearMonths() {
    return yearMonths(YearMonth.from(FIRST_DATE), YearMonth.from(LAST_DATE));
  }

  /**
   * Months between two months (inclusive).
   *
   * @param from the first month
   * @param to the last month
   * @return months
   */
  public static Arbitrary<YearMonth> yearMonths(YearMonth from, YearMonth to) {
    return Dates.yearMonths().between(from, to);
  }

  /**
   * Dimension keys: the predefined ones and a few custom names.
   *
   * @return dimensions
   */
  public static Arbitrary<Dimension> dimensionKeys() {
    return Arbitraries.of(
        Dimension.COST_CENTRE, Dimension.PROJECT, Dimension.DEPARTMENT, Dimension.EMPLOYEE,
        Dimension.CONTRACTOR, Dimension.of("region"), Dimension.of("vehicle_no"));
  }

  /**
   * Dimension values: short codes such as {@code "MPK-07"} or {@code "ERP"}.
   *
   * @return valid dimension values
   */
  public static Arbitrary<String> dimensionValues() {
    return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-', '/', ' ')
        .ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  /**
   * Sets of zero to four dimension tags.
   *
   * @return dimensions, shrinking towards none
   */
  public static Arbitrary<Dimensions> dimensions() {
    return Arbitraries.maps(dimensionKeys(), dimensionValues()).ofMaxSize(4).map(Dimensions::of);
  }

  /**
   * Source document references of the common types, numbered {@code "FV/17/2025"}, sometimes with an
   * issuer.
   *
   * @return document references dated within {@link #dates()}
   */
  public static Arbitrary<DocumentRef> documentRefs() {
    Arbitrary<String> types = Arbitraries.of(DOCUMENT_TYPES);
    Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 99_999);
    Arbitrary<java.util.Optional<String>> issuers =
        Arbitraries.of("ACME Sp. z o.o.", "5260250274", "Jan Kowalski").optional(0.3);
    return Combinators.combine(types, numbers, dates(), issuers)
        .as((type, no, date, issuer) -> DocumentRef.builder()
            .type(type)
            .number(type + "/" + no + "/" + date.getYear())
            .date(date)
            .issuer(issuer)
            .build());
  }

  /**
   * Idempotency keys of 1 to 128 printable ASCII characters without spaces.
   *
   * @return keys
   */
  public static Arbitrary<IdempotencyKey> idempotencyKeys() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(128).map(IdempotencyKey::of);
  }
}
