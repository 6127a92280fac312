package dev.backoffice.ledger.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LatePaymentInterestTest {
  final LatePaymentInterest statutory = LatePaymentInterest.with(LatePaymentRates.statutory());

  @Test
  void across_the_new_year_the_rate_changes() {
    // 10,000.00 PLN due 2023-12-20, paid 2024-01-10:
    //   2023-12-21..31: 11 days at 16.75 % (6.75 + 10): 10000 * 0.1675 * 11 / 365 = 18425 / 365 = 50.4794...
    //   2024-01-01..10: 10 days at 15.75 % (5.75 + 10): 10000 * 0.1575 * 10 / 365 = 15750 / 365 = 43.1506...
    //   total 93.6301... -> 93.63
    InterestNote note = statutory.compute(Money.parse("PLN 10000.00"), LocalDate.of(2023, 12, 20),
        LocalDate.of(2024, 1, 10));
    assertThat(note.parts()).hasSize(2);
    assertThat(note.parts().get(0).days()).isEqualTo(11);
    assertThat(note.parts().get(0).rate().rate()).isEqualTo(Rate.ofPercent("16.75"));
    assertThat(note.parts().get(0).interest()).isEqualTo(Money.parse("PLN 50.48"));
    assertThat(note.parts().get(1).days()).isEqualTo(10);
    assertThat(note.parts().get(1).interest()).isEqualTo(Money.parse("PLN 43.15"));
    assertThat(note.days()).isEqualTo(21);
    assertThat(note.total()).isEqualTo(Money.parse("PLN 93.63"));
  }

  @Test
  void the_rate_does_not_follow_the_councils_mid_half_year_cut() {
    // the reference rate fell to 5.75 % on 2023-10-05; the commercial rate stays 16.75 % to 2023-12-31
    assertThat(LatePaymentRates.statutory().on(LocalDate.of(2023, 10, 20)).rate()).isEqualTo(Rate.ofPercent("16.75"));
    // 1,230.00 due 2023-10-01, paid 2023-10-31: 30 days * 1230 * 0.1675 / 365 = 6180.75 / 365 = 16.9335... -> 16.93
    assertThat(statutory.compute(Money.parse("PLN 1230.00"), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31))
        .total()).isEqualTo(Money.parse("PLN 16.93"));
  }

  @Test
  void a_public_medical_debtor_pays_two_points_less_since_2020() {
    // 10,000.00 due 2023-07-01 paid 2023-07-31: 30 days at 14.75 %: 44250 / 365 = 121.2328... -> 121.23
    InterestNote note = LatePaymentInterest.with(LatePaymentRates.statutoryPublicMedicalDebtor())
        .compute(Money.parse("PLN 10000.00"), LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31));
    assertThat(note.total()).isEqualTo(Money.parse("PLN 121.23"));
    assertThat(LatePaymentRates.statutoryPublicMedicalDebtor().on(LocalDate.of(2019, 3, 1)).rate())
        .isEqualTo(Rate.ofPercent("9.50"));
  }

  @Test
  void the_published_announcements_are_in_the_table() {
    LatePaymentRates table = LatePaymentRates.statutory();
    assertThat(table.on(LocalDate.of(2016, 1, 1)).rate()).isEqualTo(Rate.ofPercent("9.50")); // M.P. 2016 poz. 43
    assertThat(table.on(LocalDate.of(2021, 6, 30)).rate()).isEqualTo(Rate.ofPercent("10.10")); // M.P. 2020 poz. 1212
    assertThat(table.on(LocalDate.of(2024, 12, 31)).rate()).isEqualTo(Rate.ofPercent("15.75"));
    assertThat(LatePaymentRates.statutoryPublicMedicalDebtor().on(LocalDate.of(2021, 1, 1)).rate())
        .isEqualTo(Rate.ofPercent("8.10")); // M.P. 2020 poz. 1212
  }

  @Test
  void the_first_half_of_2026_follows_the_reference_rate_of_1_january() {
    // the NBP reference rate was 4.00 % from 2025-12-04 (cut on 2025-12-03) to 2026-03-04: 4.00 + 10 = 14.00 %;
    // the cut to 3.75 % on 2026-03-05 does not move the commercial rate before 1 July
    assertThat(LatePaymentRates.statutory().on(LocalDate.of(2026, 1, 1)).rate()).isEqualTo(Rate.ofPercent("14.00"));
    assertThat(LatePaymentRates.statutory().on(LocalDate.of(2026, 6, 30)).rate()).isEqualTo(Rate.ofPercent("14.00"));
    assertThat(LatePaymentRates.statutoryPublicMedicalDebtor().on(LocalDate.of(2026, 3, 10)).rate())
        .isEqualTo(Rate.ofPercent("12.00"));
    // 5,000.00 due 2025-12-15, paid 2026-01-14:
    //   2025-12-16..31: 16 days at 15.25 %: 5000 * 0.1525 * 16 / 365 = 12200 / 365 = 33.4246...
    //   2026-01-01..14: 14 days at 14.00 %: 5000 * 0.14 * 14 / 365 = 9800 / 365 = 26.8493...
    //   total 60.2739... -> 60.27 (the exact parts added, rounded once)
    InterestNote note = statutory.compute(Money.parse("PLN 5000.00"), LocalDate.of(2025, 12, 15),
        LocalDate.of(2026, 1, 14));
    assertThat(note.parts()).extracting(InterestNote.Part::days).containsExactly(16L, 14L);
    assertThat(note.parts().get(1).interest()).isEqualTo(Money.parse("PLN 26.85"));
    assertThat(note.days()).isEqualTo(30);
    assertThat(note.total()).isEqualTo(Money.parse("PLN 60.27"));
  }

  @Test
  void dates_the_table_does_not_cover_and_bad_input_are_refused() {
    assertThatThrownBy(() -> statutory.compute(Money.parse("PLN 100.00"), LocalDate.of(2026, 6, 20),
        LocalDate.of(2026, 7, 5)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("late-payment rates: date = '2026-07-01' is invalid: must fall between 2016-01-01 and 2026-06-30, "
            + "the days the table has announced rates for");
    assertThatThrownBy(() -> statutory.compute(Money.parse("PLN 100.00"), LocalDate.of(2025, 1, 20),
        LocalDate.of(2025, 1, 20))).hasMessageContaining("paidDate = '2025-01-20' is invalid: must be after");
    assertThatThrownBy(() -> LatePaymentRates.of(List.of(
        LatePaymentRate.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "10", "a"),
        LatePaymentRate.of(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 12, 31), "10", "b"))))
        .hasMessageContaining("rates[1].firstDay = '2025-07-02' is invalid: must be the day after 2025-06-30");
  }
}
