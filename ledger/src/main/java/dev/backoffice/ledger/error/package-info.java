/**
 * Exceptions of the ledger: rejected postings, constraint violations, idempotency conflicts.
 */
@NullMarked
package dev.backoffice.ledger.error;

import org.jspecify.annotations.NullMarked;
