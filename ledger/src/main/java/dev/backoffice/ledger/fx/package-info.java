/**
 * Foreign-currency revaluation (wycena bilansowa) producing revaluation entries.
 */
@NullMarked
package dev.backoffice.ledger.fx;

import org.jspecify.annotations.NullMarked;
