/**
 * The journal text format (the ledger / hledger dialect both tools read alike; the whole grammar, its errors and
 * the options that read it are in docs/JOURNAL-FORMAT.md of the repository): one grammar, driving a sink.
 *
 * <ul>
 *   <li>{@link dev.backoffice.ledger.io.JournalReader} reads a journal into
 *       {@link dev.backoffice.ledger.entry.JournalEntry journal entries} (whole or streamed) and loads them into a
 *       ledger; {@link dev.backoffice.ledger.io.JournalWriter} writes entries back, tags included.
 *   <li>{@link dev.backoffice.ledger.io.JournalBalances} sums a journal's balances, or its turnover by period
 *       ({@link dev.backoffice.ledger.io.JournalBalances#turnover}), straight from the bytes without building
 *       entries, a large file in parallel parts; {@link dev.backoffice.ledger.io.QuickBalances} renders the same
 *       sums as CSV without loading the collection and money libraries, for a short-lived tool.
 *   <li>{@link dev.backoffice.ledger.io.MarketPrices} values amounts at the journal's {@code P} prices.
 * </ul>
 * All of them run the same lexer, line readers and resolver, so they accept and reject exactly the same files,
 * with the same {@link dev.backoffice.ledger.io.JournalParseException} naming file, line and column; nothing is
 * skipped silently. A failed balance assertion is a {@link dev.backoffice.ledger.io.BalanceAssertionException}.
 *
 * <p>Mapping of the text format to the model:
 * <ul>
 *   <li>An amount ≥ 0 is a {@code DEBIT} line, an amount &lt; 0 (or written with a minus sign, such as
 *       {@code -0.00}) a {@code CREDIT} line of the absolute amount. Amounts must fit the currency's
 *       decimal places exactly ({@code 100.000 PLN} is read as {@code 100.00 PLN}, {@code 100.005 PLN} is an error).
 *   <li>{@code @@ total} gives the line's cost = total. {@code @ unit} gives cost = |amount| × unit rounded half
 *       even to the cost currency's decimal places, and keeps the unit price as the line's rate. When those
 *       roundings alone leave the transaction off by less than half a minor unit of the exact sum (the test
 *       hledger makes at display precision), the difference goes to the cost of the unit-priced line with the
 *       largest cost in that currency, so that every entry balances exactly.
 *   <li>A posting without an amount takes the balancing amount of each currency the other postings leave
 *       open, one line per currency in order of first appearance (a zero line when nothing is open).
 *   <li>Balance assertions ({@code = B}, {@code == B}) are checked and assignments ({@code ACCOUNT  = B}) resolved
 *       in date order, within a date in file order (as hledger 1.25), after the whole file is read.
 *   <li>{@code P} market prices are read for valuation and never balance a transaction.
 *   <li>{@code (code)} is the entry's {@link dev.backoffice.core.document.DocumentRef document}: type = the
 *       code's leading upper-case letters when they form a valid type, else {@code DOC}; number = the code;
 *       date = the transaction date.
 *   <li>Status marks ({@code *} cleared, {@code !} pending) and transaction comments are kept beside the entry
 *       in {@link dev.backoffice.ledger.io.JournalTransaction}; posting comments become line memos. Tags in
 *       comments ({@code ; partner: 5260001246, doc: FV/1/2025}) become the entry's and the lines'
 *       {@link dev.backoffice.ledger.entry.Tags}; a comment line of tags only is not part of the memo. Comments on
 *       their own line outside a transaction and after directives are not kept.
 *   <li>Accounts declared with {@code account} or used by a posting, and every parent of the {@code :}
 *       hierarchy, form the chart, with types from {@link dev.backoffice.ledger.account.AccountType#infer}.
 * </ul>
 * Constructs the two tools read differently, or that the model cannot hold, are errors: amounts without a
 * commodity, commodities that are not ISO 4217 currencies, {@code 1,000} without a decimal point, a {@code ;}
 * in a description not preceded by two spaces or a tab, posting status marks, virtual postings, assertions
 * including subaccounts ({@code =*}), lot prices, implicit conversions between two commodities without
 * {@code @}/{@code @@}, and all directives other than {@code account}, {@code commodity} and {@code P}.
 */
@NullMarked
package dev.backoffice.ledger.io;

import org.jspecify.annotations.NullMarked;
