/** Backoffice payroll. */
@NullMarked
package dev.backoffice.payroll;

import org.jspecify.annotations.NullMarked;
