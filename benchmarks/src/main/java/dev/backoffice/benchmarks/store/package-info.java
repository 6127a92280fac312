/** JMH benchmarks of the durable file store: group-committed posting throughput and restart time. */
@NullMarked
package dev.backoffice.benchmarks.store;

import org.jspecify.annotations.NullMarked;
