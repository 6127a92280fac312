/** JMH benchmarks of budget control: the cost of the budget guard on posting. */
@NullMarked
package dev.backoffice.benchmarks.budget;

import org.jspecify.annotations.NullMarked;
