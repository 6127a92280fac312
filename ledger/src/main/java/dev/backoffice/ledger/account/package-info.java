/**
 * Accounts and the chart of accounts (plan kont), with the Polish SME template.
 */
@NullMarked
package dev.backoffice.ledger.account;

import org.jspecify.annotations.NullMarked;
