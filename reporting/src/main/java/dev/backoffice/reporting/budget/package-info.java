/**
 * Budget versus actual: per budget line and period the budget, commitments, actual, available amount, variance and percentage used.
 */
@NullMarked
package dev.backoffice.reporting.budget;

import org.jspecify.annotations.NullMarked;
