package dev.backoffice.ledger.io;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.JournalEntry;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One transaction of a journal file: the {@link JournalEntry} it means, plus what the text format has and the
 * entry model does not — the status mark and the transaction comment — and the line it starts on.
 *
 * <p>The comment is the text after {@code ;} on the header line and on the indented comment lines before the
 * first posting, each stripped, joined with {@code "\n"}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JournalTransaction {
  /** The entry. */
  public abstract JournalEntry entry();

  /** The status mark. */
  @Value.Default
  public TransactionStatus status() {
    return TransactionStatus.UNMARKED;
  }

  /** The transaction comment, if any. */
  public abstract Optional<String> comment();

  /** The line of the header in the file it was read from; empty for a transaction not read from a file. */
  @Value.Auxiliary
  public abstract OptionalLong line();

  /**
   * A transaction without mark, comment or source line.
   *
   * @param entry the entry
   * @return the transaction
   */
  public static JournalTransaction of(JournalEntry entry) {
    return ImmutableJournalTransaction.builder().entry(entry).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJournalTransaction.Builder builder() {
    return ImmutableJournalTransaction.builder();
  }
}
