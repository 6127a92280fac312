package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.ContractType;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.Payslip;
import dev.backoffice.payroll.calc.TaxRelief;
import dev.backoffice.payroll.params.ParameterKey;
import dev.backoffice.payroll.params.PayrollParameters;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/** Sums one person's payouts of a tax year into PIT-11 rows and positions, in grosze. Not thread-safe. */
final class Pit11Accumulator {
  private final int year;
  private final String employeeId;
  private final int youthAge;
  private final java.util.Set<String> employmentContracts = new java.util.TreeSet<>();
  private @Nullable String name;
  private boolean elevated;
  private final EnumMap<Pit11Source, long[]> rows = new EnumMap<>(Pit11Source.class); // revenue, costs, advance
  private final EnumSet<TaxRelief> otherReliefs = EnumSet.noneOf(TaxRelief.class);
  private final ImmutableList.Builder<String> notes = ImmutableList.builder();
  private long p95;
  private long p96;
  private long p97;
  private long youthEmployment;
  private long youthMandate;
  private long otherEmployment;
  private long otherMandate;
  private long health;
  private int count;

  Pit11Accumulator(int year, String employeeId, PayrollParameters law) {
    this.year = year;
    this.employeeId = Checks.notBlank(employeeId, "employeeId");
    this.youthAge = law.year(year).value(ParameterKey.YOUTH_RELIEF_AGE, LocalDate.of(year, 1, 1)).value().intValueExact();
  }

  /**
   * Adds a payout of the person under the given terms (its contract's terms: birth date, reliefs, costs).
   *
   * @param person the terms of the payout's contract
   * @param p the payout's payslip
   */
  void add(EmployeeTerms person, Payslip p) {
    if (!p.employeeId().equals(employeeId) || p.paymentDate().getYear() != year || p.flatTax()) {
      return; // another person, another tax year, or flat tax (PIT-8AR)
    }
    count++;
    if (name == null && person.name().isPresent()) {
      name = person.name().get();
    }
    ContractType c = p.contract();
    long revenue = minor(p.taxableRevenue());
    long exempt = minor(p.exemptRevenue());
    long taxed = revenue - exempt;
    long benefit = c == ContractType.EMPLOYMENT ? Math.min(minor(p.zusFinancedBenefits()), taxed) : 0;
    long own = taxed - benefit;
    long eeSocial = minor(p.employeeSocial());
    long deductible = minor(p.deductibleSocial());
    TaxRelief relief = relief(person, p.paymentDate());
    Pit11Source source = source(person, c, p.paymentDate());
    long costs = minor(p.costsOfIncome());
    if (costs > own) {
      notes.add("payout paid " + p.paymentDate() + " for " + p.period() + ": costs " + p.costsOfIncome() + " deducted but the revenue of row "
          + source.row() + " was " + Money.ofMinor(Monies.PLN, own) + " (costs of " + c.polishName() + " apply to its own revenue only,"
          + " not to a benefit, art. 20 ust. 1 and art. 22 ust. 2 ustawy o PIT): shown as " + Money.ofMinor(Monies.PLN, own));
      costs = own;
    }
    if (c == ContractType.EMPLOYMENT) {
      employmentContracts.add(person.contractId());
      elevated |= person.elevatedCosts();
    }
    long[] row = rows.computeIfAbsent(source, s -> new long[3]);
    row[0] += own;
    row[1] += costs;
    if (benefit > 0) {
      long[] other = rows.computeIfAbsent(Pit11Source.OTHER_SOURCES, s -> new long[3]);
      other[0] += benefit;
      // note 15 of the form: the advance on pay and benefit together is shown once, in the employment row, or in
      // row 15 when the payout had no revenue of its own
      (own == 0 ? other : row)[2] += minor(p.taxAdvance());
    } else {
      row[2] += minor(p.taxAdvance());
    }
    if (source == Pit11Source.EMPLOYMENT_UNDER_26 || source == Pit11Source.EMPLOYMENT_SENIOR || source == Pit11Source.MANDATE_UNDER_26
        || source == Pit11Source.MANDATE_SENIOR) {
      p96 += deductible;
    } else {
      p95 += deductible;
    }
    p97 += eeSocial - deductible;
    if (exempt > 0 && relief != null) {
      boolean mandate = c == ContractType.MANDATE;
      if (relief == TaxRelief.YOUTH) {
        if (mandate) {
          youthMandate += exempt;
        } else {
          youthEmployment += exempt;
        }
      } else {
        otherReliefs.add(relief);
        if (mandate) {
          otherMandate += exempt;
        } else {
          otherEmployment += exempt;
        }
      }
    }
    health += minor(p.healthInsurance());
  }

