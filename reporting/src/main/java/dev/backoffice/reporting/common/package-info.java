/**
 * Values shared by every report: debit/credit pairs, report periods (columns) and the checks a report makes of its own figures.
 */
@NullMarked
package dev.backoffice.reporting.common;

import org.jspecify.annotations.NullMarked;
