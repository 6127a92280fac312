/**
 * JMH benchmarks of the reporting module: the trial balance of a million-entry ledger from the balance indexes
 * (and with the journal check), the balance sheet, and the streaming JPK_KR export.
 */
@NullMarked
package dev.backoffice.benchmarks.reporting;

import org.jspecify.annotations.NullMarked;
