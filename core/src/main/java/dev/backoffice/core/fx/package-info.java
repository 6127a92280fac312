/**
 * Exchange rates (kursy walut), the provider SPI, an in-memory provider and conversion with explicit rounding, inverse and cross rates.
 */
@NullMarked
package dev.backoffice.core.fx;

import org.jspecify.annotations.NullMarked;
