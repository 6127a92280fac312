/**
 * Payroll runs (lista płac): a period's payslips for many employees, in a deterministic order, with totals
 * and the employees whose data failed.
 */
@NullMarked
package dev.backoffice.payroll.run;

import org.jspecify.annotations.NullMarked;
