package dev.backoffice.ledger.bank;

import dev.backoffice.core.error.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A bank statement file that cannot be read. The message starts with where: {@code file:line:column} for MT940
 * (lines and columns from 1, columns in characters) or {@code file: /Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt} for
 * camt.053 (element positions from 1), then the field, the offending value and the rule broken, e.g.
 * {@code mt940.sta:5:10: :61: amount = '12x,00' is invalid: must be digits with a decimal comma}.
 */
public class StatementFormatException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;

  /**
   * A failure at a place in a file.
   *
   * @param file the source name
   * @param location where: {@code file:line:column} or {@code file: /element/path}
   * @param field what was being read ({@code ":61: amount"})
   * @param value the offending text, or null when it was missing
   * @param rule the rule broken, phrased as a requirement
   */
  public StatementFormatException(String file, String location, String field, @Nullable Object value, String rule) {
    super(location, field, value, rule);
    this.file = file;
    this.location = location;
  }

  /**
   * A failure at a line and column of a text file (MT940).
   *
   * @param file the source name
   * @param line the line, from 1
   * @param column the column, from 1, in characters
   * @param field what was being read
   * @param value the offending text, or null when it was missing
   * @param rule the rule broken
   * @return the exception
   */
  public static StatementFormatException atLine(String file, int line, int column, String field,
      @Nullable Object value, String rule) {
    return new StatementFormatException(file, file + ":" + line + ":" + column, field, value, rule);
  }

  /**
   * A failure at an element of an XML document (camt.053).
   *
   * @param file the source name
   * @param elementPath the element's path, e.g. {@code /Document/BkToCstmrStmt/Stmt[1]/Bal[2]/Amt}
   * @param field what was being read
   * @param value the offending text, or null when it was missing
   * @param rule the rule broken
   * @return the exception
   */
  public static StatementFormatException atElement(String file, String elementPath, String field,
      @Nullable Object value, String rule) {
    return new StatementFormatException(file, file + ": " + elementPath, field, value, rule);
  }

  /** The source name. */
  public String file() {
    return file;
  }

  /** Where in the file: {@code file:line:column} or {@code file: /element/path}. */
  public String location() {
    return location;
  }
}
