/**
 * Settlements (rozrachunki): open items per counterparty and document read from the ledger's postings on
 * settlement accounts, their aging (wiekowanie), realised exchange differences on payment (art. 30 ust. 4 UoR),
 * compensation (kompensata), matching of bank statement lines to open items and payment batches.
 */
@NullMarked
package dev.backoffice.ledger.settlement;

import org.jspecify.annotations.NullMarked;
