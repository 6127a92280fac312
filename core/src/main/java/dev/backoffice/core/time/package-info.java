/**
 * Accounting periods, fiscal years (rok obrotowy) and the fiscal calendar that places a date in its period and year.
 */
@NullMarked
package dev.backoffice.core.time;

import org.jspecify.annotations.NullMarked;
