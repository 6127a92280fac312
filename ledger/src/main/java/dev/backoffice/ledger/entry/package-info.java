/**
 * Journal entries (zapisy księgowe) and their lines: what is booked, on which side, in which currency.
 */
@NullMarked
package dev.backoffice.ledger.entry;

import org.jspecify.annotations.NullMarked;
