/**
 * Posting guards: checks that run inside the posting transaction (budget control plugs in here).
 */
@NullMarked
package dev.backoffice.ledger.guard;

import org.jspecify.annotations.NullMarked;
