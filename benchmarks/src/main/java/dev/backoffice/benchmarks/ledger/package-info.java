/** JMH benchmarks of the ledger's hot paths: posting and balance queries. */
@NullMarked
package dev.backoffice.benchmarks.ledger;

import org.jspecify.annotations.NullMarked;
