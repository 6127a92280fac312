/** Backoffice benchmarks. */
@NullMarked
package dev.backoffice.benchmarks;

import org.jspecify.annotations.NullMarked;
