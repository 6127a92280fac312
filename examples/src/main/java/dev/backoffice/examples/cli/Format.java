package dev.backoffice.examples.cli;

import java.util.Locale;

/** An output format of a command ({@code --format}); each command accepts some of them. */
enum Format {
  /** Aligned columns for a terminal. */
  TEXT,
  /** RFC 4180 CSV with a header line. */
  CSV,
  /** JSON, amounts as strings. */
  JSON,
  /** An HTML document with a table. */
  HTML;

  /** The name used on the command line, lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
