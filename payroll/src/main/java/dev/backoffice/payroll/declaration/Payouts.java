package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.payroll.calc.PayoutResult;
import dev.backoffice.payroll.calc.Payslip;

/** The payslips of payout results, in order. */
final class Payouts {
  private Payouts() {}

  static ImmutableList<Payslip> payslips(Iterable<PayoutResult> payouts) {
    Checks.notNull(payouts, "payouts");
    ImmutableList.Builder<Payslip> out = ImmutableList.builder();
    for (PayoutResult r : payouts) {
      out.add(r.payslip());
    }
    return out.build();
  }
}
