package dev.backoffice.ledger.io;

import dev.backoffice.core.error.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A journal file that cannot be read: malformed text, an unsupported construct, an unbalanced transaction,
 * or an entry the ledger refused while loading. The message starts with {@code file:line:column: } (lines and
 * columns from 1; columns count characters) followed by the field, the offending value and the rule broken,
 * e.g. {@code books.ledger:12:23: amount = '12.345 PLN' is invalid: must have at most 2 decimal places for PLN}.
 */
public class JournalParseException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final int column;
  /** A rule naming another line of the file: its text with {@code %d} for that line, and the line; else null, 0. */
  private final transient @Nullable String ruleTemplate;
  private final long ruleLine;

  /**
   * Creates the failure.
   *
   * @param file the source name (a path or a name the caller gave)
   * @param line the line, from 1
   * @param column the column, from 1, in characters
   * @param field what was being read ({@code "amount"}, {@code "date"}, {@code "transaction"}…)
   * @param value the offending text, or null when something was missing
   * @param rule the rule broken, phrased as a requirement
   */
  public JournalParseException(String file, long line, int column, String field, @Nullable Object value, String rule) {
    this(file, line, column, field, value, rule, null, 0);
  }

  private JournalParseException(String file, long line, int column, String field, @Nullable Object value, String rule,
      @Nullable String ruleTemplate, long ruleLine) {
    super(file + ":" + line + ":" + column, field, value, rule);
    this.file = file;
    this.line = line;
    this.column = column;
    this.ruleTemplate = ruleTemplate;
    this.ruleLine = ruleLine;
  }

  /**
   * A failure whose rule names another line of the file ({@code %d} in the template), so that
   * {@link #movedDown} moves that line too.
   */
  static JournalParseException naming(String file, long line, int column, String field, @Nullable Object value,
      String ruleTemplate, long ruleLine) {
    return new JournalParseException(file, line, column, field, value, String.format(ruleTemplate, ruleLine),
        ruleTemplate, ruleLine);
  }

  /** The source name: a path or the name given with the text. */
  public String file() {
    return file;
  }

  /** The line, from 1. */
  public long line() {
    return line;
  }

  /** The column, from 1, counted in characters. */
  public int column() {
    return column;
  }

  /** The same failure {@code lines} further down (for chunks parsed apart from the start of the file). */
  JournalParseException movedDown(long lines) {
    JournalParseException moved = ruleTemplate == null
        ? new JournalParseException(file, line + lines, column, field(), value().orElse(null), rule())
        : naming(file, line + lines, column, field(), value().orElse(null), ruleTemplate, ruleLine + lines);
    moved.initCause(getCause());
    return moved;
  }
}
