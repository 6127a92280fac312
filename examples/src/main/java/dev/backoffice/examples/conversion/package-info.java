/**
 * Trial balances that balance in every commodity: the conversion rows of entries balanced through a price
 * (shared by the demo and the {@code trial-balance} command).
 */
@NullMarked
package dev.backoffice.examples.conversion;

import org.jspecify.annotations.NullMarked;
