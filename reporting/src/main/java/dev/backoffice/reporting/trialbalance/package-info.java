/**
 * The trial balance (zestawienie obrotów i sald): opening balance, turnover, cumulative turnover and closing balance per account, with the checks Dr = Cr and turnover = journal total.
 */
@NullMarked
package dev.backoffice.reporting.trialbalance;

import org.jspecify.annotations.NullMarked;
