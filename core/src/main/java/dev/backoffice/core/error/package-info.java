/**
 * The exception hierarchy rooted at {@link dev.backoffice.core.error.BackOfficeException}: every failure of the library is one of these unchecked exceptions, carrying its data as fields.
 */
@NullMarked
package dev.backoffice.core.error;

import org.jspecify.annotations.NullMarked;
