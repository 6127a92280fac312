/**
 * JMH benchmarks of core's hot paths: exact-sum allocation ({@code MoneyAllocator}) and summing money
 * ({@code Monies.sum} against Joda-Money's {@code Money.total}). Results are in README "Performance — core".
 */
@NullMarked
package dev.backoffice.benchmarks.core;

import org.jspecify.annotations.NullMarked;
