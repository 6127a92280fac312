/**
 * Exact money arithmetic on Joda-Money: summing and parsing helpers, explicit rounding policies, exact-sum allocation and exact decimal rates.
 */
@NullMarked
package dev.backoffice.core.money;

import org.jspecify.annotations.NullMarked;
