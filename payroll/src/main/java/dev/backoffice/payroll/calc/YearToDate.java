package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The year-to-date state of one contract at one payer before a month is calculated: the cumulative figures
 * that annual limits depend on. The calculator keeps no hidden state: the caller passes this snapshot, built
 * from the earlier payslips of the year ({@link #of(int, Iterable)}, {@link #plus(Payslip)}) or from its own
 * records ({@link #builder()}).
 *
 * <ul>
 *   <li>{@link #pensionDisabilityBase()} — the pension and disability contribution base charged so far; the
 *       annual 30× cap limits it;
 *   <li>{@link #taxBase()} — the sum of monthly tax bases taxed on the scale; the month that crosses 120,000 zł
 *       is taxed 12 %/32 %;
 *   <li>{@link #exemptRevenue()} — revenue exempted by the youth/return/family/senior reliefs (limit 85,528 zł);
 *   <li>{@link #authorCosts()} — author's 50 % costs deducted so far (limit 120,000 zł).
 * </ul>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class YearToDate {
  /** The tax year. */
  public abstract int year();

  /** The last month included, 0 when nothing has been paid yet this year. */
  @Value.Default
  public int throughMonth() {
    return 0;
  }

  /** Cumulative pension and disability contribution base charged (after the 30× cap), PLN. */
  @Value.Default
  public Money pensionDisabilityBase() {
    return Money.zero(Monies.PLN);
  }

  /** Cumulative tax base taxed on the scale, PLN (whole złoty). */
  @Value.Default
  public Money taxBase() {
    return Money.zero(Monies.PLN);
  }

  /** Cumulative revenue exempted by the zero-PIT reliefs, PLN. */
  @Value.Default
  public Money exemptRevenue() {
    return Money.zero(Monies.PLN);
  }

  /** Cumulative author's 50 % costs, PLN. */
  @Value.Default
  public Money authorCosts() {
    return Money.zero(Monies.PLN);
  }

  /**
   * Cumulative employment costs of income (250/300 zł a month), PLN: the yearly caps of art. 22 ust. 2 ustawy o
   * PIT (3,000 zł, 4,500 zł with several contracts; 3,600 zł and 5,400 zł elevated) limit them.
   */
  @Value.Default
  public Money employmentCosts() {
    return Money.zero(Monies.PLN);
  }

  /**
   * Nothing paid yet in the year.
   *
   * @param year the tax year
   * @return the empty state
   */
  public static YearToDate empty(int year) {
    return ImmutableYearToDate.builder().year(year).build();
  }

  /**
   * The state after the given payslips of the year (in any order).
   *
   * @param year the tax year
   * @param earlier the payslips of earlier months of that year, one per month
   * @return the state
   * @throws dev.backoffice.core.error.ValidationException if a payslip is of another year or two are of the same month
   */
  public static YearToDate of(int year, Iterable<Payslip> earlier) {
    Checks.notNull(earlier, "earlier");
    boolean[] seen = new boolean[13];
    YearToDate ytd = empty(year);
    int through = 0;
    for (Payslip p : earlier) {
      Checks.check(p.year() == year, p.subject(), "year", p.year(), "must be " + year + " like the month calculated");
      Checks.check(!seen[p.month()], p.subject(), "month", p.month(), "must appear once among the earlier payslips");
      seen[p.month()] = true;
      ytd = ytd.add(p);
      through = Math.max(through, p.month());
    }
    return ImmutableYearToDate.copyOf(ytd).withThroughMonth(through);
  }

  /**
   * A builder, for a snapshot from the payer's own records.
   *
   * @return a new builder
   */
  public static ImmutableYearToDate.Builder builder() {
    return ImmutableYearToDate.builder();
  }

  /**
   * The state after one more payslip, which must be of a later month of the same year.
   *
   * @param payslip the next month's payslip
   * @return the new state
   * @throws dev.backoffice.core.error.ValidationException if the payslip is of another year or not later
   */
  public YearToDate plus(Payslip payslip) {
    Checks.check(payslip.year() == year(), payslip.subject(), "year", payslip.year(), "must be " + year());
    Checks.check(payslip.month() > throughMonth(), payslip.subject(), "month", payslip.month(),
        "must come after month " + throughMonth() + " already counted");
    return ImmutableYearToDate.copyOf(add(payslip)).withThroughMonth(payslip.month());
  }

  private YearToDate add(Payslip p) {
    return ImmutableYearToDate.builder()
        .year(year())
        .throughMonth(throughMonth())
        .pensionDisabilityBase(pensionDisabilityBase().plus(p.pensionDisabilityBase()))
        .taxBase(p.flatTax() ? taxBase() : taxBase().plus(p.taxBase()))
        .exemptRevenue(exemptRevenue().plus(p.exemptRevenue()))
        .authorCosts(authorCosts().plus(p.authorCosts()))
        .employmentCosts(p.contract() == ContractType.EMPLOYMENT && !p.flatTax() ? employmentCosts().plus(p.costsOfIncome()) : employmentCosts())
        .build();
  }

  @Value.Check
  void check() {
    if (throughMonth() < 0 || throughMonth() > 12) {
      throw new ValidationException("yearToDate " + year(), "throughMonth", throughMonth(), "must be 0 to 12");
    }
    check("pensionDisabilityBase", pensionDisabilityBase());
    check("taxBase", taxBase());
    check("exemptRevenue", exemptRevenue());
    check("authorCosts", authorCosts());
    check("employmentCosts", employmentCosts());
  }

  private void check(String field, Money m) {
    if (!m.getCurrencyUnit().equals(Monies.PLN) || m.getAmount().signum() < 0) {
      throw new ValidationException("yearToDate " + year(), field, m, "must be a non-negative amount in PLN");
    }
  }
}
