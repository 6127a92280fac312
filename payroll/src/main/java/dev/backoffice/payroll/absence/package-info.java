/**
 * Absences in Polish payroll: the deduction for time not worked (1/30 for days of illness, the hourly method
 * for other unpaid absence), sick pay and sickness benefit from the 12-month base, holiday pay and the
 * equivalent for unused leave, and the working-time calendar they read. Every computed figure is an
 * {@link dev.backoffice.payroll.absence.AbsenceLine} that names its base, method and legal source; the results
 * feed a {@link dev.backoffice.payroll.calc.MonthInput} (deduction, sick pay, pay components).
 */
@NullMarked
package dev.backoffice.payroll.absence;

import org.jspecify.annotations.NullMarked;
