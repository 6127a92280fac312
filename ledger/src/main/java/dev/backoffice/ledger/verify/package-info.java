/**
 * The ledger verifier: recomputes every balance from the store's records and reports any mismatch with
 * the ledger's indexes.
 */
@NullMarked
package dev.backoffice.ledger.verify;

import org.jspecify.annotations.NullMarked;
