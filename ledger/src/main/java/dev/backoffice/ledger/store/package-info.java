/**
 * The storage SPI of the ledger (an append-only log of records) and its in-memory default.
 */
@NullMarked
package dev.backoffice.ledger.store;

import org.jspecify.annotations.NullMarked;
