package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.TaxRelief;
import dev.backoffice.payroll.params.PayrollParameters;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The figures of one person's PIT-11 for a tax year (informacja o przychodach z innych źródeł oraz o dochodach i
 * pobranych zaliczkach), from the payouts paid in that year — revenue arises when paid (art. 11 ust. 1 PIT), so
 * December's pay paid on 10 January belongs to the next year's PIT-11. The rows and positions follow PIT-11(29):
 *
 * <ul>
 *   <li>part E rows: employment (1; 2 under 26; 3 senior), specific-task and other personal activity (5), mandate
 *       (6; 7 under 26; 8 senior), other sources (15: sickness benefit paid by the employer, art. 20 ust. 1 PIT,
 *       with no costs). Each row: revenue, costs the payer deducted, income, advance. As the form's note 15
 *       allows, the advances withheld from pay and benefit together are shown once, in the employment row;
 *   <li>P_95: deductible social contributions (P_96 for rows 2, 3, 7, 8; P_97 those financed from exempt
 *       revenue, split in proportion when a payout was partly exempt); health contributions are no longer
 *       deductible from 2022 and are shown for information in P_122;
 *   <li>P_109–P_111: revenue exempt under the youth relief (art. 21 ust. 1 pkt 148); P_114–P_116 under the
 *       return, family and senior reliefs (pkt 152–154), with P_118–P_120 naming which;
 *   <li>P_28: the kind of employment costs (1 standard, 3 elevated).
 * </ul>
 *
 * <p>Flat-taxed small agreements (art. 30 ust. 1 pkt 5a) are not in PIT-11 (they go to PIT-8AR) and are left
 * out. No e-Deklaracje XML is written: the PIT-11(29) schema imports four MF type schemas (StrukturyDanych_v11-0E
 * of 2022-03-15, KodyUrzedowSkarbowychExWUS_v8-0E, PIT-R(21), ORD-ZU(3)) that are not available here to validate
 * against; {@link #positions()} gives the figures by the form's position numbers for whoever writes it.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class Pit11 {
  /** The tax year (year of payment). */
  public abstract int taxYear();

  /** The person. */
  public abstract String employeeId();

  /** The person's name, if known. */
  public abstract Optional<String> name();

  /** How many payouts were summed. */
  public abstract int payouts();

  /** Part E rows with any figure, in row order. */
  public abstract ImmutableList<Pit11Row> rows();

  /** P_28: 1 standard employment costs, 3 elevated; empty without employment revenue. */
  public abstract Optional<Integer> costsKind();

  /** P_95: deductible social contributions, except P_96. */
  public abstract Money deductibleSocial();

  /** P_96: deductible social contributions on the revenue of rows 2, 3, 7 and 8. */
  public abstract Money deductibleSocialOfAgeRows();

  /** P_97: social contributions financed from exempt revenue (youth, return, family, senior reliefs). */
  public abstract Money socialOnExemptRevenue();

  /** P_109: revenue exempt under the youth relief (art. 21 ust. 1 pkt 148). */
  public abstract Money youthExempt();

  /** P_110: of which from employment. */
  public abstract Money youthExemptEmployment();

  /** P_111: of which from mandate contracts. */
  public abstract Money youthExemptMandate();

  /** P_114: revenue exempt under the return, family or senior relief (pkt 152–154). */
  public abstract Money otherExempt();

  /** P_115: of which from employment. */
  public abstract Money otherExemptEmployment();

  /** P_116: of which from mandate contracts. */
  public abstract Money otherExemptMandate();

  /** P_118–P_120: which of the return, family and senior reliefs the P_114 revenue is exempt under. */
  public abstract ImmutableSet<TaxRelief> otherReliefs();

  /** P_122: health contributions withheld. */
  public abstract Money healthContributions();

  /** Where the payer's own figures disagree with the form's rules (e.g. costs above the employment revenue). */
  public abstract ImmutableList<String> notes();

  /**
   * The PIT-11 figures of a person from month-keyed payslips (one contract's terms for all of them).
   *
   * @param taxYear the tax year; payslips paid in other years are ignored
   * @param person the person's terms (id, birth date, declared reliefs, elevated costs)
   * @param payslips the person's payslips, any contracts, any years, any order; other people's are ignored
   * @param law the payroll parameters (the age of the youth relief)
   * @return the figures
   */
  public static Pit11 fromPayslips(int taxYear, EmployeeTerms person, Iterable<Payslip> payslips, PayrollParameters law) {
    Pit11Accumulator a = new Pit11Accumulator(taxYear, person.employeeId(), law);
    for (Payslip p : payslips) {
      a.add(person, p);
    }
    return a.build();
  }

  /**
   * The PIT-11 figures of a person from their payouts, each read with its own contract's terms.
   *
   * @param taxYear the tax year; payouts paid in other years are ignored
   * @param employeeId the person; other people's payouts are ignored
   * @param payouts the payouts, any contracts and years, any order
   * @param law the payroll parameters (the age of the youth relief)
   * @return the figures
   */
  public static Pit11 of(int taxYear, String employeeId, Iterable<PayoutResult> payouts, PayrollParameters law) {
    Pit11Accumulator a = new Pit11Accumulator(taxYear, employeeId, law);
    for (PayoutResult r : payouts) {
      a.add(r.payout().terms(), r.payslip());
    }
    return a.build();
  }

  /**
   * Every person's PIT-11 of a year, sorted by person, with the bundled law.
   *
   * @param taxYear the tax year
   * @param payouts the payer's payouts
   * @return one PIT-11 per person paid in the year
   */
  public static ImmutableList<Pit11> ofAll(int taxYear, Iterable<PayoutResult> payouts) {
    java.util.TreeSet<String> people = new java.util.TreeSet<>();
    for (PayoutResult r : payouts) {
      if (r.taxYear() == taxYear && !r.payslip().flatTax()) {
        people.add(r.employeeId());
      }
    }
    ImmutableList.Builder<Pit11> out = ImmutableList.builder();
    for (String id : people) {
      out.add(of(taxYear, id, payouts, PayrollParameters.standard()));
    }
    return out.build();
  }

  /**
   * A builder, for figures from elsewhere.
   *
   * @return a new builder
   */
  public static ImmutablePit11.Builder builder() {
    return ImmutablePit11.builder();
  }

  /**
   * The row of a source.
   *
   * @param source the source
   * @return the row, or empty when the person had no such revenue
   */
  public Optional<Pit11Row> row(Pit11Source source) {
    for (Pit11Row r : rows()) {
      if (r.source() == source) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** All revenue paid in the year the form accounts for: part E revenue plus exempt revenue (P_109 + P_114). */
  @Value.Derived
  public Money totalRevenue() {
    Money m = youthExempt().plus(otherExempt());
    for (Pit11Row r : rows()) {
      m = m.plus(r.revenue());
    }
    return m;
  }

  /** All advances withheld in the year (the sum of column f). */
  @Value.Derived
  public Money totalAdvances() {
    Money m = Money.zero(Monies.PLN);
    for (Pit11Row r : rows()) {
      m = m.plus(r.advance());
    }
    return m;
  }

  /**
   * The figures by the form's position numbers, in position order: amounts as plain decimals (advances in whole
   * złoty), P_28 and the relief flags as {@code 1}. Zero optional positions are left out.
   *
   * @return position → value
   */
  public ImmutableMap<String, String> positions() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    costsKind().ifPresent(k -> b.put("P_28", Integer.toString(k)));
    for (Pit11Row r : rows()) {
      Pit11Source s = r.source();
      b.put(s.revenuePosition(), plain(r.revenue()));
      if (!r.costs().isZero()) {
        b.put(s.costsPosition(), plain(r.costs()));
      }
      b.put(s.incomePosition(), plain(r.income()));
      b.put(s.advancePosition(), r.advance().getAmount().setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString());
    }
    optional(b, "P_95", deductibleSocial());
    optional(b, "P_96", deductibleSocialOfAgeRows());
    optional(b, "P_97", socialOnExemptRevenue());
    if (!youthExempt().isZero()) {
      b.put("P_109", plain(youthExempt()));
      optional(b, "P_110", youthExemptEmployment());
      optional(b, "P_111", youthExemptMandate());
    }
    if (!otherExempt().isZero()) {
      b.put("P_114", plain(otherExempt()));
      optional(b, "P_115", otherExemptEmployment());
      optional(b, "P_116", otherExemptMandate());
      if (otherReliefs().contains(TaxRelief.RETURN)) {
        b.put("P_118", "1");
      }
      if (otherReliefs().contains(TaxRelief.FAMILY)) {
        b.put("P_119", "1");
      }
      if (otherReliefs().contains(TaxRelief.SENIOR)) {
        b.put("P_120", "1");
      }
    }
    optional(b, "P_122", healthContributions());
    return b.build();
  }

  private static void optional(ImmutableMap.Builder<String, String> b, String position, Money m) {
    if (!m.isZero()) {
      b.put(position, plain(m));
    }
  }

  static String plain(Money m) {
    return m.getAmount().toPlainString();
  }
}
