/**
 * Journal parsing: the JMH benchmark of the read paths, the generator of ledger-format journals that
 * {@code benchmarks/compare.sh} and the benchmark use, and a small balance command to compare with ledger-cli
 * and hledger until the {@code backoffice} CLI exists.
 */
@NullMarked
package dev.backoffice.benchmarks.io;

import org.jspecify.annotations.NullMarked;
