/**
 * Polish financial statements in the layout of annex 1 to the accounting act: the balance sheet (bilans) and both variants of the income statement (rachunek zysków i strat), with a configurable mapping of accounts to lines, and multi-period account balances.
 */
@NullMarked
package dev.backoffice.reporting.statement;

import org.jspecify.annotations.NullMarked;
