/** Backoffice reporting. */
@NullMarked
package dev.backoffice.reporting;

import org.jspecify.annotations.NullMarked;
