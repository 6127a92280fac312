/**
 * Declarations as data, built from payouts by their payment date: per person and tax year the PIT-11 figures by
 * source of revenue (the form's part E rows and positions), the PIT-4R advances withheld per month, per month
 * the ZUS DRA totals and each insured person's RCA block, with the consistency checks between them. Renderers
 * write them as text, CSV or JSON. No XML: see {@link dev.backoffice.payroll.declaration.Pit11}.
 */
@NullMarked
package dev.backoffice.payroll.declaration;

import org.jspecify.annotations.NullMarked;
