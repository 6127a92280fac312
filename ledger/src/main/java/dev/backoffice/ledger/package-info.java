/** The double-entry ledger. */
@NullMarked
package dev.backoffice.ledger;

import org.jspecify.annotations.NullMarked;
