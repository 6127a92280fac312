/**
 * The payroll calculator: employee terms, month inputs and year-to-date state become a
 * {@link dev.backoffice.payroll.calc.Payslip} whose every line explains how it was computed. Entry point:
 * {@link dev.backoffice.payroll.calc.PayrollCalculator}. This package never touches the ledger, so tax-rule
 * tests can use it alone.
 */
@NullMarked
package dev.backoffice.payroll.calc;

import org.jspecify.annotations.NullMarked;
