package dev.backoffice.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.CoreArbitraries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/** Parsing reads back what formatting writes, in every supported locale; sums are exact. */
class MoniesProperties {
  private static final BigDecimal HUGE = new BigDecimal("100000000000000000000");

  @Provide
  Arbitrary<Money> amounts() {
    return Arbitraries.oneOf(
        CoreArbitraries.anyMoney(),
        CoreArbitraries.money(Monies.PLN, HUGE.negate(), HUGE));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Monies.POLISH, Locale.forLanguageTag("en-US"), Locale.forLanguageTag("en-GB"));
  }

  @Property
  void parsingReadsBackWhatFormattingWrites(@ForAll("amounts") Money money, @ForAll("locales") Locale locale) {
    String text = Monies.format(money, locale);

    assertThat(Monies.parse(text, locale)).as(text).isEqualTo(money);
  }

  @Property
  void polishGroupingMayUseAnyOfTheThreeSpaces(
      @ForAll("amounts") Money money, @ForAll("spaces") char space) {
    // Polish writes thousands with a space; CLDR uses U+00A0, typography U+202F.
    String text = Monies.format(money, Monies.POLISH).replace(' ', space);

    assertThat(Monies.parse(text, Monies.POLISH)).isEqualTo(money);
  }

  @Provide
  Arbitrary<Character> spaces() {
    return Arbitraries.of(' ', '\u00A0', '\u202F');
  }

  @Property
  void sumEqualsAddingOneByOne(@ForAll("pln") List<Money> amounts) {
    Money expected = amounts.stream().reduce(Money.zero(Monies.PLN), Money::plus);

    assertThat(Monies.sum(Monies.PLN, amounts)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<Money>> pln() {
    return Arbitraries.oneOf(
            CoreArbitraries.plnMoney(),
            CoreArbitraries.money(Monies.PLN, HUGE.negate(), HUGE),
            Arbitraries.of(Money.ofMinor(Monies.PLN, Long.MAX_VALUE), Money.ofMinor(Monies.PLN, Long.MIN_VALUE + 1)))
        .list().ofMaxSize(30);
  }
}
