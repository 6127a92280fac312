/**
 * Analytical dimensions (cost centre, project, department, employee…) as typed key–value tags.
 */
@NullMarked
package dev.backoffice.core.dimension;

import org.jspecify.annotations.NullMarked;
