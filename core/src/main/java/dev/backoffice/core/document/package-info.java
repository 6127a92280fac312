/**
 * References to source documents (dowody księgowe) and idempotency keys.
 */
@NullMarked
package dev.backoffice.core.document;

import org.jspecify.annotations.NullMarked;
