package dev.backoffice.payroll.calc;

import org.joda.money.Money;

/** The one place where net pay and employer cost are derived from the other amounts, in grosze. */
final class Derive {
  private Derive() {}

  static Money net(PayrollAmounts a) {
    return Money.ofMinor(a.gross().getCurrencyUnit(), MoneyCache.minor(a.gross()) - MoneyCache.minor(a.employeePension())
        - MoneyCache.minor(a.employeeDisability()) - MoneyCache.minor(a.employeeSickness()) - MoneyCache.minor(a.healthInsurance())
        - MoneyCache.minor(a.taxAdvance()) - MoneyCache.minor(a.employeePpk()));
  }

  static Money employerCost(PayrollAmounts a) {
    return Money.ofMinor(a.gross().getCurrencyUnit(), MoneyCache.minor(a.gross()) + MoneyCache.minor(a.employerPension())
        + MoneyCache.minor(a.employerDisability()) + MoneyCache.minor(a.employerAccident()) + MoneyCache.minor(a.laborFund())
        + MoneyCache.minor(a.guaranteedBenefitsFund()) + MoneyCache.minor(a.employerPpk()));
  }
}
