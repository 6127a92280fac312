/**
 * Posting a payroll register to the ledger through a configurable scheme of accounts (default: the Polish
 * chart of accounts, Wn 404 / Ma 231 …). The only payroll package that depends on the ledger.
 */
@NullMarked
package dev.backoffice.payroll.posting;

import org.jspecify.annotations.NullMarked;
