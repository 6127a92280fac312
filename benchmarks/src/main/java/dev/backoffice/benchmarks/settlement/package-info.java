/** Benchmarks of settlements: the open-item read model and statement matching. */
@NullMarked
package dev.backoffice.benchmarks.settlement;

import org.jspecify.annotations.NullMarked;
