package dev.backoffice.ledger.interest;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.util.List;

/**
 * A table of late-payment rates without gaps or overlaps.
 *
 * <p>The statutory rate for commercial transactions is the NBP reference rate in force on 1 January (for the first
 * half-year) or 1 July (for the second) plus 8 percentage points until 31 December 2019, and since 1 January 2020
 * plus 10 points, or plus 8 where the debtor is a public entity that is a medical entity (art. 4 pkt 3 and art. 11b
 * of the act of 8 March 2013, as amended by the act of 19 July 2019, Dz.U. 2019 poz. 1649). So the rate changes only
 * on 1 January and 1 July, never on the day the Monetary Policy Council changes the reference rate. The minister
 * announces it in Monitor Polski (art. 11c).
 *
 * <p>{@link #statutory()} and {@link #statutoryPublicMedicalDebtor()} hold the half-years from 2016 to the first
 * of 2026; each row names its announcement where one was checked, else the reference rate it is derived from.
 * Dates after the last row are refused rather than guessed: add the new announcement with {@link #of(List)}.
 */
public final class LatePaymentRates {
  private static final String NBP = "NBP reference rate on ";

  private final ImmutableList<LatePaymentRate> rates;

  private LatePaymentRates(ImmutableList<LatePaymentRate> rates) {
    this.rates = rates;
  }

  /**
   * A table of the caller's rates.
   *
   * @param rates rates in date order, each starting the day after the previous one ends
   * @return the table
   * @throws ValidationException if the rates overlap, leave a gap or are empty
   */
  public static LatePaymentRates of(List<LatePaymentRate> rates) {
    Checks.check(!rates.isEmpty(), "rates", "[]", "must hold at least one rate");
    for (int i = 1; i < rates.size(); i++) {
      Checks.check(rates.get(i).firstDay().equals(rates.get(i - 1).lastDay().plusDays(1)), "late-payment rates",
          "rates[" + i + "].firstDay", rates.get(i).firstDay(), "must be the day after " + rates.get(i - 1).lastDay());
    }
    return new LatePaymentRates(ImmutableList.copyOf(rates));
  }

  /** The rates, in date order. */
  public ImmutableList<LatePaymentRate> rates() {
    return rates;
  }

  /**
   * The rate on a day.
   *
   * @param day the day
   * @return the rate in force
   * @throws ValidationException if the table does not cover the day
   */
  public LatePaymentRate on(LocalDate day) {
    for (LatePaymentRate r : rates) {
      if (!day.isBefore(r.firstDay()) && !day.isAfter(r.lastDay())) {
        return r;
      }
    }
    throw new ValidationException("late-payment rates", "date", day, "must fall between " + rates.get(0).firstDay()
        + " and " + rates.get(rates.size() - 1).lastDay() + ", the days the table has announced rates for");
  }

  /**
   * Statutory interest for commercial transactions where the debtor is not a public medical entity.
   *
   * @return the table 2016-01-01 to 2026-06-30
   */
  public static LatePaymentRates statutory() {
    return of(List.of(
        half(2016, 1, "9.50", "M.P. 2016 poz. 43"),
        half(2016, 2, "9.50", "M.P. 2016 poz. 601"),
        half(2017, 1, "9.50", "M.P. 2017 poz. 10"),
        half(2017, 2, "9.50", "M.P. 2017 poz. 686"),
        half(2018, 1, "9.50", "M.P. 2018 poz. 139"),
        half(2018, 2, "9.50", NBP + "2018-07-01 1.50 % + 8"),
        half(2019, 1, "9.50", "M.P. 2019 poz. 42"),
        half(2019, 2, "9.50", "M.P. 2019 poz. 671"),
        half(2020, 1, "11.50", NBP + "2020-01-01 1.50 % + 10"),
        half(2020, 2, "10.10", NBP + "2020-07-01 0.10 % + 10"),
        half(2021, 1, "10.10", "M.P. 2020 poz. 1212"),
        half(2021, 2, "10.10", NBP + "2021-07-01 0.10 % + 10"),
        half(2022, 1, "11.75", NBP + "2022-01-01 1.75 % + 10"),
        half(2022, 2, "16.00", NBP + "2022-07-01 6.00 % + 10"),
        half(2023, 1, "16.75", NBP + "2023-01-01 6.75 % + 10"),
        half(2023, 2, "16.75", NBP + "2023-07-01 6.75 % + 10"),
        half(2024, 1, "15.75", NBP + "2024-01-01 5.75 % + 10"),
        half(2024, 2, "15.75", "announcement for 2024-07-01..2024-12-31 (5.75 % + 10)"),
        half(2025, 1, "15.75", NBP + "2025-01-01 5.75 % + 10"),
        half(2025, 2, "15.25", NBP + "2025-07-01 5.25 % + 10"),
        half(2026, 1, "14.00", NBP + "2026-01-01 4.00 % (in force since 2025-12-04) + 10")));
  }

  /**
   * Statutory interest for commercial transactions where the debtor is a public entity that is a medical entity
   * (reference rate + 8 points since 2020; the same as {@link #statutory()} before).
   *
   * @return the table 2016-01-01 to 2026-06-30
   */
  public static LatePaymentRates statutoryPublicMedicalDebtor() {
    ImmutableList.Builder<LatePaymentRate> out = ImmutableList.builder();
    for (LatePaymentRate r : statutory().rates()) {
      if (r.firstDay().getYear() < 2020) {
        out.add(r);
      } else {
        String percent = r.rate().percent().subtract(java.math.BigDecimal.valueOf(2)).toPlainString();
        out.add(LatePaymentRate.of(r.firstDay(), r.lastDay(), percent, r.source().replace("+ 10", "+ 8")
            + " (public medical debtor: 2 points less)"));
      }
    }
    return of(out.build());
  }

  private static LatePaymentRate half(int year, int half, String percent, String source) {
    LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return LatePaymentRate.of(from, from.plusMonths(6).minusDays(1), percent, source);
  }
}
