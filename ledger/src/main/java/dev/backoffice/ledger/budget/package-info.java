/**
 * Budget control (kontrola budżetu): budgets phased into periods, revisions, commitments (encumbrances) and
 * availability checks that guard postings before money is spent.
 *
 * <p>The entry point is {@link dev.backoffice.ledger.budget.BudgetControl}; it plugs into the ledger as a
 * {@link dev.backoffice.ledger.guard.PostingGuard}. Everything else in this package is an immutable value.
 */
@NullMarked
package dev.backoffice.ledger.budget;

import org.jspecify.annotations.NullMarked;
