/**
 * Renderers of reports as plain text, CSV, JSON and HTML. Renderers know the report values only, never the ledger.
 */
@NullMarked
package dev.backoffice.reporting.render;

import org.jspecify.annotations.NullMarked;
