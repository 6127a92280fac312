/**
 * The general ledger (księga główna) and account statements: the entries of an account in a range with a running balance.
 */
@NullMarked
package dev.backoffice.reporting.generalledger;

import org.jspecify.annotations.NullMarked;
