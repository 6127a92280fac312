package dev.backoffice.ledger.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class LatePaymentInterestProperties {
  static final LocalDate FIRST = LocalDate.of(2016, 1, 1);

  /** The note equals interest summed day by day (each day: principal * rate that day / 365), rounded once. */
  @Property(tries = 200)
  void the_note_is_the_sum_of_its_days(@ForAll @IntRange(min = 0, max = 3400) int start,
      @ForAll @IntRange(min = 1, max = 250) int length, @ForAll @IntRange(min = 1, max = 100_000_000) int grosze) {
    LocalDate due = FIRST.plusDays(start);
    LocalDate paid = due.plusDays(length);
    Money principal = Money.ofMinor(CurrencyUnit.of("PLN"), grosze);
    LatePaymentRates rates = LatePaymentRates.statutory();
    BigDecimal exact = BigDecimal.ZERO;
    for (LocalDate d = due.plusDays(1); !d.isAfter(paid); d = d.plusDays(1)) {
      exact = exact.add(principal.getAmount().multiply(rates.on(d).rate().fraction())
          .divide(BigDecimal.valueOf(365), 20, RoundingMode.HALF_UP));
    }
    InterestNote note = LatePaymentInterest.with(rates).compute(principal, due, paid);
    assertThat(note.days()).isEqualTo(length);
    assertThat(note.total()).isEqualTo(Money.of(principal.getCurrencyUnit(), exact, RoundingMode.HALF_UP));
  }
}
