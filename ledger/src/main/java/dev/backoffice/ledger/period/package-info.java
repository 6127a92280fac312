/**
 * States of accounting periods: open, soft-closed, closed.
 */
@NullMarked
package dev.backoffice.ledger.period;

import org.jspecify.annotations.NullMarked;
