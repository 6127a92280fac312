package dev.backoffice.payroll.calc;

/**
 * Step 1 of a payslip: what is paid, in grosze. The gross (components − unpaid absence + sick pay), the part
 * subject to ZUS, the taxable part, the sick pay, the part financed by ZUS, and the time pay (base components less
 * the absence) that a monthly rate converts to a full month.
 */
final class Earnings {
  final long gross;
  final long zus;
  final long taxable;
  final long sick;
  final long benefits;
  final long timePay;

  private Earnings(long gross, long zus, long taxable, long sick, long benefits, long timePay) {
    this.gross = gross;
    this.zus = zus;
    this.taxable = taxable;
    this.sick = sick;
    this.benefits = benefits;
    this.timePay = timePay;
  }

  static Earnings of(EmployeeTerms t, MonthInput in, PayoutKind kind) {
    long zus = 0;
    long taxable = 0;
    long gross = 0;
    long timePay = 0;
    boolean rated = kind == PayoutKind.PAY && t.monthlyRate().isPresent();
    for (PayComponent pc : in.components()) {
      long a = MoneyCache.minor(pc.amount());
      gross += a;
      if (pc.subjectToZus()) {
        zus += a;
        if (rated && pc.kind() == ComponentKind.BASE) {
          timePay += a;
        }
      }
      if (pc.taxable()) {
        taxable += a;
      }
    }
    long absence = MoneyCache.minor(in.unpaidAbsence());
    long sick = 0;
    long benefits = 0;
    for (SickPay sp : in.sickPay()) {
      long a = MoneyCache.minor(sp.amount());
      sick += a;
      if (sp.kind().financedByZus()) {
        benefits += a;
      }
    }
    return new Earnings(gross - absence + sick, zus - absence, taxable - absence + sick, sick, benefits, timePay - absence);
  }
}
