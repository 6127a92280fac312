/**
 * The payroll register (lista płac) and the monthly payroll summary of ZUS, PIT and PPK amounts.
 */
@NullMarked
package dev.backoffice.reporting.payroll;

import org.jspecify.annotations.NullMarked;
