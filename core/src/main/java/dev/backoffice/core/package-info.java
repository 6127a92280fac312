/**
 * The shared vocabulary of Backoffice: money and rounding, rates, exchange rates, the fiscal calendar,
 * dimensions, source documents and the exception hierarchy. Every other module builds on these values.
 */
@NullMarked
package dev.backoffice.core;

import org.jspecify.annotations.NullMarked;