  /** The row of a payout's own revenue (art. 12 ust. 1 / art. 13 pkt 8 / art. 13 pkt 2, 4–9; the age rows by the notes 17–18). */
  private Pit11Source source(EmployeeTerms person, ContractType c, LocalDate paid) {
    if (c == ContractType.SPECIFIC_TASK) {
      return Pit11Source.PERSONAL_ACTIVITY;
    }
    boolean mandate = c == ContractType.MANDATE;
    if (underAge(person, paid)) {
      return mandate ? Pit11Source.MANDATE_UNDER_26 : Pit11Source.EMPLOYMENT_UNDER_26;
    }
    if (person.declaredReliefs().contains(TaxRelief.SENIOR)) {
      return mandate ? Pit11Source.MANDATE_SENIOR : Pit11Source.EMPLOYMENT_SENIOR;
    }
    return mandate ? Pit11Source.MANDATE : Pit11Source.EMPLOYMENT;
  }

  /** The relief the calculator applied to a payout paid on the day (the youth relief first, then a declared one). */
  private @Nullable TaxRelief relief(EmployeeTerms person, LocalDate paid) {
    if (!person.youthReliefWaived() && underAge(person, paid)) {
      return TaxRelief.YOUTH;
    }
    for (TaxRelief r : person.declaredReliefs()) {
      if (r != TaxRelief.YOUTH) {
        return r;
      }
    }
    return null;
  }

  /** Revenue received up to and including the day the person turns 26 (art. 21 ust. 1 pkt 148). */
  private boolean underAge(EmployeeTerms person, LocalDate paid) {
    if (person.birthDate().isPresent()) {
      return !paid.isAfter(person.birthDate().get().plusYears(youthAge));
    }
    return person.declaredReliefs().contains(TaxRelief.YOUTH);
  }

  Pit11 build() {
    ImmutablePit11.Builder b = Pit11.builder().taxYear(year).employeeId(employeeId).name(java.util.Optional.ofNullable(name)).payouts(count);
    for (Map.Entry<Pit11Source, long[]> e : rows.entrySet()) {
      long[] r = e.getValue();
      if (r[0] != 0 || r[1] != 0 || r[2] != 0) {
        b.addRows(Pit11Row.builder().source(e.getKey()).revenue(pln(r[0])).costs(pln(r[1])).advance(pln(r[2])).build());
      }
    }
    if (!employmentContracts.isEmpty()) {
      // P_28: 1 one employment, 2 several, 3 and 4 the same with elevated costs (art. 22 ust. 2 pkt 1–4)
      b.costsKind((employmentContracts.size() > 1 ? 2 : 1) + (elevated ? 2 : 0));
    }
    return b.deductibleSocial(pln(p95)).deductibleSocialOfAgeRows(pln(p96)).socialOnExemptRevenue(pln(p97))
        .youthExempt(pln(youthEmployment + youthMandate)).youthExemptEmployment(pln(youthEmployment)).youthExemptMandate(pln(youthMandate))
        .otherExempt(pln(otherEmployment + otherMandate)).otherExemptEmployment(pln(otherEmployment)).otherExemptMandate(pln(otherMandate))
        .otherReliefs(otherReliefs).healthContributions(pln(health)).notes(notes.build()).build();
  }

  private static long minor(Money m) {
    return m.getAmountMinorLong();
  }

  private static Money pln(long minor) {
    return Money.ofMinor(Monies.PLN, minor);
  }
}
