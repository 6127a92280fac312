/**
 * Backoffice reporting: read models built from ledger and payroll queries only. {@link
 * dev.backoffice.reporting.Reports} is the entry point; the reports are immutable values in the feature packages
 * and {@link dev.backoffice.reporting.render.ReportRenderer} writes them as text, CSV, JSON or HTML.
 */
@NullMarked
package dev.backoffice.reporting;

import org.jspecify.annotations.NullMarked;
