/**
 * Polish payroll law as dated data: one file per year (minimum wage, contribution rates, the 30× cap, PIT
 * rates and thresholds, costs of income, relief limits, PPK rates), each value with the date it takes
 * effect and its legal source. {@link dev.backoffice.payroll.params.PayrollParameters#standard()} holds the
 * bundled years; callers supply their own for a future year or a what-if without code changes.
 */
@NullMarked
package dev.backoffice.payroll.params;

import org.jspecify.annotations.NullMarked;
