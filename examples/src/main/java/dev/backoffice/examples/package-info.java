/** Backoffice examples. */
@NullMarked
package dev.backoffice.examples;

import org.jspecify.annotations.NullMarked;
