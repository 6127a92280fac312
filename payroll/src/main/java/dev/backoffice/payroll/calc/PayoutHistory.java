package dev.backoffice.payroll.calc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The payouts already made to one person at one payer, under all its contracts, in payment order: the state the
 * next payout depends on. Every annual limit is summed over the payouts <em>paid</em> in the tax year (art. 11
 * ust. 1 ustawy o PIT), whatever period they pay for: the 30× cap (art. 19 ust. 1 ustawy o systemie ubezpieczeń
 * społecznych), the 120,000 zł threshold of the employment advances (art. 32 ust. 1), the 85,528 zł limit of
 * the zero-PIT reliefs, the author's-costs limit and the yearly caps of the employment costs (art. 22 ust. 2).
 * The payouts paid in the same month as the next one decide what it still owes in that month: contributions
 * on the month's summed base, the monthly employment costs and the PIT-2 reduction once a month.
 *
 * <p>The calculator keeps no state: the caller keeps the history (or rebuilds it from its records) and passes
 * it with the next payout; {@link #plus(PayoutResult)} appends a result.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class PayoutHistory {
  /** The person's identifier. */
  public abstract String employeeId();

  /** The computed payouts, in payment-date order. */
  public abstract ImmutableList<PayoutResult> results();

  /**
   * No payouts yet.
   *
   * @param employeeId the person's identifier
   * @return the empty history
   */
  public static PayoutHistory empty(String employeeId) {
    return ImmutablePayoutHistory.builder().employeeId(employeeId).build();
  }

  /**
   * A history of earlier results.
   *
   * @param employeeId the person's identifier
   * @param results the results, in payment-date order
   * @return the history
   * @throws dev.backoffice.core.error.ValidationException if a result is another person's or out of order
   */
  public static PayoutHistory of(String employeeId, Iterable<PayoutResult> results) {
    return ImmutablePayoutHistory.builder().employeeId(employeeId).addAllResults(results).build();
  }

  /**
   * The history with one more result, paid on or after the last one.
   *
   * @param result the next result
   * @return the new history; this one is unchanged
   */
  public PayoutHistory plus(PayoutResult result) {
    return ImmutablePayoutHistory.builder().from(this).addResults(result).build();
  }

  /** The payment date of the last result, if any. */
  public Optional<LocalDate> lastPaymentDate() {
    return results().isEmpty() ? Optional.empty() : Optional.of(results().get(results().size() - 1).paymentDate());
  }

  /**
   * The results paid in a month.
   *
   * @param month the payment month
   * @return those results, in payment order
   */
  public ImmutableList<PayoutResult> paidIn(YearMonth month) {
    ImmutableList.Builder<PayoutResult> out = ImmutableList.builder();
    for (PayoutResult r : results()) {
      if (r.paymentMonth().equals(month)) {
        out.add(r);
      }
    }
    return out.build();
  }

  /**
   * The results paid in a tax year.
   *
   * @param taxYear the year of payment
   * @return those results, in payment order
   */
  public ImmutableList<PayoutResult> paidIn(int taxYear) {
    ImmutableList.Builder<PayoutResult> out = ImmutableList.builder();
    for (PayoutResult r : results()) {
      if (r.taxYear() == taxYear) {
        out.add(r);
      }
    }
    return out.build();
  }

  /**
   * The person's year-to-date state of a tax year: the sums over the payouts paid in it, under all contracts.
   * The tax base sums the employment payouts only (the threshold of art. 32 ust. 1 concerns them).
   *
   * @param taxYear the year of payment
   * @return the state; {@link YearToDate#throughMonth()} is the last payment month of the year, 0 if none
   */
  public YearToDate yearToDate(int taxYear) {
    long pd = 0;
    long tax = 0;
    long exempt = 0;
    long author = 0;
    long costs = 0;
    int through = 0;
    for (PayoutResult r : results()) {
      if (r.taxYear() != taxYear) {
        continue;
      }
      Payslip p = r.payslip();
      pd += MoneyCache.minor(p.pensionDisabilityBase());
      if (p.contract() == ContractType.EMPLOYMENT && !p.flatTax()) {
        tax += MoneyCache.minor(p.taxBase());
        costs += MoneyCache.minor(p.costsOfIncome());
      }
      exempt += MoneyCache.minor(p.exemptRevenue());
      author += MoneyCache.minor(p.authorCosts());
      through = Math.max(through, r.paymentMonth().getMonthValue());
    }
    MoneyCache pln = new MoneyCache();
    return YearToDate.builder().year(taxYear).throughMonth(through).pensionDisabilityBase(pln.of(pd)).taxBase(pln.of(tax))
        .exemptRevenue(pln.of(exempt)).authorCosts(pln.of(author)).employmentCosts(pln.of(costs)).build();
  }

  /** What the payouts paid earlier in the payout's payment month already charged, and the year's state. */
  MonthSoFar monthSoFar(Payout next) {
    YearMonth month = next.paymentMonth();
    YearMonth previous = month.minusMonths(1);
    String contract = next.contractId();
    MonthSoFar m = new MonthSoFar();
    Set<String> employment = new HashSet<>();
    if (next.terms().contract() == ContractType.EMPLOYMENT) {
      employment.add(contract);
    }
    for (PayoutResult r : results()) {
      Payslip p = r.payslip();
      boolean same = r.contractId().equals(contract);
      if (r.taxYear() == next.taxYear() && r.contract() == ContractType.EMPLOYMENT) {
        employment.add(r.contractId());
      }
      if (same && r.paymentMonth().equals(previous) && r.payout().terms().ppkRevenueTiming() == PpkRevenueTiming.WHEN_PAID_TO_FUND) {
        m.ppkToFund += MoneyCache.minor(p.employerPpk());
      }
      if (!r.paymentMonth().equals(month)) {
        continue;
      }
      m.reductionUsed += MoneyCache.minor(p.taxReductionApplied());
      if (!same) {
        m.otherBase += MoneyCache.minor(p.contributionBase());
        continue;
      }
      m.payouts++;
      m.base += MoneyCache.minor(p.contributionBase());
      m.pdBase += MoneyCache.minor(p.pensionDisabilityBase());
      m.fullMonthBase += MoneyCache.minor(p.fullMonthBase());
      m.healthBase += MoneyCache.minor(p.healthBase());
      m.eePension += MoneyCache.minor(p.employeePension());
      m.eeDisability += MoneyCache.minor(p.employeeDisability());
      m.eeSickness += MoneyCache.minor(p.employeeSickness());
      m.health += MoneyCache.minor(p.healthInsurance());
      m.erPension += MoneyCache.minor(p.employerPension());
      m.erDisability += MoneyCache.minor(p.employerDisability());
      m.erAccident += MoneyCache.minor(p.employerAccident());
      m.fp += MoneyCache.minor(p.laborFund());
      m.fgsp += MoneyCache.minor(p.guaranteedBenefitsFund());
      m.eePpk += MoneyCache.minor(p.employeePpk());
      m.erPpk += MoneyCache.minor(p.employerPpk());
      m.ppkRevenueTaken += MoneyCache.minor(p.employerPpkRevenue());
      if (p.contract() == ContractType.EMPLOYMENT) {
        m.costsUsed += MoneyCache.minor(p.costsOfIncome());
      }
    }
    m.ppkToFund = Math.max(0, m.ppkToFund - m.ppkRevenueTaken);
    m.severalEmploymentContracts = employment.size() > 1;
    return m;
  }

  @Value.Check
  void check() {
    Checks.check(!employeeId().isBlank(), "history", "employeeId", employeeId(), "must not be blank");
    LocalDate last = null;
    for (int i = 0; i < results().size(); i++) {
      PayoutResult r = results().get(i);
      Checks.check(r.employeeId().equals(employeeId()), "employee " + employeeId(), "results[" + i + "].employeeId",
          r.employeeId(), "must be the history's person " + employeeId());
      Checks.check(last == null || !r.paymentDate().isBefore(last), "employee " + employeeId(), "results[" + i + "].paymentDate",
          r.paymentDate(), "must not be before the payout before it (" + last + "): results are in payment order");
      last = r.paymentDate();
    }
  }
}
