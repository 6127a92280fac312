package dev.backoffice.core.money;

import static dev.backoffice.core.money.Monies.PLN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneyAllocatorTest {

  private static Money pln(String amount) {
    return Money.of(PLN, new BigDecimal(amount));
  }

  private static List<Money> pln(String... amounts) {
    List<Money> out = new ArrayList<>();
    for (String a : amounts) {
      out.add(pln(a));
    }
    return out;
  }

  private static List<BigDecimal> weights(String... weights) {
    List<BigDecimal> out = new ArrayList<>();
    for (String w : weights) {
      out.add(new BigDecimal(w));
    }
    return out;
  }

  @Test
  void spreadsAYearlyCostOverTwelveMonthsByDays() {
    // 1,000.00 PLN over the days of 2025 (365). Exact shares in grosze: 31 days 8493.15, 30 days 8219.18,
    // 28 days 7671.23. Floors sum to 7×8493 + 4×8219 + 7671 = 99,998, so 2 grosze are left: the largest
    // remainder is February's (.23), then the 30-day months' (.18) of which April comes first.
    List<BigDecimal> days = weights("31", "28", "31", "30", "31", "30", "31", "31", "30", "31", "30", "31");

    List<Money> parts = MoneyAllocator.allocate(pln("1000.00"), days);

    assertThat(parts).containsExactlyElementsOf(pln(
        "84.93", "76.72", "84.93", "82.20", "84.93", "82.19", "84.93", "84.93", "82.19", "84.93", "82.19", "84.93"));
  }

  @Test
  void earlierPartsWinTiesBetweenEqualRemainders() {
    // 100.00 / 3 = 33.333…: every remainder is equal, the one grosz left goes to the first part.
    assertThat(MoneyAllocator.allocate(pln("100.00"), 1, 1, 1)).containsExactlyElementsOf(pln("33.34", "33.33", "33.33"));
    // 0.01 by 1:0:1: shares 0.005, 0, 0.005; the first of the tied parts gets the grosz.
    assertThat(MoneyAllocator.allocate(pln("0.01"), 1, 0, 1)).containsExactlyElementsOf(pln("0.01", "0.00", "0.00"));
  }

  @Test
  void splitsANegativeAmountRoundingTowardMinusInfinityFirst() {
    // -100.00 / 3: shares -33.333…, floors -33.34 each (sum -100.02), remainders equal, the 2 grosze left go to
    // the first two parts as documented (floor, then largest remainder, earlier first).
    assertThat(MoneyAllocator.allocate(pln("-100.00"), 1, 1, 1))
        .containsExactlyElementsOf(pln("-33.33", "-33.33", "-33.34"));
  }

  @Test
  void zeroWeightsGetZero() {
    assertThat(MoneyAllocator.allocate(pln("10.00"), weights("0", "1", "0", "1")))
        .containsExactlyElementsOf(pln("0.00", "5.00", "0.00", "5.00"));
  }

  @Test
  void negativeWeightsWithANonZeroSumAreAllowed() {
    // 1.00 by 1:1:-1:2 (sum 3): shares 33.33, 33.33, -33.33, 66.67 grosze; floors 33, 33, -34, 66 = 98;
    // the remainders .67 of the third and fourth parts take the 2 grosze left.
    assertThat(MoneyAllocator.allocate(pln("1.00"), weights("1", "1", "-1", "2")))
        .containsExactlyElementsOf(pln("0.33", "0.33", "-0.33", "0.67"));
    // weights summing to a negative total: shares are A·w/W = 3.00·(-1)/(-3) = 1.00 and 2.00.
    assertThat(MoneyAllocator.allocate(pln("3.00"), -1, -2)).containsExactlyElementsOf(pln("1.00", "2.00"));
  }

  @Test
  void decimalWeightsAreUsedExactly() {
    // 0.5 : 0.25 : 0.25 of 0.03 PLN: shares 1.5, 0.75, 0.75 grosze; floors 1, 0, 0; remainders .5, .75, .75
    // → the two .75 parts get the 2 grosze left.
    assertThat(MoneyAllocator.allocate(pln("0.03"), weights("0.5", "0.25", "0.25")))
        .containsExactlyElementsOf(pln("0.01", "0.01", "0.01"));
    assertThat(MoneyAllocator.allocate(pln("0.04"), weights("0.5", "0.25", "0.25")))
        .containsExactlyElementsOf(pln("0.02", "0.01", "0.01"));
  }

  @Test
  void weightsTooLargeForALongTakeTheBigIntegerPath() {
    // 10^30 : 2·10^30 is 1 : 2, so 1.00 splits as 33.33 / 66.67 grosze → 0.33 / 0.67.
    assertThat(MoneyAllocator.allocate(pln("1.00"), weights("1E+30", "2E+30")))
        .containsExactlyElementsOf(pln("0.33", "0.67"));
    // 19 decimals do not fit the long path either.
    assertThat(MoneyAllocator.allocate(pln("1.00"), weights("0.0000000000000000001", "0.0000000000000000002")))
        .containsExactlyElementsOf(pln("0.33", "0.67"));
    // ratios whose sum overflows a long
    assertThat(MoneyAllocator.allocate(pln("1.00"), Long.MAX_VALUE, Long.MAX_VALUE))
        .containsExactlyElementsOf(pln("0.50", "0.50"));
    // amount × weight overflows a long: 10^12 grosze × 10^10
    assertThat(MoneyAllocator.allocate(pln("10000000000.00"), 10_000_000_000L, 30_000_000_000L))
        .containsExactlyElementsOf(pln("2500000000.00", "7500000000.00"));
  }

  @Test
  void ratiosAtTheEdgeOfTheLongRangeAreSplitExactly() {
    // Long.MIN_VALUE cannot be negated in a long: the total -2^63 must still give 1.00 / 0.00.
    assertThat(MoneyAllocator.allocate(pln("1.00"), Long.MIN_VALUE, 0))
        .containsExactlyElementsOf(pln("1.00", "0.00"));
    // 3.00 by (-2^63, 1), total 1 - 2^63: shares 300.000…03 and -0.000…03 grosze; floors 300 and -1; the grosz
    // left goes to the larger remainder (the second part's .99…97) → 3.00 and 0.00.
    List<Money> parts = MoneyAllocator.allocate(pln("3.00"), Long.MIN_VALUE, 1);
    assertThat(Monies.sum(PLN, parts)).isEqualTo(pln("3.00"));
    assertThat(parts).containsExactlyElementsOf(pln("3.00", "0.00"));
  }

  @Test
  void amountsBeyondALongOfMinorUnitsAreSplitExactly() {
    // 10^20 PLN = 10^22 grosze does not fit a long; 1:3 gives 2.5·10^19 and 7.5·10^19.
    assertThat(MoneyAllocator.allocate(pln("100000000000000000000.00"), 1, 3))
        .containsExactlyElementsOf(pln("25000000000000000000.00", "75000000000000000000.00"));
  }

  @Test
  void tenThousandPartsSumExactly() {
    // 1,000.00 PLN by weights 1..10,000 (sum 50,005,000): part i is ⌊100000·i/50005000⌋ or one more.
    List<BigDecimal> w = IntStream.rangeClosed(1, 10_000).mapToObj(BigDecimal::valueOf).collect(Collectors.toList());

    List<Money> parts = MoneyAllocator.allocate(pln("1000.00"), w);

    assertThat(parts).hasSize(10_000);
    assertThat(Monies.sum(PLN, parts)).isEqualTo(pln("1000.00"));
    for (int i = 0; i < parts.size(); i++) {
      long floor = 100_000L * (i + 1) / 50_005_000L;
      assertThat(parts.get(i).getAmountMinorLong()).isBetween(floor, floor + 1);
    }
    // evenly: 100.00 into 10,000 parts is one grosz each
    assertThat(MoneyAllocator.allocateEvenly(pln("100.00"), 10_000)).containsOnly(pln("0.01"));
  }

  @Test
  void allocatesEvenlyWithTheExtraMinorUnitsFirst() {
    assertThat(MoneyAllocator.allocateEvenly(pln("0.05"), 3)).containsExactlyElementsOf(pln("0.02", "0.02", "0.01"));
    assertThat(MoneyAllocator.allocateEvenly(pln("7.00"), 1)).containsExactly(pln("7.00"));
  }

  @Test
  void allocatesInCurrenciesWithOtherScales() {
    // JPY has no minor unit: 100 JPY / 3 = 34, 33, 33; KWD has 3 decimals: 1.000 / 3 = 0.334, 0.333, 0.333.
    assertThat(MoneyAllocator.allocate(Money.ofMajor(CurrencyUnit.JPY, 100), 1, 1, 1))
        .containsExactly(Money.ofMajor(CurrencyUnit.JPY, 34), Money.ofMajor(CurrencyUnit.JPY, 33), Money.ofMajor(CurrencyUnit.JPY, 33));
    CurrencyUnit kwd = CurrencyUnit.of("KWD");
    assertThat(MoneyAllocator.allocate(Money.of(kwd, BigDecimal.ONE), weights("1E+20", "1E+20", "1E+20")))
        .containsExactly(Money.of(kwd, new BigDecimal("0.334")), Money.of(kwd, new BigDecimal("0.333")),
            Money.of(kwd, new BigDecimal("0.333")));
  }

  @Test
  void allocatesByPercentagesThatSumToOneHundred() {
    // 23 % / 77 % of 99.99: shares 22.9977 → 23.00 and 76.9923 → 76.99.
    assertThat(MoneyAllocator.allocateByPercent(pln("99.99"), List.of(Rate.ofPercent("23"), Rate.ofPercent("77"))))
        .containsExactlyElementsOf(pln("23.00", "76.99"));
  }

  @Test
  void rejectsPercentagesThatDoNotSumToOneHundred() {
    assertThatThrownBy(() ->
        MoneyAllocator.allocateByPercent(pln("10.00"), List.of(Rate.ofPercent("23"), Rate.ofPercent("70"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("percentages");
          assertThat(e.value()).hasValue("[23%, 70%]");
          assertThat(e.rule()).isEqualTo("must sum to 100% (they sum to 93%)");
        })
        .hasMessage("percentages = '[23%, 70%]' is invalid: must sum to 100% (they sum to 93%)");
  }

  @Test
  void rejectsWeightsSummingToZeroNamingThem() {
    assertThatThrownBy(() -> MoneyAllocator.allocate(pln("10.00"), weights("1.5", "-1.5")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("weights");
          assertThat(e.value()).hasValue("[1.5, -1.5]");
          assertThat(e.rule()).isEqualTo("must not sum to zero");
        })
        .hasMessage("weights = '[1.5, -1.5]' is invalid: must not sum to zero");
    assertThatThrownBy(() -> MoneyAllocator.allocate(pln("10.00"), weights("0", "0")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not sum to zero");
    assertThatThrownBy(() -> MoneyAllocator.allocate(pln("10.00"), weights("1E+30", "-1E+30")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not sum to zero");
  }

  @Test
  void rejectsEmptyAndNullInput() {
    assertThatThrownBy(() -> MoneyAllocator.allocate(pln("1.00"), Collections.<BigDecimal>emptyList()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("weights"))
        .hasMessage("weights = '[]' is invalid: must contain at least one weight");
    assertThatThrownBy(() -> MoneyAllocator.allocate(pln("1.00"), new long[0]))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("ratios"));
    assertThatThrownBy(() -> MoneyAllocator.allocateEvenly(pln("1.00"), 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("parts");
          assertThat(e.value()).hasValue("0");
        });
    List<BigDecimal> withNull = new ArrayList<>(weights("1"));
    withNull.add(null);
    assertThatThrownBy(() -> MoneyAllocator.allocate(pln("1.00"), withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("weights[1] must not be null");
    assertThatThrownBy(() -> MoneyAllocator.allocate(null, weights("1")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount must not be null");
  }
}
