package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.Payslip;
import java.util.List;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * The checks that tie the declarations to the payouts and to each other: a PIT-11 accounts for every złoty of
 * revenue and advance paid to the person in the year; PIT-4R's advances are the sum of the PIT-11s'; a DRA's
 * totals are the sums of its RCA blocks, fund by fund. (That a DRA's amount to pay is the month's movement on the
 * ZUS settlement account is checked where the posting lives: {@code dev.backoffice.payroll.posting.ZusAccountCheck}.)
 */
public final class DeclarationChecks {
  private DeclarationChecks() {}

  /**
   * PIT-11 revenue (part E plus exempt revenue) equals the revenue of the person's payouts paid in the year
   * (flat-taxed agreements excepted), and its advances equal theirs.
   *
   * @param pit11 the figures
   * @param payouts the payouts (others' and other years' are ignored)
   * @return the two checks
   */
  public static ImmutableList<ConsistencyCheck> pit11MatchesPayouts(Pit11 pit11, Iterable<PayoutResult> payouts) {
    return pit11MatchesPayslips(pit11, Payouts.payslips(payouts));
  }

  /**
   * The same checks against payslips.
   *
   * @param pit11 the figures
   * @param payslips the payslips (others' and other years' are ignored)
   * @return the two checks
   */
  public static ImmutableList<ConsistencyCheck> pit11MatchesPayslips(Pit11 pit11, Iterable<Payslip> payslips) {
    Checks.notNull(pit11, "pit11");
    Money revenue = zero();
    Money advances = zero();
    for (Payslip p : payslips) {
      if (p.employeeId().equals(pit11.employeeId()) && p.paymentDate().getYear() == pit11.taxYear() && !p.flatTax()) {
        revenue = revenue.plus(p.taxableRevenue());
        advances = advances.plus(p.taxAdvance());
      }
    }
    String who = pit11.employeeId() + ":" + pit11.taxYear();
    return ImmutableList.of(
        ConsistencyCheck.of("pit11-revenue:" + who, "PIT-11 revenue (part E + P_109 + P_114) = revenue of the payouts paid in the year",
            pit11.totalRevenue(), revenue),
        ConsistencyCheck.of("pit11-advances:" + who, "PIT-11 advances = advances withheld from the payouts paid in the year",
            pit11.totalAdvances(), advances));
  }

  /**
   * PIT-4R's advances equal the sum of the PIT-11s' of the same year (every person paid in the year).
   *
   * @param pit4r the declaration
   * @param pit11s every person's PIT-11 of the year
   * @return the check
   */
  public static ConsistencyCheck pit4rEqualsSumOfPit11(Pit4R pit4r, Iterable<Pit11> pit11s) {
    Money sum = zero();
    for (Pit11 p : pit11s) {
      Checks.check(p.taxYear() == pit4r.taxYear(), "pit11s", p.employeeId() + " " + p.taxYear(), "must be of the year " + pit4r.taxYear());
      sum = sum.plus(p.totalAdvances());
    }
    return ConsistencyCheck.of("pit4r-advances:" + pit4r.taxYear(), "PIT-4R advances = Σ PIT-11 advances", pit4r.total(), sum);
  }

  /**
   * Each DRA total equals the sum of the RCA blocks' figures, fund by fund and base by base.
   *
   * @param dra the declaration
   * @param rca the month's RCA blocks
   * @return one check per figure and one for the insured count
   */
  public static ImmutableList<ConsistencyCheck> draEqualsSumOfRca(Dra dra, List<RcaEntry> rca) {
    ZusContributions sum = ZusContributions.none();
    long people = rca.stream().map(RcaEntry::employeeId).distinct().count();
    for (RcaEntry e : rca) {
      Checks.check(e.month().equals(dra.month()), "rca", e.employeeId() + " " + e.month(), "must be of the month " + dra.month());
      sum = sum.plus(e.contributions());
    }
    String m = "dra:" + dra.month() + ":";
    ZusContributions d = dra.contributions();
    ImmutableList.Builder<ConsistencyCheck> out = ImmutableList.builder();
    out.add(ConsistencyCheck.of(m + "insured", "DRA insured persons = persons in RCA", Money.ofMinor(Monies.PLN, dra.insuredPersons() * 100L),
        Money.ofMinor(Monies.PLN, people * 100L)));
    add(out, m, "pension-disability-base", d, sum, ZusContributions::pensionDisabilityBase);
    add(out, m, "sickness-base", d, sum, ZusContributions::sicknessBase);
    add(out, m, "accident-base", d, sum, ZusContributions::accidentBase);
    add(out, m, "health-base", d, sum, ZusContributions::healthBase);
    add(out, m, "pension-insured", d, sum, ZusContributions::pensionInsured);
    add(out, m, "pension-payer", d, sum, ZusContributions::pensionPayer);
    add(out, m, "disability-insured", d, sum, ZusContributions::disabilityInsured);
    add(out, m, "disability-payer", d, sum, ZusContributions::disabilityPayer);
    add(out, m, "sickness", d, sum, ZusContributions::sicknessInsured);
    add(out, m, "accident", d, sum, ZusContributions::accidentPayer);
    add(out, m, "health", d, sum, ZusContributions::health);
    add(out, m, "labor-fund", d, sum, ZusContributions::laborFund);
    add(out, m, "fgsp", d, sum, ZusContributions::guaranteedFund);
    add(out, m, "total", d, sum, ZusContributions::total);
    return out.build();
  }

  private static void add(ImmutableList.Builder<ConsistencyCheck> out, String prefix, String name, ZusContributions dra,
      ZusContributions rca, Function<ZusContributions, Money> f) {
    out.add(ConsistencyCheck.of(prefix + name, "DRA " + name + " = Σ RCA " + name, f.apply(dra), f.apply(rca)));
  }

  private static Money zero() {
    return Money.zero(Monies.PLN);
  }
}
