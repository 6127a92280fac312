/**
 * Listeners notified after the ledger commits a change.
 */
@NullMarked
package dev.backoffice.ledger.event;

import org.jspecify.annotations.NullMarked;
