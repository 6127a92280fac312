package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.Payslip;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One insured person's block in the ZUS RCA report of a month (raport imienny o należnych składkach): the
 * insurance title and, summed over every payout paid to the person under that title in the month, the bases and
 * the contributions by fund (sections III.A social, III.B health). The Labour Fund and FGŚP are kept per person
 * too, so that the DRA's totals of them can be checked against their parts.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class RcaEntry {
  /** The month of payment the report is for. */
  public abstract YearMonth month();

  /** The insured person. */
  public abstract String employeeId();

  /** The insurance title. */
  public abstract InsuranceTitle title();

  /** How many payouts were summed. */
  public abstract int payouts();

  /** The bases and contributions. */
  public abstract ZusContributions contributions();

  /**
   * The RCA blocks of a month, one per person and title, sorted by person then title. Payouts under no
   * insurance title (specific-task contracts) and payouts without any base or contribution (a student on a
   * mandate) are left out.
   *
   * @param month the month of payment
   * @param payouts the payer's payouts, any months
   * @return the blocks
   */
  public static ImmutableList<RcaEntry> of(YearMonth month, Iterable<PayoutResult> payouts) {
    return fromPayslips(month, Payouts.payslips(payouts));
  }

  /**
   * The RCA blocks of a month from payslips (each carries its payment date).
   *
   * @param month the month of payment
   * @param payslips the payslips
   * @return the blocks
   */
  public static ImmutableList<RcaEntry> fromPayslips(YearMonth month, Iterable<Payslip> payslips) {
    Map<String, List<Payslip>> groups = new TreeMap<>();
    for (Payslip p : payslips) {
      Optional<InsuranceTitle> title = InsuranceTitle.of(p.contract());
      if (!YearMonth.from(p.paymentDate()).equals(month) || title.isEmpty()) {
        continue;
      }
      ZusContributions z = ZusContributions.of(p);
      if (z.total().isZero() && z.accidentBase().isZero() && z.healthBase().isZero()) {
        continue; // not insured (e.g. a student under 26 on a mandate)
      }
      groups.computeIfAbsent(p.employeeId() + '\u0000' + title.get().ordinal(), k -> new ArrayList<>()).add(p);
    }
    ImmutableList.Builder<RcaEntry> out = ImmutableList.builder();
    for (List<Payslip> g : groups.values()) {
      ZusContributions sum = ZusContributions.none();
      for (Payslip p : g) {
        sum = sum.plus(ZusContributions.of(p));
      }
      Payslip first = g.get(0);
      out.add(ImmutableRcaEntry.builder().month(month).employeeId(first.employeeId()).title(InsuranceTitle.of(first.contract()).orElseThrow())
          .payouts(g.size()).contributions(sum).build());
    }
    return out.build();
  }
}
