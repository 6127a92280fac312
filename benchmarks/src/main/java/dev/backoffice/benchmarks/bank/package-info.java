/** Benchmarks of the bank formats: statement parsing throughput for MT940 and camt.053. */
@NullMarked
package dev.backoffice.benchmarks.bank;

import org.jspecify.annotations.NullMarked;
