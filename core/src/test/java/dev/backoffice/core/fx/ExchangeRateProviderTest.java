package dev.backoffice.core.fx;

import static dev.backoffice.core.money.Monies.EUR;
import static dev.backoffice.core.money.Monies.PLN;
import static dev.backoffice.core.money.Monies.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangeRateProviderTest {
  // January 2025: the 16th is a Thursday, the 17th a Friday, the 18th–19th a weekend, the 20th a Monday.
  private static final LocalDate THU = LocalDate.of(2025, 1, 16);
  private static final LocalDate FRI = LocalDate.of(2025, 1, 17);
  private static final LocalDate SAT = LocalDate.of(2025, 1, 18);
  private static final LocalDate SUN = LocalDate.of(2025, 1, 19);
  private static final LocalDate MON = LocalDate.of(2025, 1, 20);

  private static final ExchangeRate THU_RATE = ExchangeRate.of("EUR", "PLN", "4.2200", THU, "TEST 011");
  private static final ExchangeRate FRI_RATE = ExchangeRate.of("EUR", "PLN", "4.2150", FRI, "TEST 012");
  private static final ExchangeRate MON_RATE = ExchangeRate.of("EUR", "PLN", "4.2300", MON, "TEST 013");
  private static final InMemoryExchangeRateProvider NBP = InMemoryExchangeRateProvider.of(THU_RATE, FRI_RATE, MON_RATE);

  @Test
  void exactDateFindsOnlyThatDay() {
    assertThat(NBP.rate(EUR, PLN, FRI, RateLookup.EXACT_DATE)).isEqualTo(FRI_RATE);
    assertThat(NBP.find(EUR, PLN, FRI)).contains(FRI_RATE);
    assertThat(NBP.find(EUR, PLN, SAT)).isEmpty();
    assertThat(NBP.find(PLN, EUR, FRI)).as("find never inverts").isEmpty();
  }

  @Test
  void aMissingRateNamesPairDateAndLookup() {
    assertThatThrownBy(() -> NBP.rate(EUR, PLN, SAT, RateLookup.EXACT_DATE))
        .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
          assertThat(e.base()).isEqualTo(EUR);
          assertThat(e.counter()).isEqualTo(PLN);
          assertThat(e.date()).isEqualTo(SAT);
          assertThat(e.lookup()).isEqualTo(RateLookup.EXACT_DATE);
          assertThat(e.kind()).isEqualTo("exchange rate");
          assertThat(e.id()).isEqualTo("EUR/PLN@2025-01-18");
        })
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no exchange rate EUR/PLN for 2025-01-18 (lookup EXACT_DATE)");
    assertThatThrownBy(() -> NBP.rate(USD, PLN, FRI, RateLookup.ON_OR_BEFORE))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("no exchange rate USD/PLN for 2025-01-17 (lookup ON_OR_BEFORE)");
  }

  @Test
  void onOrBeforeTakesTheLastTableOverAWeekend() {
    assertThat(NBP.rate(EUR, PLN, SAT, RateLookup.ON_OR_BEFORE)).isEqualTo(FRI_RATE);
    assertThat(NBP.rate(EUR, PLN, SUN, RateLookup.ON_OR_BEFORE)).isEqualTo(FRI_RATE);
    assertThat(NBP.rate(EUR, PLN, FRI, RateLookup.ON_OR_BEFORE)).isEqualTo(FRI_RATE);
    assertThat(NBP.rate(EUR, PLN, MON, RateLookup.ON_OR_BEFORE)).isEqualTo(MON_RATE);
  }

  @Test
  void previousBusinessDayExcludesTheDayItself() {
    // art. 11a ust. 1 ustawy o PIT: the rate of the last business day before the day of the event
    assertThat(NBP.rate(EUR, PLN, MON, RateLookup.PREVIOUS_BUSINESS_DAY)).isEqualTo(FRI_RATE);
    assertThat(NBP.rate(EUR, PLN, SUN, RateLookup.PREVIOUS_BUSINESS_DAY)).isEqualTo(FRI_RATE);
    assertThat(NBP.rate(EUR, PLN, FRI, RateLookup.PREVIOUS_BUSINESS_DAY)).isEqualTo(THU_RATE);
    assertThatThrownBy(() -> NBP.rate(EUR, PLN, THU, RateLookup.PREVIOUS_BUSINESS_DAY))
        .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
          assertThat(e.date()).isEqualTo(THU);
          assertThat(e.lookup()).isEqualTo(RateLookup.PREVIOUS_BUSINESS_DAY);
        });
  }

  @Test
  void looksBackTenDaysAtMost() {
    // ON_OR_BEFORE looks at the day and the 9 before it; PREVIOUS_BUSINESS_DAY at the 10 days before the day.
    ExchangeRateProvider one = InMemoryExchangeRateProvider.of(FRI_RATE);
    assertThat(ExchangeRateProvider.MAX_LOOKBACK_DAYS).isEqualTo(10);
    assertThat(one.rate(EUR, PLN, FRI.plusDays(9), RateLookup.ON_OR_BEFORE)).isEqualTo(FRI_RATE);
    assertThatThrownBy(() -> one.rate(EUR, PLN, FRI.plusDays(10), RateLookup.ON_OR_BEFORE))
        .isInstanceOf(MissingExchangeRateException.class);
    assertThat(one.rate(EUR, PLN, FRI.plusDays(10), RateLookup.PREVIOUS_BUSINESS_DAY)).isEqualTo(FRI_RATE);
    assertThatThrownBy(() -> one.rate(EUR, PLN, FRI.plusDays(11), RateLookup.PREVIOUS_BUSINESS_DAY))
        .isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void aStoredInversePairAnswersInverted() {
    ExchangeRate plnEur = ExchangeRate.of("PLN", "EUR", "0.25", FRI, "TEST");
    ExchangeRateProvider provider = InMemoryExchangeRateProvider.of(plnEur);

    ExchangeRate eurPln = provider.rate(EUR, PLN, SUN, RateLookup.ON_OR_BEFORE);

    assertThat(eurPln.base()).isEqualTo(EUR);
    assertThat(eurPln.counter()).isEqualTo(PLN);
    assertThat(eurPln.rate()).isEqualByComparingTo("4"); // 1 / 0.25
    assertThat(eurPln.effectiveDate()).isEqualTo(FRI);
    assertThat(eurPln.source()).isEqualTo("inverse of TEST");
  }

  @Test
  void aDirectRateOfALaterDayWinsOverAnOlderOne() {
    // the latest day answers, whether its rate is stored directly or inverted
    ExchangeRate plnEurMon = ExchangeRate.of("PLN", "EUR", "0.25", MON, "TEST");
    ExchangeRateProvider provider = NBP.with(plnEurMon);

    assertThat(provider.rate(EUR, PLN, MON, RateLookup.ON_OR_BEFORE)).isEqualTo(MON_RATE);
    assertThat(provider.rate(PLN, EUR, MON, RateLookup.ON_OR_BEFORE)).isEqualTo(plnEurMon);
    assertThat(provider.rate(PLN, EUR, SUN, RateLookup.ON_OR_BEFORE).rate())
        .isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("4.2150"), ExchangeRate.PRECISION));
  }

  @Test
  void addingARateMakesANewProvider() {
    ExchangeRate usd = ExchangeRate.of("USD", "PLN", "3.9000", FRI, "TEST");

    InMemoryExchangeRateProvider more = NBP.with(usd);

    assertThat(more.find(USD, PLN, FRI)).contains(usd);
    assertThat(NBP.find(USD, PLN, FRI)).isEmpty();
  }

  @Test
  void refusesTwoDifferentRatesForOnePairAndDay() {
    ExchangeRate other = ExchangeRate.of("EUR", "PLN", "4.3000", FRI, "OTHER");

    assertThatThrownBy(() -> NBP.with(other))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.subject()).isEqualTo("exchange rate EUR/PLN@2025-01-17");
          assertThat(e.reason()).isEqualTo("given twice: 4.2150 and 4.3000");
        })
        .hasMessage("exchange rate EUR/PLN@2025-01-17: given twice: 4.2150 and 4.3000");
    assertThat(InMemoryExchangeRateProvider.of(FRI_RATE, FRI_RATE).find(EUR, PLN, FRI)).contains(FRI_RATE);
  }

  @Test
  void theSameFigureWrittenDifferentlyIsNotAConflict() {
    ExchangeRate shorter = ExchangeRate.of("EUR", "PLN", "4.215", FRI, "another copy of the table");

    assertThat(NBP.with(shorter).find(EUR, PLN, FRI)).contains(FRI_RATE);
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> NBP.rate(EUR, PLN, FRI, null))
        .isInstanceOf(NullPointerException.class).hasMessage("lookup must not be null");
    assertThatThrownBy(() -> NBP.rate(EUR, PLN, null, RateLookup.EXACT_DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    assertThatThrownBy(() -> NBP.rate(null, PLN, FRI, RateLookup.EXACT_DATE))
        .isInstanceOf(NullPointerException.class).hasMessage("base must not be null");
    assertThatThrownBy(() -> InMemoryExchangeRateProvider.of(FRI_RATE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rate must not be null");
  }
}
