/**
 * Read-only views of the ledger: balances, turnovers and entry search.
 */
@NullMarked
package dev.backoffice.ledger.query;

import org.jspecify.annotations.NullMarked;
