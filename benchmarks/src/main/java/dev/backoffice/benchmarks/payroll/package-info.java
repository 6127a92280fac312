/** JMH benchmarks of the payroll calculator and of payroll runs. */
@NullMarked
package dev.backoffice.benchmarks.payroll;

import org.jspecify.annotations.NullMarked;
